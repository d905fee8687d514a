/** Reading view: finds the internal links Obsidian rendered and puts a tool chip after each one that names a tool. */
import { linkTarget } from "../../core/text/wiki-links";
import { CHIP_CLASS } from "../../ui/tool-chip";

/**
 * Adds `chipFor(target)` after each `a.internal-link` in `root` (its `data-href`, heading and label dropped). Links that
 * already have a chip, and links inside a chip's own summary, are left alone; returns how many chips were added.
 */
export function addChipsAfterLinks(root: HTMLElement, chipFor: (target: string) => HTMLElement | null): number {
	let added = 0;
	for (const link of Array.from(root.querySelectorAll<HTMLElement>("a.internal-link"))) {
		if (link.closest(`.${CHIP_CLASS}`) !== null || link.nextElementSibling?.classList.contains(CHIP_CLASS)) continue;
		const target = linkTarget(link.getAttribute("data-href") ?? link.getAttribute("href") ?? "");
		if (target === "") continue;
		const chip = chipFor(target);
		if (chip === null) continue;
		link.after(chip);
		added++;
	}
	return added;
}
