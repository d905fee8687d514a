/** Reading view: finds the internal links Obsidian rendered and puts a tool chip after each one that names a tool. */
import { linkTarget } from "../../core/text/wiki-links";
import type { ResolvedTool } from "../../core/tools/resolve-tool-link";
import { CHIP_CLASS, renderToolChip, renderToolSummary, SUMMARY_CLASS, type ChipPorts, type ToolSummary } from "../../ui/tool-chip";

/** What rendered chips need: the note they are in, whether summaries start open, and the host's ports. */
export interface RenderedChipOptions {
	sourcePath: string;
	expanded: boolean;
	ports: ChipPorts;
}

/**
 * Adds a chip after each `a.internal-link` in `root` whose target (its `data-href`, heading and label dropped) names a
 * tool. Links that already have a chip, and links inside a summary (rendered Markdown runs this again), are left alone.
 * An opened summary is a block below the link's line (after its paragraph or heading, at the end of its list item or
 * cell), in link order, never inside the sentence. Returns one disposer per chip.
 */
export function addRenderedToolChips(root: HTMLElement, resolve: (target: string) => ResolvedTool | null, options: RenderedChipOptions): (() => void)[] {
	const disposers: (() => void)[] = [];
	for (const link of Array.from(root.querySelectorAll<HTMLElement>("a.internal-link"))) {
		if (link.closest(`.${SUMMARY_CLASS}`) !== null || link.nextElementSibling?.classList.contains(CHIP_CLASS)) continue;
		const target = linkTarget(link.getAttribute("data-href") ?? link.getAttribute("href") ?? "");
		const tool = target === "" ? null : resolve(target);
		if (tool === null) continue;
		const order = disposers.length;
		let summary: ToolSummary | null = null;
		const request = (wanted: boolean) => {
			if (wanted && summary === null) {
				summary = renderToolSummary(tool, options.sourcePath, options.ports);
				summary.dom.dataset.order = String(order);
				placeBelowLine(chip.dom, summary.dom, root);
			}
			summary?.dom.toggleAttribute("hidden", !wanted);
			chip.toggle(wanted);
		};
		const chip = renderToolChip(tool, { ...options, onToggleRequest: request });
		link.after(chip.dom);
		if (options.expanded) request(true);
		disposers.push(() => {
			chip.destroy();
			summary?.destroy();
			summary?.dom.remove();
		});
	}
	return disposers;
}

/** Elements a rendered line of text can be: a summary goes after these, or at the end of the list items and cells. */
const LINE_BLOCKS = "li, td, th, dd, dt, p, h1, h2, h3, h4, h5, h6";

/** Puts `block` below the line that holds `anchor`, after the summaries of earlier links of that line. */
function placeBelowLine(anchor: HTMLElement, block: HTMLElement, root: HTMLElement): void {
	const line = anchor.closest(LINE_BLOCKS);
	const order = Number(block.dataset.order);
	const isEarlierSummary = (el: Element | null): el is HTMLElement => el instanceof HTMLElement && el.classList.contains(SUMMARY_CLASS) && Number(el.dataset.order) < order;
	if (line === null || !root.contains(line)) {
		anchor.after(block);
		return;
	}
	if (/^(P|H[1-6])$/.test(line.tagName)) {
		let after: Element = line;
		while (isEarlierSummary(after.nextElementSibling)) after = after.nextElementSibling;
		after.after(block);
		return;
	}
	const nested = Array.from(line.children).find((child) => child.tagName === "UL" || child.tagName === "OL") ?? null;
	let before: Element | null = nested;
	const summaries = Array.from(line.children).filter((child) => child.classList.contains(SUMMARY_CLASS));
	const later = summaries.find((each) => Number((each as HTMLElement).dataset.order) > order);
	if (later !== undefined) before = later;
	line.insertBefore(block, before);
}
