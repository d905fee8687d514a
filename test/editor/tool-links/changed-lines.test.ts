import { EditorState } from "@codemirror/state";
import { touchesLine } from "../../../src/editor/tool-links/changed-lines";

const headings = (text: string) => text.startsWith("#");

/** The transaction that replaces `from`..`to` of `doc` with `insert`. */
function change(doc: string, from: number, to: number, insert: string) {
	return EditorState.create({ doc }).update({ changes: { from, to, insert } });
}

describe("touchesLine", () => {
	const doc = "# Title\nplain one\nplain two\n## Section\nplain three";

	it("is false when no changed line is of the kind, before or after", () => {
		const at = doc.indexOf("one");
		expect(touchesLine(change(doc, at, at + 3, "1"), headings)).toBe(false);
	});

	it("sees a line of the kind that the change writes", () => {
		const at = doc.indexOf("plain two");
		expect(touchesLine(change(doc, at, at, "# "), headings)).toBe(true);
	});

	it("sees a line of the kind that the change removes", () => {
		const at = doc.indexOf("## Section");
		expect(touchesLine(change(doc, at, at + 3, ""), headings)).toBe(true);
	});

	it("gives the 1-based line number, so that a test can care for the first line alone", () => {
		const seen: number[] = [];
		touchesLine(change(doc, doc.indexOf("two"), doc.indexOf("two"), "x"), (_text, number) => seen.push(number) < 0);
		expect(seen).toEqual([3, 3]);
	});

	it("counts a change over hundreds of lines as touching, without looking at each", () => {
		const long = Array.from({ length: 500 }, (_, i) => `plain ${i}`).join("\n");
		let looked = 0;
		const wanted = () => (looked++, false);
		expect(touchesLine(change(long, 0, long.length, "gone"), wanted)).toBe(true);
		expect(looked).toBe(0);
	});
});
