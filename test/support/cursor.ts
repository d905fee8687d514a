/** Cursors and selections written inline in test strings: `|` is the cursor, `«…»` a selection (anchor at «). */
import type { TextSelection } from "../../src/core/text/text-change";

/** A note's text with the selection marked in it removed, and that selection as offsets. */
export function marked(source: string): { text: string; selection: TextSelection } {
	const open = source.indexOf("«");
	if (open !== -1) {
		const close = source.indexOf("»", open);
		const text = source.slice(0, open) + source.slice(open + 1, close) + source.slice(close + 1);
		return { text, selection: { anchor: open, head: close - 1 } };
	}
	const cursor = source.indexOf("|");
	if (cursor === -1) throw new Error("mark the cursor with | or a selection with «…»");
	return { text: source.slice(0, cursor) + source.slice(cursor + 1), selection: { anchor: cursor, head: cursor } };
}
