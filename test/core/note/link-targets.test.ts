import fc from "fast-check";
import { linkTargets, readNote, type NoteModel } from "../../../src/core/note";
import { LinkTargetCache } from "../../../src/core/note/link-targets";

const targets = (text: string) => linkTargets(readNote(text));

/** What the targets must be: every page link `note.links` reads, plain tags aside, each once in order. */
function fromLinks(note: NoteModel): string[] {
	const seen = new Set<string>();
	for (const link of note.links) {
		if (link.kind === "tag" && note.text.charCodeAt(link.from + 1) !== 91) continue;
		if (link.target !== "") seen.add(link.target);
	}
	return [...seen];
}

describe("linkTargets", () => {
	it("leaves out links in fenced code and in front matter", () => {
		expect(targets("---\nup: \"[[Z]]\"\n---\n[[A]]\n```\n[[B]]\n```\n~~~\n[c](C.md)\n~~~\n[[D]]")).toEqual(["A", "D"]);
	});

	it("lists wiki-link, embed, tag-link and Markdown-link targets once each, without headings, labels or .md", () => {
		expect(targets("[[A#h|x]] [[B]] [y](C%20D.md#part) [[A]] [w](https://e.org) [z](#local)")).toEqual(["A", "B", "C D"]);
		expect(targets("![[E]] {{embed [[F]]}} #[[G]] #plain [[H^block]]")).toEqual(["E", "F", "G", "H"]);
	});

	it("keeps the order of appearance across wiki and Markdown links on different lines", () => {
		expect(targets("[m](M.md)\n[[W]]\n[n](N.md) and [[X]]")).toEqual(["M", "W", "N", "X"]);
	});

	it("leaves out links inside inline code", () => {
		expect(targets("`[[A]]` [[B]] ``[[C]]`` [[D]]")).toEqual(["B", "D"]);
	});

	it("reads links as Obsidian does: the innermost [[ before ]], never across lines, an unclosed [[ skipped", () => {
		expect(targets("[[a [[B]] [[C\nD]] [[E]] [[")).toEqual(["B", "E"]);
	});

	it("reads a note full of unclosed [[ in one pass (a quadratic search would outlast the test's time limit)", () => {
		expect(targets("[[ unclosed\n".repeat(50_000) + "[[Last]]")).toEqual(["Last"]);
		expect(targets("[[ unclosed\n".repeat(50_000))).toEqual([]);
	});

	it("gives the same targets as the note's links on any text", () => {
		const piece = fc.constantFrom("[[", "]]", "[[A]]", "[[B|b]]", "#[[T]]", "#tag", "`", "``", "](", "[l](L.md)", "![[E]]", "{{embed ", "\n", "\r\n", "```\n", "---\n", "x", " ", "#");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
				const note = readNote(pieces.join(""));
				expect(linkTargets(note)).toEqual(fromLinks(note));
			}),
			{ numRuns: 2000 },
		);
	});
});

describe("LinkTargetCache", () => {
	it("shows a link added, removed or renamed by the next version of the note", () => {
		const cache = new LinkTargetCache();
		const note = "# Pets\n\nSee [[Pricing]].\n".repeat(200);
		expect(cache.targets(readNote(note))).toEqual(["Pricing"]);
		const added = note.replace("See [[Pricing]].", "See [[Pricing]] and [[Sales strategy]].");
		expect(cache.targets(readNote(added))).toEqual(["Pricing", "Sales strategy"]);
		expect(cache.targets(readNote(added.replace("[[Sales strategy]]", "[[Sales plan]]")))).toEqual(["Pricing", "Sales plan"]);
		expect(cache.targets(readNote(note))).toEqual(["Pricing"]);
		expect(cache.targets(readNote(note.replaceAll("[[Pricing]]", "Pricing")))).toEqual([]);
	});

	it("drops the links of lines a new fence or front matter turns into code, and reads them again once it closes", () => {
		const cache = new LinkTargetCache();
		const note = "---\ntype: venture\n\n[[A]]\n\n[[B]]\n";
		expect(cache.targets(readNote(note))).toEqual(["A", "B"]);
		expect(cache.targets(readNote(note.replace("\n\n[[B]]", "\n---\n[[B]]")))).toEqual(["B"]);
		expect(cache.targets(readNote(note.replace("[[A]]\n", "[[A]]\n```\n")))).toEqual(["A"]);
		expect(cache.targets(readNote(note))).toEqual(["A", "B"]);
	});

	it("gives what linkTargets gives for any sequence of edits of one note", () => {
		const piece = fc.constantFrom("[[A]]", "[[B|b]]", "#[[T]]", "[l](L.md)", "`", "[[", "]]", "\n", "\r\n", "```\n", "~~~\n", "---\n", "x", " ", "\uFEFF");
		const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(""));
		const edit = fc.tuple(fc.nat(), fc.nat(8), fc.array(piece, { maxLength: 4 }));
		fc.assert(
			fc.property(text, fc.array(edit, { maxLength: 8 }), (first, edits) => {
				const cache = new LinkTargetCache();
				let current = first;
				expect(cache.targets(readNote(current))).toEqual(linkTargets(readNote(current)));
				for (const [at, removed, inserted] of edits) {
					const from = current.length === 0 ? 0 : at % (current.length + 1);
					current = current.slice(0, from) + inserted.join("") + current.slice(from + removed);
					expect(cache.targets(readNote(current))).toEqual(linkTargets(readNote(current)));
				}
			}),
			{ numRuns: 3000 },
		);
	});

	it("compares long notes a block at a time and still finds a change in the middle of a block", () => {
		const cache = new LinkTargetCache();
		const lines = Array.from({ length: 3000 }, (_, i) => `Line ${i} links [[P${i % 7}]]`);
		expect(cache.targets(readNote(lines.join("\n")))).toHaveLength(7);
		lines[1500] = "Line 1500 links [[New]]";
		lines[2999] = "the end";
		expect(cache.targets(readNote(lines.join("\n")))).toEqual(["P0", "P1", "P2", "P3", "P4", "P5", "P6", "New"]);
	});
});
