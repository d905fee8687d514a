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
 * white space next to the selection is absorbed. The block ends with a line break, and text after it on the line moves below a blank line.
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
	const suffix = to === text.length || text.charCodeAt(to) === 10 ? "\n" : "\n\n";
	return { from, to, prefix, suffix };
}

function previousLine(text: string, lineStart: number): string {
	return text.slice(text.lastIndexOf("\n", lineStart - 2) + 1, lineStart - 1);
}

/** A block after this line needs a blank line between: any text but the `---` that closes front matter. */
function needsGap(line: string): boolean {
	const trimmed = line.trim();
	return trimmed !== "" && trimmed !== "---";
}

/** Space, tab or a carriage return left over from a CRLF line end. */
function isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 13;
}
