/**
 * The one renderer of a tool summary, for Live Preview and Reading view alike: a compact chip after the link that
 * expands into the summary. Built with Obsidian's DOM helpers; Markdown and page previews go through ports.
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

/** A rendered chip: its element, and the means to change or dispose of it. */
export interface ToolChip {
	readonly dom: HTMLElement;
	/** Whether the summary shows. */
	readonly expanded: boolean;
	/** Shows or hides the summary (toggles without an argument). */
	toggle(expanded?: boolean): void;
	/** Shows another summary in the same element, keeping whether it is expanded. */
	update(tool: ResolvedTool): void;
	/** Undoes the Markdown rendering and forgets the listeners. */
	destroy(): void;
}

/** How a chip starts and whom it tells when its height changes. */
export interface ChipOptions {
	sourcePath: string;
	expanded: boolean;
	ports: ChipPorts;
	/** Called after the summary is shown or hidden (an editor re-measures then). */
	onToggle?: () => void;
	/** In an editor, a press anywhere on the chip must not move the cursor (which would hide the chip), so none selects text. */
	inEditor?: boolean;
	/**
	 * When given, the chip shows no summary of its own: a click or Enter asks the host for `expanded`, and the host shows
	 * the summary where it belongs (an editor: below the line, see `ToolSummaryWidget`) and calls `toggle` to mark the chip.
	 */
	onToggleRequest?: (expanded: boolean) => void;
}

/** A rendered summary on its own: the element, and the means to change or dispose of it. */
export interface ToolSummary {
	readonly dom: HTMLElement;
	/** The note whose link it summarises. */
	readonly sourcePath: string;
	update(tool: ResolvedTool): void;
	destroy(): void;
}

/** The class every chip's outer element carries. */
export const CHIP_CLASS = "inncopilot-tool-chip";

const SOURCE_LABELS: Record<SummarySource, string> = {
	vault: "From the tool note",
	note: "From this note's tools section",
	bundled: "From the innCoPilot library",
};

/**
 * Renders `tool`'s summary (Markdown through the port, then where it came from) into a new block element. See also
 * `renderToolChip`, which holds one unless its host shows the summary elsewhere.
 */
export function renderToolSummary(tool: ResolvedTool, sourcePath: string, ports: ChipPorts): ToolSummary {
	const dom = createDiv({ cls: "inncopilot-tool-summary" });
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

/** Builds a chip for `tool`. No HTML is ever parsed from the tool's text: names go in as text, summaries through the Markdown port. */
export function renderToolChip(tool: ResolvedTool, options: ChipOptions): ToolChip {
	let current = tool;
	let expanded = false;
	let summary: ToolSummary | null = null;
	const ownsSummary = options.onToggleRequest === undefined;
	const hoverOwner: HoverOwner = { hoverPopover: null };
	const dom = createSpan({ cls: CHIP_CLASS });
	const button = dom.createSpan({ cls: "inncopilot-tool-chip-button", text: "i", attr: { role: "button", tabindex: 0 } });

	const label = () => {
		dom.dataset.source = current.source;
		button.setAttribute("aria-label", `${expanded ? "Hide" : "Show"} the summary of ${current.name}`);
		button.setAttribute("aria-expanded", String(expanded));
	};
	const show = (next: boolean) => {
		expanded = next;
		if (expanded && ownsSummary && summary === null) {
			summary = renderToolSummary(current, options.sourcePath, options.ports);
			dom.appendChild(summary.dom);
		}
		summary?.dom.toggleAttribute("hidden", !expanded);
		dom.classList.toggle("is-expanded", expanded);
		label();
	};
	const toggle = (wanted?: boolean) => {
		const next = wanted ?? !expanded;
		if (next === expanded) return;
		show(next);
		options.onToggle?.();
	};
	const keepFocus = (event: MouseEvent) => event.preventDefault();
	const asked = () => (options.onToggleRequest ? options.onToggleRequest(!expanded) : toggle());
	const onClick = (event: MouseEvent) => {
		event.preventDefault();
		event.stopPropagation();
		asked();
	};
	const onKey = (event: KeyboardEvent) => {
		if (event.key !== "Enter" && event.key !== " ") return;
		event.preventDefault();
		event.stopPropagation();
		asked();
	};
	const onHover = (event: MouseEvent) => {
		if (current.path !== null) options.ports.hover(event, button, current.path, options.sourcePath, hoverOwner);
	};
	(options.inEditor ? dom : button).addEventListener("mousedown", keepFocus);
	button.addEventListener("click", onClick);
	button.addEventListener("keydown", onKey);
	button.addEventListener("mouseover", onHover);
	if (options.expanded) show(true);
	else label();

	return {
		dom,
		get expanded() {
			return expanded;
		},
		toggle,
		update(tool: ResolvedTool) {
			current = tool;
			label();
			summary?.update(tool);
		},
		destroy() {
			summary?.destroy();
			summary = null;
			(options.inEditor ? dom : button).removeEventListener("mousedown", keepFocus);
			button.removeEventListener("click", onClick);
			button.removeEventListener("keydown", onKey);
			button.removeEventListener("mouseover", onHover);
		},
	};
}
