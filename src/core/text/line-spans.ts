/** Lines of a text with their offsets, for edits that must land at exact positions. */

/** One line: its text without the line end, where it starts, where its text ends and where the next line starts. */
export interface LineSpan {
	text: string;
	from: number;
	to: number;
	next: number;
}

/** Splits `text` into lines, keeping offsets; "\n", "\r\n" and "\r" all end a line. */
export function lineSpans(text: string): LineSpan[] {
	const spans: LineSpan[] = [];
	let from = 0;
	for (;;) {
		let end = from;
		while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
		if (end >= text.length) {
			spans.push({ text: text.slice(from), from, to: text.length, next: text.length });
			return spans;
		}
		const next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
		spans.push({ text: text.slice(from, end), from, to: end, next });
		from = next;
	}
}

/** The line end a text already uses ("\r\n" when its first line ends so), for edits that blend in. */
export function lineEndOf(text: string): string {
	const newline = text.indexOf("\n");
	return newline > 0 && text.charCodeAt(newline - 1) === 13 ? "\r\n" : "\n";
}
