/** Wiki-link reading: `[[Target]]`, `[[Target|label]]`, `[[Target#Heading]]`. */

/** One `[[…]]` link found in a text. */
export interface WikiLink {
	/** The text between the brackets, as written. */
	raw: string;
	/** The note the link points to, without heading or label. */
	target: string;
	/** Offset of the opening `[[`. */
	from: number;
	/** Offset just after the closing `]]`. */
	to: number;
}

/** Splits the inside of a link into its note name (before `|`, `#` or `^`); `from` and `to` pick the inside out of a longer text. */
export function linkTarget(raw: string, from = 0, to = raw.length): string {
	let end = from;
	while (end < to) {
		const c = raw.charCodeAt(end);
		if (c === 124 || c === 35 || c === 94) break;
		end++;
	}
	return raw.slice(from, end).trim();
}

/**
 * Calls `found` with the offsets of the `[[` and the `]]` of each non-empty `[[…]]` of `text`, in order, read as
 * Obsidian reads them: the innermost `[[` before each `]]`; an unclosed `[[` ends the search. Linear in the text's length.
 */
export function eachWikiLink(text: string, found: (open: number, close: number) => void): void {
	let from = text.indexOf("[[");
	while (from !== -1) {
		const close = text.indexOf("]]", from + 2);
		if (close === -1) return;
		const open = text.lastIndexOf("[[", close);
		if (close > open + 2) found(open, close);
		from = text.indexOf("[[", close + 2);
	}
}

/** Every `[[…]]` link on one line of text, in order (see `eachWikiLink`); one holding a line break is skipped. */
export function linksInLine(line: string, offset = 0): WikiLink[] {
	const links: WikiLink[] = [];
	eachWikiLink(line, (open, close) => {
		const raw = line.slice(open + 2, close);
		if (raw.indexOf("\n") === -1) links.push({ raw, target: linkTarget(raw), from: offset + open, to: offset + close + 2 });
	});
	return links;
}
