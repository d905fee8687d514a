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

/** Splits the inside of a link into its note name (before `|`, `#` or `^`). */
export function linkTarget(raw: string): string {
	let end = raw.length;
	for (let i = 0; i < raw.length; i++) {
		const c = raw.charCodeAt(i);
		if (c === 124 || c === 35 || c === 94) {
			end = i;
			break;
		}
	}
	return raw.slice(0, end).trim();
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
