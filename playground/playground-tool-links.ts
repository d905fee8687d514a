/**
 * Tool links in the playground: the plugin's own CodeMirror extension and chip renderer (src/editor/tool-links) over
 * the tool catalog the in-memory vault feeds, and the embed command's pure edit applied to the editor as one undo step.
 */
import { isolateHistory } from "@codemirror/commands";
import type { MemoryVault } from "../src/core/host/memory-vault";
import type { InnCoPilotSettings } from "../src/core/settings";
import { embedMessage, REPLACE_COMMAND_NAME } from "../src/core/tools/embed-message";
import { embedToolSummaries, type EmbedOptions } from "../src/core/tools/embed-summaries";
import { resolveToolLink, type ResolvedTool } from "../src/core/tools/resolve-tool-link";
import type { ToolCatalog } from "../src/core/tools/tool-catalog";
import type { ToolAnnotations } from "../src/core/tools/tools-section";
import { ToolLinksEditor } from "../src/editor/tool-links/tool-links-editor";
import type { PlaygroundCommand } from "./commands";
import type { MarkdownRenderer } from "./markdown-renderer";
import type { NoteEditor } from "./note-editor";
import type { Notices } from "./notices";

/** What tool links need from the playground. */
export interface ToolLinkDeps {
	vault: MemoryVault;
	tools: ToolCatalog;
	markdown: MarkdownRenderer;
	notices: Notices;
	settings: () => InnCoPilotSettings;
	/** The open note's path ("" before one is open). */
	sourcePath: () => string;
}

/** The chips' editor extension, refreshed when the tool notes change, and the embed command. */
export class PlaygroundToolLinks {
	/** The extension every note's editor gets. */
	readonly editor: ToolLinksEditor;

	constructor(private readonly deps: ToolLinkDeps) {
		this.editor = new ToolLinksEditor({
			resolve: (target, sourcePath, annotations) => this.resolve(target, sourcePath, annotations),
			// The playground's editor is its Live Preview: chips show wherever the cursor is not inside the link.
			isLivePreview: () => true,
			sourcePath: () => deps.sourcePath(),
			settings: () => deps.settings(),
			ports: {
				markdown: {
					render: (markdown, el) => {
						deps.markdown.render(el, markdown);
						return () => undefined;
					},
				},
				hover: () => undefined,
			},
		});
		deps.tools.onChange(() => this.editor.requestRefresh());
	}

	/** "Embed tool summaries as text" and "Replace tool summaries you wrote" for the note in `editor`. */
	embedCommands(editor: NoteEditor): PlaygroundCommand[] {
		return [
			{ id: "embed-tool-summaries", name: "Embed tool summaries as text", button: "Embed summaries", run: () => this.embed(editor, { replace: false }) },
			{ id: "replace-tool-summaries", name: REPLACE_COMMAND_NAME, run: () => this.embed(editor, { replace: true }) },
		];
	}

	private embed(editor: NoteEditor, options: EmbedOptions): void {
		const { view } = editor;
		const path = this.deps.sourcePath();
		const result = embedToolSummaries(view.state.doc.toString(), (target, annotations) => this.resolve(target, path, annotations), options);
		if (result.ok && result.value.changes.length > 0) view.dispatch({ changes: result.value.changes, annotations: isolateHistory.of("full") });
		this.deps.notices.show(result.ok ? embedMessage(result.value) : result.error);
		view.focus();
	}

	/** A link's summary, resolved as Obsidian would: a link to a note that is not a tool gets none. */
	private resolve(target: string, sourcePath: string, annotations: ToolAnnotations): ResolvedTool | null {
		return resolveToolLink(this.deps.tools, target, { annotations, linkedPath: this.deps.vault.resolveLink(target, sourcePath) });
	}
}
