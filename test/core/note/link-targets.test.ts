import fc from "fast-check";
import { KeptLinkTargets, linkTargets, readNote, rereadNote, type NoteModel } from "../../../src/core/note";

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

describe("KeptLinkTargets", () => {
	const piece = fc.constantFrom("[[", "]]", "[[A]]", "[[B|b]]", "#[[T]]", "`", "](", "[l](L.md)", "\n", "\r\n", "\r", "```\n", "~~~\n", "---\n", "\uFEFF", "x", " ");
	const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(""));
	/** An edit as typing, pasting or deleting makes it: replace [from, from + length) of the text by `insert`. */
	const edit = fc.record({ from: fc.nat(), length: fc.nat(12), insert: fc.array(piece, { maxLength: 4 }).map((pieces) => pieces.join("")) });

	it("gives what linkTargets gives after every edit of any text", () => {
		fc.assert(
			fc.property(text, fc.array(edit, { maxLength: 8 }), (start, edits) => {
				const kept = new KeptLinkTargets();
				let current = start;
				expect(kept.targets(readNote(current))).toEqual(linkTargets(readNote(current)));
				for (const { from, length, insert } of edits) {
					const at = from % (current.length + 1);
					current = current.slice(0, at) + insert + current.slice(at + length);
					expect(kept.targets(readNote(current))).toEqual(linkTargets(readNote(current)));
				}
			}),
			{ numRuns: 3000 },
		);
	});

	it("gives what linkTargets gives for the models rereadNote builds line edit by line edit, some of them never shown to it", () => {
		const line = fc.constantFrom("- [[A]]", "- [[B]] and [[A]]", "  - [l](C.md)", "```", "- `[[D]]`", "#[[T]]", "", "plain", "- [[", "]]");
		const lineEdit = fc.record({ from: fc.nat(), length: fc.nat(3), insert: fc.array(line, { maxLength: 3 }), shown: fc.boolean() });
		fc.assert(
			fc.property(fc.array(line, { minLength: 1, maxLength: 20 }), fc.array(lineEdit, { maxLength: 8 }), (start, edits) => {
				const kept = new KeptLinkTargets();
				let lines = start;
				let model = readNote(lines.join("\n"));
				expect(kept.targets(model)).toEqual(linkTargets(model));
				for (const { from, length, insert, shown } of edits) {
					// Whole lines [at, to) replaced, never the last one, so that every edit ends with a line end as the panel's do.
					const at = from % lines.length;
					const to = Math.min(lines.length - 1, at + length);
					if (to < at) continue;
					lines = [...lines.slice(0, at), ...insert, ...lines.slice(to)];
					const text = lines.join("\n");
					model = rereadNote(model, text, { from: at, to, text: insert.map((each) => `${each}\n`).join("") }) ?? readNote(text);
					if (shown) expect(kept.targets(model)).toEqual(linkTargets(readNote(text)));
				}
				expect(kept.targets(model)).toEqual(linkTargets(readNote(lines.join("\n"))));
			}),
			{ numRuns: 2000 },
		);
	});

	it("follows a link typed, renamed and deleted in a long note, a fence opened and closed above it", () => {
		const kept = new KeptLinkTargets();
		const body = Array.from({ length: 300 }, (_, i) => `Line ${i} about [[Page ${i % 7}]].`).join("\n");
		const read = (text: string) => kept.targets(readNote(text));
		expect(read(body)).toHaveLength(7);
		const typed = body.replace("Line 150 about", "Line 150 about [[Pricing]] and");
		expect(read(typed)).toEqual([...linkTargets(readNote(body)), "Pricing"]);
		expect(read(typed.replace("[[Pricing]]", "[[Sales]]"))).toContain("Sales");
		expect(read(typed.replace("[[Pricing]]", "[[Sales]]"))).not.toContain("Pricing");
		const fenced = typed.replace("Line 100 about", "```\nLine 100 about");
		expect(read(fenced)).not.toContain("Pricing");
		expect(read(typed)).toContain("Pricing");
		expect(read(body)).not.toContain("Pricing");
	});
});
