/**
 * The CodeMirror widget that shows an expanded tool summary at the end of its link's line, so that it opens as a block
 * below the line instead of splitting the sentence at the link. See also `ToolChipWidget`, the chip that opens it.
 */
import { WidgetType } from "@codemirror/view";
import type { ResolvedTool } from "../../core/tools/resolve-tool-link";
import { renderToolSummary, type ChipPorts, type ToolSummary } from "../../ui/tool-chip";

/** The summary each element drawn by a summary widget shows, so that a widget CodeMirror hands the element to can find it. */
const shownSummaries = new WeakMap<HTMLElement, ToolSummary>();

/** One expanded summary; equal widgets keep their DOM across rebuilds. */
export class ToolSummaryWidget extends WidgetType {
	constructor(
		readonly tool: ResolvedTool,
		readonly sourcePath: string,
		readonly ports: ChipPorts,
	) {
		super();
	}

	override eq(other: ToolSummaryWidget): boolean {
		const [a, b] = [this.tool, other.tool];
		return other.sourcePath === this.sourcePath && a.name === b.name && a.summary === b.summary && a.source === b.source && a.path === b.path;
	}

	/** Renders the summary; a press inside it never moves the cursor onto the link. */
	override toDOM(): HTMLElement {
		const summary = renderToolSummary(this.tool, this.sourcePath, this.ports);
		summary.dom.addEventListener("mousedown", (event) => event.preventDefault());
		shownSummaries.set(summary.dom, summary);
		return summary.dom;
	}

	/** Another summary for the same place shows in the element already there. */
	override updateDOM(dom: HTMLElement): boolean {
		const summary = shownSummaries.get(dom);
		if (!summary || summary.sourcePath !== this.sourcePath) return false;
		summary.update(this.tool);
		return true;
	}

	/** Disposes of the summary of an element CodeMirror has dropped. */
	override destroy(dom: HTMLElement): void {
		shownSummaries.get(dom)?.destroy();
		shownSummaries.delete(dom);
	}

	/** The summary handles its own clicks; CodeMirror leaves the selection alone. */
	override ignoreEvent(): boolean {
		return true;
	}
}
