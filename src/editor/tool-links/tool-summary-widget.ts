/**
 * The CodeMirror widget that shows an expanded tool summary at the end of its link's line, so that it opens as a block
 * below the line instead of splitting the sentence at the link. See also `ToolChipWidget`, the chip that opens it.
 */
import { WidgetType } from "@codemirror/view";
import type { ResolvedTool } from "../../core/tools/resolve-tool-link";
import type { ToolSummary } from "../../ui/tool-chip";

/** Makes and keeps an editor's summaries, so that a widget can find the summary of a DOM element CodeMirror hands back. */
export interface SummaryKeeper {
	createSummary(widget: ToolSummaryWidget): ToolSummary;
	keptSummary(dom: HTMLElement): ToolSummary | undefined;
	forgetSummary(dom: HTMLElement): void;
}

/** One expanded summary; equal widgets keep their DOM across rebuilds. */
export class ToolSummaryWidget extends WidgetType {
	readonly #keeper: SummaryKeeper;

	constructor(
		readonly tool: ResolvedTool,
		readonly sourcePath: string,
		keeper: SummaryKeeper,
	) {
		super();
		this.#keeper = keeper;
	}

	override eq(other: ToolSummaryWidget): boolean {
		const [a, b] = [this.tool, other.tool];
		return other.sourcePath === this.sourcePath && a.name === b.name && a.summary === b.summary && a.source === b.source && a.path === b.path;
	}

	override toDOM(): HTMLElement {
		return this.#keeper.createSummary(this).dom;
	}

	/** Another summary for the same place shows in the element already there. */
	override updateDOM(dom: HTMLElement): boolean {
		const summary = this.#keeper.keptSummary(dom);
		if (!summary || summary.sourcePath !== this.sourcePath) return false;
		summary.update(this.tool);
		return true;
	}

	override destroy(dom: HTMLElement): void {
		this.#keeper.forgetSummary(dom);
	}

	/** The summary handles its own clicks; CodeMirror leaves the selection alone. */
	override ignoreEvent(): boolean {
		return true;
	}
}
