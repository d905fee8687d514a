/** The items of a Tools section with their line positions, for edits that write under them. */
import { indentWidth, isBlank, listMarkerLength } from "../text/lines";
import type { ToolsSection } from "./tools-section";

/** One top-level item of a Tools section, by 0-based line index. */
export interface SectionItem {
	line: number;
	/** The item line's leading white space, as written. */
	indent: string;
	/** The item's text after its list marker. */
	text: string;
	/** Width of its list marker ("- " is 2), 0 for a line without one. */
	marker: number;
	/** The lines nested under it: [from, to), blank lines at the end left out; from === to when none. */
	children: { from: number; to: number };
}

/** A block of lines: [from, to) by 0-based index. */
export interface LineBlock {
	from: number;
	to: number;
}

/** The section's top-level items: lines at its lowest indent, each with the more indented lines after it. */
export function sectionItems(lines: readonly string[], section: ToolsSection): SectionItem[] {
	const items: SectionItem[] = [];
	let base = Infinity;
	for (let i = section.heading + 1; i < section.end; i++) if (!isBlank(lines[i])) base = Math.min(base, indentWidth(lines[i]));
	let current: SectionItem | null = null;
	for (let i = section.heading + 1; i < section.end; i++) {
		const line = lines[i];
		if (isBlank(line)) continue;
		if (indentWidth(line) <= base || current === null) {
			const indent = leadingSpace(line);
			const rest = line.slice(indent.length);
			const marker = listMarkerLength(rest);
			current = { line: i, indent, text: rest.slice(marker).trim(), marker, children: { from: i + 1, to: i + 1 } };
			items.push(current);
		} else {
			current.children.to = i + 1;
		}
	}
	return items;
}

/** A line's leading white space, as written. */
export function leadingSpace(line: string): string {
	return line.slice(0, line.length - line.trimStart().length);
}

/** The first block nested under an item: its first child line with everything indented deeper, blank lines inside included. */
export function firstChildBlock(lines: readonly string[], item: SectionItem): LineBlock | null {
	let from = item.children.from;
	while (from < item.children.to && isBlank(lines[from])) from++;
	if (from >= item.children.to) return null;
	const indent = indentWidth(lines[from]);
	let to = from + 1;
	for (let i = from + 1; i < item.children.to; i++) {
		if (isBlank(lines[i])) continue;
		if (indentWidth(lines[i]) <= indent) break;
		to = i + 1;
	}
	return { from, to };
}
