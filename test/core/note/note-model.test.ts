import fc from "fast-check";
import { lineText, readNote } from "../../../src/core/note";
import { splitLines } from "../../../src/core/text/lines";
import { fixture } from "../../support/fixtures";

describe("readNote", () => {
	it("reads front matter with its range and values, and starts the body after it", () => {
		const note = readNote("---\ntype: venture\nprofiles: [\"A, B\", C]\n---\n# Title");
		expect(note.meta).toMatchObject({ kind: "yaml", from: 1, to: 3, close: 3, bodyStart: 4, problem: null });
		expect(note.meta.values.get("profiles")).toEqual(["A, B", "C"]);
		expect(note.headings.map((heading) => heading.text)).toEqual(["Title"]);
	});

	it("reads Logseq page properties as the metadata block", () => {
		const note = readNote("title:: Profile/Pricing\ntags:: profile\n- ## Definition");
		expect(note.meta).toMatchObject({ kind: "properties", from: 0, to: 2, bodyStart: 2 });
		expect(note.meta.values.get("tags")).toBe("profile");
	});

	it("reads unclosed front matter as text and says so", () => {
		const note = readNote("---\ntype: x\n# Heading");
		expect(note.meta.kind).toBe("unclosed");
		expect(note.meta.problem?.line).toBe(1);
		expect(note.headings.map((heading) => heading.line)).toEqual([2]);
	});


	it("hides headings and links inside fenced code of any fence length, and keeps a four-backtick fence open across ```", () => {
		const note = readNote("````\n```\n## Hidden [[X]]\n````\n## Shown\n~~~\n[[Y]]\n~~~\n[[Z]]\n  - ```\n  - ## in code");
		expect(note.headings.map((heading) => heading.text)).toEqual(["Shown"]);
		expect(note.links.map((link) => link.target)).toEqual(["Z"]);
		expect(note.code.map(({ from, to, closed }) => ({ from, to, closed }))).toEqual([
			{ from: 0, to: 3, closed: true },
			{ from: 5, to: 7, closed: true },
			{ from: 9, to: 10, closed: false },
		]);
	});

	it("keeps offsets exact in a CRLF note with a byte-order mark", () => {
		const text = "\uFEFF# A\r\nsee [[B]]\r\n## C";
		const note = readNote(text);
		expect(note.lines).toEqual(["# A", "see [[B]]", "## C"]);
		const link = note.links[0];
		expect(text.slice(link.from, link.to)).toBe("[[B]]");
		expect(text.slice(note.lineStart[2])).toBe("## C");
	});


	it("tells a Logseq outline from an Obsidian note", () => {
		expect(readNote(fixture("logseq-seed-sales-strategy.md")).outline).toBe(true);
		expect(readNote(fixture("obsidian-venture-answers-sales-strategy.md")).outline).toBe(false);
	});

	it("reads empty, binary and huge text without throwing", () => {
		expect(readNote("").lines).toEqual([""]);
		expect(readNote("x".repeat(1_000_000) + "\0\u0001\r## A\r\n").headings).toEqual([]);
		expect(readNote(undefined as unknown as string).lines).toEqual([""]);
	});
});

describe("readNote's fences", () => {
	it("closes a fence only with a marker of the same character at least as long", () => {
		const headings = (text: string) => readNote(text).headings.map((heading) => heading.text);
		expect(headings("````\n```\n## A\n~~~~\n## B\n`````\n## C")).toEqual(["C"]);
		expect(headings("```\n## A\n````\n## B")).toEqual(["B"]);
	});
});

describe("readNote's lines", () => {
	it("are the text split at its line ends, whether read one by one (lineText) or all at once, on any text", () => {
		const piece = fc.constantFrom("\n", "\r\n", "\r", "\uFEFF", "# h", "```", "~", "[[a]]", "x", " ", "---");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
				const text = pieces.join("");
				const note = readNote(text);
				expect(note.lines).toEqual(splitLines(text));
				expect(note.lines.map((_, i) => lineText(note, i))).toEqual(note.lines);
			}),
			{ numRuns: 2000 },
		);
	});
});
