/** The tool-links feature: summary chips in Live Preview and Reading view, page previews, and the embed command. */
import { editorInfoField, editorLivePreviewField, MarkdownView, type Plugin } from "obsidian";
import { resolveToolLink } from "../../core/tools/resolve-tool-link";
import type { ToolCatalog } from "../../core/tools/tool-catalog";
import { ToolLinksEditor } from "../../editor/tool-links/tool-links-editor";
import type { InnCoPilotSettings } from "../settings";
import { REPLACE_COMMAND_NAME } from "../../core/tools/embed-message";
import { embedSummariesInActiveNote } from "./embed-command";
import { hoverPort, HOVER_SOURCE, markdownPort } from "../render-ports";
import { ReadingViewChips, type Resolve } from "./reading-view";

/** The settings this feature reads. */
export type ToolLinkSettings = Pick<InnCoPilotSettings, "toolChips" | "toolSummaryExpanded">;

/** How long Reading views wait after the last change to the tool notes before they render again. */
const READING_REFRESH_MS = 300;

/** Wires the catalog into Obsidian's editors and reading views; `load()` registers everything through the plugin. */
export class ToolLinks {
	readonly #editor: ToolLinksEditor;
	#readingTimer: number | null = null;
	readonly #plugin: Plugin;
	readonly #catalog: ToolCatalog;
	readonly #settings: () => ToolLinkSettings;

	constructor(plugin: Plugin, catalog: ToolCatalog, settings: () => ToolLinkSettings) {
		this.#plugin = plugin;
		this.#catalog = catalog;
		this.#settings = settings;
		const { app } = plugin;
		this.#editor = new ToolLinksEditor({
			resolve: this.#resolve,
			isLivePreview: (state) => state.field(editorLivePreviewField, false) ?? false,
			sourcePath: (state) => state.field(editorInfoField, false)?.file?.path ?? "",
			settings,
			ports: { markdown: markdownPort(app, plugin), hover: hoverPort(app) },
		});
	}

	/** Registers the editor extension, the post-processor, the page-preview source, the command and the catalog listener. */
	load(): void {
		const plugin = this.#plugin;
		plugin.registerEditorExtension(this.#editor.extension);
		const reading = new ReadingViewChips(plugin.app, this.#resolve, this.#settings);
		plugin.registerMarkdownPostProcessor((el, ctx) => reading.process(el, ctx));
		plugin.registerHoverLinkSource(HOVER_SOURCE, { display: plugin.manifest.name, defaultMod: false });
		const commands = [
			{ id: "embed-tool-summaries", name: "Embed tool summaries as text", replace: false },
			{ id: "replace-tool-summaries", name: REPLACE_COMMAND_NAME, replace: true },
		];
		for (const { id, name, replace } of commands) plugin.addCommand({ id, name, callback: () => embedSummariesInActiveNote(plugin.app, this.#resolve, { replace }) });
		plugin.register(this.#catalog.onChange(() => this.refresh()));
		plugin.register(() => {
			this.#editor.destroy();
			if (this.#readingTimer !== null) window.clearTimeout(this.#readingTimer);
		});
	}

	/** Shows current summaries and settings everywhere: editors at once, Reading views shortly after. Call when settings change. */
	refresh(): void {
		this.#editor.requestRefresh();
		if (this.#readingTimer !== null) window.clearTimeout(this.#readingTimer);
		this.#readingTimer = window.setTimeout(() => {
			this.#readingTimer = null;
			this.#rerenderReadingViews();
		}, READING_REFRESH_MS);
	}

	/** A link's summary, following Obsidian's own link resolution: a link to a note that is not a tool gets none. */
	readonly #resolve: Resolve = (target, sourcePath, annotations) => {
		const linked = this.#plugin.app.metadataCache.getFirstLinkpathDest(target, sourcePath);
		return resolveToolLink(this.#catalog, target, { annotations, linkedPath: linked ? linked.path : null });
	};

	#rerenderReadingViews(): void {
		for (const leaf of this.#plugin.app.workspace.getLeavesOfType("markdown")) {
			const { view } = leaf;
			if (view instanceof MarkdownView && view.getMode() === "preview") view.previewMode.rerender(true);
		}
	}
}
