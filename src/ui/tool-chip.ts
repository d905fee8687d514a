/**
 * The one renderer of tool chips and summaries, for Live Preview and Reading view alike: a compact chip after the link,
 * and the summary it opens. Built with Obsidian's DOM helpers; Markdown and page previews go through ports.
 */
import type { ResolvedTool, SummarySource } from "../core/tools/resolve-tool-link";

/** Renders Markdown into `el` (Obsidian: `MarkdownRenderer.render` with a child `Component`); returns what undoes it. */
export interface MarkdownPort {
	render(markdown: string, el: HTMLElement, sourcePath: string): () => void;
}

/** Who owns a page preview popover (Obsidian's `HoverParent`). */
export interface HoverOwner {
	hoverPopover: unknown;
}

/** Shows the page preview of `linktext` (Obsidian: the `hover-link` workspace event). */
export type HoverPort = (event: MouseEvent, targetEl: HTMLElement, linktext: string, sourcePath: string, owner: HoverOwner) => void;

/** What the renderer needs from its host. */
export interface ChipPorts {
	markdown: MarkdownPort;
	hover: HoverPort;
}

/** A chip with its own listeners (Reading view): its element, and the means to mark it or dispose of it. */
export interface ToolChip {
	readonly dom: HTMLElement;
	/** Marks the chip as showing its summary or not (the host shows the summary itself). */
	toggle(expanded: boolean): void;
	/** Forgets the listeners. */
	destroy(): void;
}

/** How a chip with its own listeners starts and whom it asks when pressed. */
export interface ChipOptions {
	sourcePath: string;
	ports: ChipPorts;
	/** A click, Enter or Space asks the host for the other state; the host shows the summary where it belongs and calls `toggle`. */
	onToggleRequest: (expanded: boolean) => void;
}

/** A rendered summary on its own: the element, and the means to change or dispose of it. */
export interface ToolSummary {
	readonly dom: HTMLElement;
	/** The note whose link it summarises. */
	readonly sourcePath: string;
	update(tool: ResolvedTool): void;
	destroy(): void;
}

/** The class of a chip: one button-like element whose only text is its "i"; its name is in its label. */
export const CHIP_CLASS = "inncopilot-tool-chip";

/** The class of a summary, wherever its host puts it. */
export const SUMMARY_CLASS = "inncopilot-tool-summary";

const SOURCE_LABELS: Record<SummarySource, string> = {
	vault: "From the tool note",
	note: "From this note's tools section",
	bundled: "From the innCoPilot library",
};

/**
 * Renders `tool`'s summary (Markdown through the port, then where it came from) into a new block element. See also
 * `createToolChip`, the chip that opens it.
 */
export function renderToolSummary(tool: ResolvedTool, sourcePath: string, ports: ChipPorts): ToolSummary {
	const dom = createDiv({ cls: SUMMARY_CLASS });
	let undoMarkdown: (() => void) | null = null;
	const fill = (current: ResolvedTool) => {
		undoMarkdown?.();
		dom.empty();
		const body = dom.createDiv({ cls: "inncopilot-tool-summary-body" });
		dom.createDiv({ cls: "inncopilot-tool-summary-source", text: SOURCE_LABELS[current.source] });
		undoMarkdown = ports.markdown.render(current.summary, body, sourcePath);
	};
	fill(tool);
	return {
		dom,
		sourcePath,
		update: fill,
		destroy() {
			undoMarkdown?.();
			undoMarkdown = null;
		},
	};
}

/**
 * A new chip for the tool called `name`: a single span, focusable, announced as a button that shows or hides the summary.
 * No HTML is ever parsed from the tool's text: the name goes in as an attribute. See also `labelToolChip`.
 */
export function createToolChip(name: string, expanded: boolean): HTMLElement {
	const dom = createSpan({ cls: CHIP_CLASS, text: "i", attr: { role: "button", tabindex: 0 } });
	labelToolChip(dom, name, expanded);
	return dom;
}

/** Says on a chip what pressing it does: shows or hides the summary of `name`. */
export function labelToolChip(dom: HTMLElement, name: string, expanded: boolean): void {
	dom.setAttribute("aria-label", `${expanded ? "Hide" : "Show"} the summary of ${name}`);
	dom.setAttribute("aria-expanded", String(expanded));
}

/** The chip events a listener handles: a press, a click, a key and a hover. */
const CHIP_EVENTS = ["mousedown", "click", "keydown", "mouseover"] as const;

/**
 * Listens on `root` for the events of the chips in it (or of `root` itself, a chip): a press keeps the focus where it
 * is; a click, Enter or Space calls `onPress` and goes no further; a hover calls `onHover`. Returns what stops listening.
 */
export function listenToChips(root: HTMLElement, onPress: (chip: HTMLElement) => void, onHover: (event: MouseEvent, chip: HTMLElement) => void): () => void {
	const listener = (event: Event) => {
		// No `instanceof Element`: in a pop-out window the event comes from another window's DOM classes.
		const target = event.target as Partial<Element> | null;
		const chip = typeof target?.closest === "function" ? target.closest<HTMLElement>(`.${CHIP_CLASS}`) : null;
		if (chip === null || !root.contains(chip)) return;
		const { key } = event as Partial<KeyboardEvent>;
		if (event.type === "mousedown") {
			event.preventDefault();
		} else if (event.type === "mouseover") {
			onHover(event as MouseEvent, chip);
		} else if (event.type === "click" || key === "Enter" || key === " ") {
			event.preventDefault();
			event.stopPropagation();
			onPress(chip);
		}
	};
	for (const type of CHIP_EVENTS) root.addEventListener(type, listener);
	return () => {
		for (const type of CHIP_EVENTS) root.removeEventListener(type, listener);
	};
}

/** A chip for `tool` that listens on itself (Reading view; an editor listens once for all its chips instead). */
export function renderToolChip(tool: ResolvedTool, options: ChipOptions): ToolChip {
	let expanded = false;
	const hoverOwner: HoverOwner = { hoverPopover: null };
	const dom = createToolChip(tool.name, expanded);
	const stopListening = listenToChips(
		dom,
		() => options.onToggleRequest(!expanded),
		(event) => {
			if (tool.path !== null) options.ports.hover(event, dom, tool.path, options.sourcePath, hoverOwner);
		},
	);
	return {
		dom,
		toggle(next: boolean) {
			expanded = next;
			labelToolChip(dom, tool.name, expanded);
		},
		destroy: stopListening,
	};
}
