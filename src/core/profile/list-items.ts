/** Reads the items of a Markdown or Logseq list, each with the lines nested under it. */
import { dedentEnd, indentWidth, listMarkerLength, toLineList, type LineList } from "../text/lines";

/** A top-level list item: the text after its marker, and the lines under it, dedented to the item's text. */
export interface ListItem {
	text: string;
	children: string[];
}

/**
 * Groups `lines` into top-level items. A non-blank line at the lowest indent without a marker starts an item too,
 * so that hand-written lists without bullets still read. See `eachListItem`, which keeps none of them.
 */
export function listItems(lines: readonly string[] | LineList): ListItem[] {
	const items: ListItem[] = [];
	eachListItem(lines, (item) => items.push(item));
	return items;
}

/**
 * Hands each top-level item of `lines` (see `listItems`) to `visit` once its last line is read, and keeps none: a
 * reader that turns each into its result holds one item at a time, not a list as long as the section.
 */
export function eachListItem(input: readonly string[] | LineList, visit: (item: ListItem) => void): void {
	const lines = toLineList(input);
	const base = lowestIndent(lines);
	let current: ListItem | null = null;
	let childIndent = 2;
	for (let k = 0; k < lines.length; k++) {
		if (lines.blank(k)) {
			if (current) current.children.push("");
			continue;
		}
		const text = lines.text(k);
		const start = lines.start(k);
		const indent = indentWidth(text, start);
		if (indent <= base || current === null) {
			if (current !== null) visit(current);
			const from = dedentEnd(text, indent, start);
			const marker = listMarkerLength(text, from);
			current = { text: text.slice(from + marker).trim(), children: [] };
			childIndent = indent + (marker > 0 ? marker : 2);
		} else {
			current.children.push(text.slice(dedentEnd(text, childIndent, start)));
		}
	}
	if (current !== null) visit(current);
}

/**
 * Reads nested lines as one text: a single bullet is unwrapped with its continuation lines,
 * several bullets become one line each, plain lines stay as they are.
 */
export function unwrapBullets(input: readonly string[] | LineList): string[] {
	const lines = toLineList(input);
	if (lines.length === 1) {
		const line = lines.line(0).trimStart();
		const marker = listMarkerLength(line);
		return [marker > 0 ? line.slice(marker).trim() : lines.line(0)];
	}
	const items = listItems(lines);
	const base = lowestIndent(lines);
	let allBulleted = true;
	for (let k = 0; k < lines.length && allBulleted; k++) allBulleted = lines.blank(k) || lines.indent(k) > base || listMarkerLength(lines.line(k).trimStart()) > 0;
	if (items.length === 0 || !allBulleted) return Array.from({ length: lines.length }, (_, k) => lines.line(k));
	if (items.length === 1) return [items[0].text, ...items[0].children];
	return items.map((item) => [item.text, ...item.children].join("\n"));
}

function lowestIndent(lines: LineList): number {
	let lowest = Infinity;
	for (let k = 0; k < lines.length; k++) {
		if (!lines.blank(k)) lowest = Math.min(lowest, lines.indent(k));
	}
	return lowest === Infinity ? 0 : lowest;
}
