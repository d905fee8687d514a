import { readNote } from "../../../src/core/note";
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

	it("reads the Logseq block outline with children and block properties", () => {
		const note = readNote("- ## Keys\n  - [[Channel]]\n    key-weight:: 35\n    - child\n  - [[Price]]\n- ## Tools\n  ```\n  - not a block\n  ```\n");
		const [keys, tools] = note.blocks;
		expect(keys).toMatchObject({ line: 0, text: "## Keys", end: 5 });
		expect(keys.children.map((block) => block.text)).toEqual(["[[Channel]]", "[[Price]]"]);
		expect(keys.children[0].properties.get("key-weight")).toBe("35");
		expect(keys.children[0]).toMatchObject({ contentEnd: 3, end: 4 });
		expect(keys.children[0].children.map((block) => block.text)).toEqual(["child"]);
		expect(tools).toMatchObject({ line: 5, end: 9, children: [] });
	});

	it("reads every kind of link outside code spans", () => {
		const note = readNote("[[A#h|x]] ![[B]] {{embed [[C]]}} #tag #[[Long tag]] `[[D]]` [y](E%20F.md#part) [w](https://e.org) #123");
		expect(note.links.map(({ kind, target, heading, alias }) => [kind, target, heading, alias])).toEqual([
			["wiki", "A", "h", "x"],
			["embed", "B", "", ""],
			["embed", "C", "", ""],
			["tag", "tag", "", ""],
			["tag", "Long tag", "", ""],
			["markdown", "E F", "part", ""],
		]);
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
