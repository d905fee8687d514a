/** Finds the wiki links that may name a tool: outside code spans, fenced code and front matter, and not embeds. */
import { codeSpans, fenceMarker, insideSpans, nextFence } from "../text/code";
import { linksInLine, type WikiLink } from "../text/wiki-links";

/** A run of whole lines, by 0-based index, both ends included. */
export interface LineRange {
	from: number;
	to: number;
}

/** How far the front matter's closing line is looked for, as the profile reader does. */
const FRONT_MATTER_LIMIT = 1000;

/** The links of one line that are neither inside an inline code span nor embeds (`![[…]]`). See also `scanLinks`. */
export function linksOutsideCode(line: string, offset = 0): WikiLink[] {
	const links = linksInLine(line, offset);
	if (links.length === 0) return links;
	const spans = line.indexOf("`") === -1 ? [] : codeSpans(line);
	return links.filter((link) => {
		const start = link.from - offset;
		if (start > 0 && line.charCodeAt(start - 1) === 33) return false;
		return spans.length === 0 || !insideSpans(spans, start, link.to - offset);
	});
}

/**
 * The lines where links are not drawn: the front matter and every fenced code block (an unclosed fence runs to the end).
 * Front matter that is never closed is read as text, as the profile reader does. Linear in the number of lines.
 */
export function codeBlockLines(lines: readonly string[]): LineRange[] {
	const ranges: LineRange[] = [];
	const frontMatterEnd = closingFrontMatterLine(lines);
	if (frontMatterEnd !== -1) ranges.push({ from: 0, to: frontMatterEnd });
	let fence = "";
	let openedAt = -1;
	for (let i = frontMatterEnd + 1; i < lines.length; i++) {
		const after = nextFence(fence, fenceMarker(lines[i]));
		if (fence === "" && after !== "") openedAt = i;
		if (fence !== "" && after === "") ranges.push({ from: openedAt, to: i });
		fence = after;
	}
	if (fence !== "") ranges.push({ from: openedAt, to: lines.length - 1 });
	return ranges;
}

/** The index of the line closing the front matter, or -1 when the note has none (or never closes it). */
function closingFrontMatterLine(lines: readonly string[]): number {
	if (lines.length === 0 || lines[0].trimEnd() !== "---") return -1;
	const limit = Math.min(lines.length, FRONT_MATTER_LIMIT);
	for (let i = 1; i < limit; i++) {
		const line = lines[i].trimEnd();
		if (line === "---" || line === "...") return i;
	}
	return -1;
}

/** Every link of a whole note that may name a tool, with offsets into `text`, in order. See also `linksOutsideCode`. */
export function scanLinks(text: string): WikiLink[] {
	const lines = text.split("\n");
	const blocks = codeBlockLines(lines);
	const links: WikiLink[] = [];
	let block = 0;
	let offset = 0;
	for (let i = 0; i < lines.length; i++) {
		while (block < blocks.length && blocks[block].to < i) block++;
		const inBlock = block < blocks.length && blocks[block].from <= i;
		if (!inBlock && lines[i].indexOf("[[") !== -1) for (const link of linksOutsideCode(lines[i], offset)) links.push(link);
		offset += lines[i].length + 1;
	}
	return links;
}
