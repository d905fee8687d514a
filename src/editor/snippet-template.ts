/** Writes inserted text as a CodeMirror snippet template, so that `snippet()` inserts exactly that text with its fields. */

/** A span of the text that becomes one snippet field. */
export interface FieldSpan {
	from: number;
	to: number;
}

/**
 * The template for `@codemirror/autocomplete`'s `snippet()`: braces in the text escaped, each field as `${n:placeholder}`
 * (numbered, so identical placeholders stay separate fields), and `${0}` at `exit`, the last stop. Fields must be sorted,
 * must not overlap, and must not span lines or hold braces (worksheet fields never do).
 */
export function snippetTemplate(text: string, fields: readonly FieldSpan[], exit: number): string {
	const stops = fields.map((field, index) => ({ ...field, stop: `\${${index + 1}:${text.slice(field.from, field.to)}}` }));
	stops.push({ from: exit, to: exit, stop: "${0}" });
	stops.sort((a, b) => a.from - b.from || a.to - b.to);
	let out = "";
	let last = 0;
	for (const { from, to, stop } of stops) {
		out += escapeBraces(text.slice(last, from)) + stop;
		last = to;
	}
	return out + escapeBraces(text.slice(last));
}

function escapeBraces(text: string): string {
	return text.replace(/[{}]/g, "\\$&");
}
