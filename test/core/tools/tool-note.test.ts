import { readFileSync } from "fs";
import { join } from "path";
import { readToolNote } from "../../../src/core/tools/tool-note";
import { fixture } from "../../support/fixtures";

/** A note of the demo vault, which a newcomer opens first. */
function demoNote(path: string): string {
	return readFileSync(join(__dirname, "..", "..", "..", "demo-vault", path), "utf8");
}

describe("readToolNote", () => {
	it("takes the front matter summary first", () => {
		const note = readToolNote(demoNote("Tools/Business Model Canvas.md"));
		expect(note.summary).toMatch(/^A one-page template of nine building blocks/);
		expect(note.typedAsTool).toBe(true);
	});

	it("falls back to the Definition section, unwrapping its single bullet, and reads a YAML list of aliases", () => {
		const note = readToolNote(fixture("tool-note-definition-only.md"));
		expect(note.summary).toBe("Michael Porter's model of the **five forces** that set how hard competition is in an industry.");
		expect(note.aliases).toEqual(["Five Forces", "Porter’s 5 Forces"]);
	});

	it("falls back to the first paragraph after the title, skipping code, in a CRLF note without front matter", () => {
		const note = readToolNote(fixture("tool-note-first-paragraph-crlf.md"));
		expect(note.summary).toBe("A two-by-two grid of growth strategies.\nRows are markets; columns are products.");
		expect(note.typedAsTool).toBe(false);
	});

	it("reads a folded block scalar summary as YAML does", () => {
		expect(readToolNote(fixture("tool-note-block-summary.md")).summary).toBe(
			"A timeline of what a customer does, thinks and feels.\nSecond paragraph.",
		);
	});

	it("reads a literal block scalar keeping its lines", () => {
		expect(readToolNote("---\nsummary: |\n  Line one\n  Line two\n---\n").summary).toBe("Line one\nLine two");
	});

	it("takes the first item of a Logseq outline as its first paragraph, and comma-separated aliases", () => {
		const note = readToolNote("alias:: BMC, Canvas\n- A one-page business model.\n- Second block");
		expect(note.summary).toBe("A one-page business model.");
		expect(note.aliases).toEqual(["BMC", "Canvas"]);
	});

	it("skips a Logseq heading block before the first paragraph, and ends the paragraph at one", () => {
		expect(readToolNote("- ## Overview\n- A one-page business model.\n- ### More\n").summary).toBe("A one-page business model.");
		expect(readToolNote("-## Not a heading\nstill text").summary).toBe("-## Not a heading\nstill text");
	});

	it("repairs mojibake in the summary", () => {
		expect(readToolNote("---\nsummary: the customer‚Äôs view\n---").summary).toBe("the customer’s view");
	});

	it("says nothing for empty, binary (NUL bytes) or heading-only notes, without throwing", () => {
		for (const text of ["", "\0\u0001PK\u0003", "# Title\n## Definition\n", "---\nsummary:\n---\n", "***\n"]) {
			expect(readToolNote(text).summary).toBe("");
		}
	});

	it("reads a note whose front matter is never closed as text, rule and all", () => {
		expect(readToolNote("---\nsummary: A grid.\n").summary).toBe("summary: A grid.");
	});

	it("recognises `type: tool` in a list", () => {
		expect(readToolNote("---\ntype: [method, tool]\n---\nText").typedAsTool).toBe(true);
	});
});
