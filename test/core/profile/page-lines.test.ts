import fc from "fast-check";
import { readNote } from "../../../src/core/note";
import { readPageLines } from "../../../src/core/profile/page-lines";
import { normaliseText } from "../../../src/core/text/mojibake";

/** What the parser reads of a page the slow, sure way: the whole page normalised, then read. */
function normalisedPage(text: string) {
	const normalised = normaliseText(text);
	const note = readNote(normalised.text);
	return { lines: note.lines, headings: note.headings, meta: note.meta, codeLines: note.codeLines, hadNul: normalised.hadNul };
}

describe("readPageLines", () => {
	it("repairs the mojibake of the seed's headings in place, line by line", () => {
		const page = readPageLines("# Sales strategy\n- ## \uf8ffüîç Definition\n  - How it sells‚Äôs.\n- ## \uf8ffüß∞ Tools\n");
		expect(page.lines).toEqual(["# Sales strategy", "- ## 🔍 Definition", "  - How it sells’s.", "- ## 🧰 Tools", ""]);
		expect(page.note.headings.map((heading) => heading.line)).toEqual([0, 1, 3]);
		expect(page.hadNul).toBe(false);
	});

	it("leaves the note's own lines alone when nothing needs repairing, a lone accent included", () => {
		const page = readPageLines("# Café\r\n- ## Definition\r\n  - crème √π\r\n");
		expect(page.lines).toBe(page.note.lines);
		expect(page.lines).toEqual(["# Café", "- ## Definition", "  - crème √π", ""]);
	});

	it("reads NUL bytes, lone CRs and mojibake in front matter as normaliseText does", () => {
		for (const text of ["# A\n- b\0c\n", "# A\rb\n- c", "---\nname: caf√©\n---\n# A\n- üîç", "title:: üîç\n# A\n- x", "---\nname: üîç\n# A"]) {
			const page = readPageLines(text);
			expect({ lines: page.lines, hadNul: page.hadNul, meta: page.note.meta }).toEqual({ lines: normalisedPage(text).lines, hadNul: normalisedPage(text).hadNul, meta: normalisedPage(text).meta });
		}
	});

	it("gives the lines, headings, code and metadata of the normalised page, for any page", () => {
		const piece = fc.constantFrom(
			"- ", "## ", "### ", "# ", "```", "~~~~", "---", "name: x", "title:: y", "key:: üîç", "\n", "\r\n", "\r", "\0", "\ufeff", "  ", "\t",
			"üîç", "\uf8ffüîç", "‚Äô", "caf√©", "√π", "Ã©", "Â\u00a0", "¬†", "é", "🔍", "x", "Definition", "[[a]]", "#",
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
				const text = pieces.join("");
				const page = readPageLines(text);
				const sure = normalisedPage(text);
				expect([...page.lines]).toEqual([...sure.lines]);
				expect(page.hadNul).toBe(sure.hadNul);
				// Structure only: a heading's own text is read from the page as written (the parser reads its line instead).
				expect(page.note.headings.map(({ text, ...structure }) => structure)).toEqual(sure.headings.map(({ text, ...structure }) => structure));
				expect(page.note.meta).toEqual(sure.meta);
				expect(page.note.codeLines).toEqual(sure.codeLines);
			}),
			{ numRuns: 1500 },
		);
	});
});
