/** The CodeMirror widget that holds a tool chip after a link in Live Preview. */
import { WidgetType, type EditorView } from "@codemirror/view";
import type { ResolvedTool } from "../../core/tools/resolve-tool-link";
import type { ToolChip } from "../../ui/tool-chip";

/** A chip on screen and the widget it now shows. */
export interface KeptChip {
	chip: ToolChip;
	widget: ToolChipWidget;
}

/** Makes and keeps the chips of an editor, so that a widget can find the chip of a DOM element CodeMirror hands back. */
export interface ChipKeeper {
	create(widget: ToolChipWidget, view: EditorView): ToolChip;
	kept(dom: HTMLElement): KeptChip | undefined;
	forget(dom: HTMLElement): void;
}

/** A chip for one resolved link; equal widgets keep their DOM (and whether they are expanded) across rebuilds. */
export class ToolChipWidget extends WidgetType {
	constructor(
		readonly tool: ResolvedTool,
		readonly sourcePath: string,
		readonly expanded: boolean,
		private readonly keeper: ChipKeeper,
	) {
		super();
	}

	override eq(other: ToolChipWidget): boolean {
		return this.sameFrame(other) && other.expanded === this.expanded && sameTool(this.tool, other.tool);
	}

	override toDOM(view: EditorView): HTMLElement {
		return this.keeper.create(this, view).dom;
	}

	/** Another summary for the same link, or the summary opened or folded, shows in the chip already there (keeping its focus). */
	override updateDOM(dom: HTMLElement): boolean {
		const kept = this.keeper.kept(dom);
		if (!kept || !this.sameFrame(kept.widget)) return false;
		kept.chip.update(this.tool);
		kept.chip.toggle(this.expanded);
		kept.widget = this;
		return true;
	}

	override destroy(dom: HTMLElement): void {
		this.keeper.forget(dom);
	}

	/** The chip handles its own clicks and keys; CodeMirror leaves the selection alone. */
	override ignoreEvent(): boolean {
		return true;
	}

	private sameFrame(other: ToolChipWidget): boolean {
		return other.sourcePath === this.sourcePath && other.tool.name === this.tool.name;
	}
}

function sameTool(a: ResolvedTool, b: ResolvedTool): boolean {
	return a.summary === b.summary && a.source === b.source && a.path === b.path;
}
