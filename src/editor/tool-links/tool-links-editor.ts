/**
 * Live Preview tool chips: a CodeMirror 6 extension (no Obsidian import) that decorates only the visible ranges and
 * rescans only the lines a change, a cursor move or a scroll touches. The host injects everything Obsidian-specific.
 */
import type { EditorState, Extension } from "@codemirror/state";
import { ViewPlugin, type EditorView } from "@codemirror/view";
import type { ResolvedTool } from "../../core/tools/resolve-tool-link";
import type { ToolAnnotations } from "../../core/tools/tools-section";
import { annotationsField } from "./annotations-field";
import { codeBlocksField } from "./code-blocks-field";
import type { ChipPorts } from "../../ui/tool-chip";
import { refreshToolChips, toggledSummaries, ToolLinksView } from "./tool-links-view";

export { refreshToolChips } from "./tool-links-view";

/** What the extension needs from its host (Obsidian, or a test page). */
export interface ToolLinkHost {
	/** The summary for a link to `target` in the note at `sourcePath`, or null when it names no tool. */
	resolve(target: string, sourcePath: string, annotations: ToolAnnotations): ResolvedTool | null;
	/** Whether the editor shows Live Preview (chips) rather than Source mode (none). */
	isLivePreview(state: EditorState): boolean;
	/** The vault path of the note in the editor ("" when unknown). */
	sourcePath(state: EditorState): string;
	/** The two settings that shape chips, read on every update so changes apply at once. */
	settings(): { toolChips: boolean; toolSummaryExpanded: boolean };
	ports: ChipPorts;
}

/** Builds the extension once and refreshes every editor that uses it when summaries change. */
export class ToolLinksEditor {
	/** The extension to register (fields for code blocks, the note's own summaries and the opened ones, and the view plugin). */
	readonly extension: Extension;
	readonly #views = new Set<EditorView>();
	#timer: number | null = null;

	constructor(readonly host: ToolLinkHost) {
		this.extension = [
			codeBlocksField,
			annotationsField,
			toggledSummaries,
			ViewPlugin.define((view) => new ToolLinksView(view, this), { decorations: (plugin) => plugin.decorations }),
		];
	}

	/** Refreshes every editor soon, once however often it is asked: safe to call from any listener, even mid-update. */
	requestRefresh(): void {
		if (this.#timer !== null) return;
		this.#timer = window.setTimeout(() => {
			this.#timer = null;
			this.refresh();
		}, 0);
	}

	/** Re-resolves the visible links of every open editor now; must not be called while an editor updates. */
	refresh(): void {
		for (const view of this.#views) view.dispatch({ effects: refreshToolChips.of(null) });
	}

	/** Cancels a pending refresh (on unload). */
	destroy(): void {
		if (this.#timer !== null) window.clearTimeout(this.#timer);
		this.#timer = null;
	}

	/** Called by each editor's plugin as it starts and stops. */
	attach(view: EditorView): void {
		this.#views.add(view);
	}

	/** See `attach`. */
	detach(view: EditorView): void {
		this.#views.delete(view);
	}
}
