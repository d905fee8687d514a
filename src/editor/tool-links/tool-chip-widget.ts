/** The CodeMirror widget that holds a tool chip after a link in Live Preview. */
import { WidgetType } from "@codemirror/view";
import type { ResolvedTool } from "../../core/tools/resolve-tool-link";
import { lazy } from "../../core/lazy";
import { createToolChip, labelToolChip } from "../../ui/tool-chip";

/** A chip with no name yet, cloned for each new chip: one native call where building one anew takes several. */
const blankChip = lazy(() => createToolChip("", false));

/**
 * A chip for one resolved link. It owns nothing but its element (the editor listens once for all its chips, see
 * `ToolLinksView`), so equal widgets keep their DOM and a changed one relabels the element already there.
 */
export class ToolChipWidget extends WidgetType {
	constructor(
		readonly tool: ResolvedTool,
		readonly expanded: boolean,
	) {
		super();
	}

	/** Equal when the chip would read the same: its summary and source live in the summary widget and the hover. */
	override eq(other: ToolChipWidget): boolean {
		return other.expanded === this.expanded && other.tool.name === this.tool.name;
	}

	override toDOM(): HTMLElement {
		const dom = blankChip().cloneNode(true) as HTMLElement;
		labelToolChip(dom, this.tool.name, this.expanded);
		return dom;
	}

	/** Another tool, or the summary opened or folded, shows in the chip already there (keeping its focus). */
	override updateDOM(dom: HTMLElement): boolean {
		labelToolChip(dom, this.tool.name, this.expanded);
		return true;
	}

	/** The editor's own listeners handle the chip's presses and hovers; CodeMirror leaves the selection alone. */
	override ignoreEvent(): boolean {
		return true;
	}
}
