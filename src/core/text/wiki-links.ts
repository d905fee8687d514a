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

/** Every `[[…]]` link on one line of text, in order; an unclosed `[[` is skipped. Linear in the line's length. */
export function linksInLine(line: string, offset = 0): WikiLink[] {
	const links: WikiLink[] = [];
	let from = line.indexOf("[[");
	while (from !== -1) {
		const close = line.indexOf("]]", from + 2);
		if (close === -1) break;
		const open = line.lastIndexOf("[[", close);
		const raw = line.slice(open + 2, close);
		if (raw.length > 0 && raw.indexOf("\n") === -1) {
			links.push({ raw, target: linkTarget(raw), from: offset + open, to: offset + close + 2 });
		}
		from = line.indexOf("[[", close + 2);
	}
	return links;
}
