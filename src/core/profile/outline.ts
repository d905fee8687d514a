/** Splits a profile page into its title, the text before the first section, and its level-2 sections, in one pass. */
import { fenceMarker } from "../text/code";
import { dedentLine } from "../text/lines";

/** Fence detection lives with the other code detection in text/code; re-exported for the section readers. */

/** A level-2 section as found: its heading text and its body lines, dedented out of the heading's outline block. */
export interface RawSection {
	heading: string;
	/** 1-based line number of the heading, for warnings. */
	line: number;
	body: string[];
}

/** A page cut at its level-2 headings. */
export interface PageOutline {
	/** The text of the level-1 heading before the first section, or null. */
	title: string | null;
	/** Lines before the first section, other than the title. */
	preamble: string[];
	sections: RawSection[];
}

/**
 * Cuts `lines` (from `start`) at every top-level `## heading` (Obsidian) or `- ## heading` bullet (Logseq),
 * ignoring headings inside fenced code. Linear in the text's length.
 */
export function outlinePage(lines: readonly string[], start: number): PageOutline {
	const outline: PageOutline = { title: null, preamble: [], sections: [] };
	let current: RawSection | null = null;
	let bulleted = false;
	let fence = "";
	for (let i = start; i < lines.length; i++) {
		const line = lines[i];
		const marker = fenceMarker(line);
		if (marker !== "" && (fence === "" || marker.startsWith(fence))) {
			fence = fence === "" ? marker : "";
		} else if (fence === "") {
			const bullet = line.charCodeAt(0) === 45 && line.charCodeAt(1) === 32 ? 2 : 0;
			const level = line.charCodeAt(bullet) === 35 ? headingLevel(line, bullet) : 0;
			if (level === 2) {
				current = { heading: line.slice(bullet + 3).trim(), line: i + 1, body: [] };
				bulleted = bullet > 0;
				outline.sections.push(current);
				continue;
			}
			if (level === 1 && current === null && outline.title === null) {
				outline.title = line.slice(bullet + 2).trim();
				continue;
			}
		}
		if (current === null) outline.preamble.push(line);
		else if (!bulleted) current.body.push(line);
		else current.body.push(line.charCodeAt(0) === 32 && line.charCodeAt(1) === 32 ? line.slice(2) : dedentLine(line, 2));
	}
	return outline;
}

/** Number of `#` before a space at `from`, or 0 when the line is no heading there. */
function headingLevel(line: string, from: number): number {
	let i = from;
	while (i < line.length && line.charCodeAt(i) === 35) i++;
	const level = i - from;
	return level > 0 && level <= 6 && line.charCodeAt(i) === 32 ? level : 0;
}
