/** Where a block of Markdown goes in a note so that it starts on a line of its own and reads as its own block. */
import type { TextSelection } from "../text/text-change";

/** The span the block replaces, and the line breaks that keep it apart from the text around it. */
export interface BlockPlacement {
	from: number;
	to: number;
	prefix: string;
	suffix: string;
}

/**
 * Places a block at the selection, which it replaces. Text before it on the line, or on the line above, is kept apart by a blank line;
 * white space next to the selection is absorbed. The block ends with a line break, and text after it on the line moves below a
 * blank line; a blank line already below is kept as the only one, so the cursor can end on it.
 */
export function placeBlock(text: string, selection: TextSelection): BlockPlacement {
	let from = Math.max(0, Math.min(selection.anchor, selection.head, text.length));
	let to = Math.min(text.length, Math.max(selection.anchor, selection.head, from));
	const lineStart = text.lastIndexOf("\n", from - 1) + 1;
	while (from > lineStart && isSpace(text.charCodeAt(from - 1))) from--;
	while (to < text.length && isSpace(text.charCodeAt(to))) to++;
	let prefix = "\n\n";
	if (from === lineStart) {
		prefix = lineStart > 0 && needsGap(previousLine(text, lineStart)) ? "\n" : "";
	}
	const atLineEnd = to === text.length || text.charCodeAt(to) === 10;
	if (atLineEnd && to < text.length && isBlankLine(text, to + 1)) to++;
	return { from, to, prefix, suffix: atLineEnd ? "\n" : "\n\n" };
}

function previousLine(text: string, lineStart: number): string {
	return text.slice(text.lastIndexOf("\n", lineStart - 2) + 1, lineStart - 1);
}

/** A block after this line needs a blank line between: any text but the `---` that closes front matter. */
function needsGap(line: string): boolean {
	const trimmed = line.trim();
	return trimmed !== "" && trimmed !== "---";
}

/** True when the line starting at `start` holds only white space. */
function isBlankLine(text: string, start: number): boolean {
	const end = text.indexOf("\n", start);
	return text.slice(start, end === -1 ? text.length : end).trim() === "";
}

/** Space, tab or a carriage return left over from a CRLF line end. */
function isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 13;
}
