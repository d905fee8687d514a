import { isTopLevel, readNote, sectionsAt } from "../../../src/core/note";

describe("headings of the note model", () => {
	it("gives every heading, at every level, the lines its section covers and its parent", () => {
		const note = readNote("# A\ntext\n## B\n### C\n## D\n# E\n");
		expect(note.headings.map(({ text, level, end, parent }) => ({ text, level, end, parent }))).toEqual([
			{ text: "A", level: 1, end: 5, parent: -1 },
			{ text: "B", level: 2, end: 4, parent: 0 },
			{ text: "C", level: 3, end: 4, parent: 1 },
			{ text: "D", level: 2, end: 5, parent: 0 },
			{ text: "E", level: 1, end: 7, parent: -1 },
		]);
	});

	it("reads Logseq bullet headings, mojibake and emoji headings, and drops a closing run of #", () => {
		const note = readNote("- ## üîç Definition\n  - ### 🧭 Sales strategy ##\n- ## C# basics\n#tag is no heading\n####### nor this");
		expect(note.headings.map(({ text, bullet, indent }) => ({ text, bullet, indent }))).toEqual([
			{ text: "üîç Definition", bullet: true, indent: 0 },
			{ text: "🧭 Sales strategy", bullet: true, indent: 2 },
			{ text: "C# basics", bullet: true, indent: 0 },
		]);
	});

	it("opens a section for each heading, cut only where the caller asks (a profile page's level-2 sections)", () => {
		const note = readNote("# T\n## A\n### a\n# X\n## B\n");
		const cuts = sectionsAt(note.headings, note.lines.length, (heading) => heading.level === 2 && isTopLevel(heading));
		expect(cuts.map(({ heading, end }) => [heading.text, end])).toEqual([["A", 4], ["B", 6]]);
	});

	it("reads a heading with a long run of spaces before its text ends in linear time", () => {
		const note = readNote(`# a${" ".repeat(1_000_000)}b #`);
		expect(note.headings[0].text).toBe(`a${" ".repeat(1_000_000)}b`);
	});
});
