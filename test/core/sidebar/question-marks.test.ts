import fc from "fast-check";
import { questionKey, scanNote, type NoteMark } from "../../../src/core/sidebar";
import { lineMark } from "../../../src/core/sidebar/question-marks";
import { fixture } from "../../support/fixtures";

/** The marks every line of the body read in turn gives: its heading, else what `lineMark` reads outside code. */
function marksLineByLine(text: string): NoteMark[] {
	const scan = scanNote(text);
	return scan.lines.flatMap((line, i) => {
		const heading = scan.headings.find((each) => each.line === i);
		if (heading) return [{ line: i, level: heading.level, item: -1, text: heading.text, inline: -1 }];
		const mark = scan.codeLines[i] === 1 ? null : lineMark(line, i);
		return mark === null ? [] : [mark];
	});
}

describe("scanNote (question marks)", () => {
	it("finds headings and bold lines outside code and front matter, with their level and any text after the bold part", () => {
		const scan = scanNote("---\n# not: a heading\n---\n# Title\n```\n## In code\n```\n- **Bold?** yes\n#tag is no heading\n####### nor this\n\t- Why *not*?\n- Because.\n");
		expect(scan.marks).toEqual([
			{ line: 3, level: 1, item: -1, text: "Title", inline: -1 },
			{ line: 7, level: 0, item: -1, text: "Bold?", inline: 12 },
			{ line: 10, level: 0, item: 2, text: "Why *not*?", inline: -1 },
		]);
		expect(scan.meta.bodyStart).toBe(3);
	});

	it("keeps a fence opened with four backticks open across a three-backtick line", () => {
		expect(scanNote("````\n```\n## Hidden\n````\n## Shown").marks.map((mark) => mark.text)).toEqual(["Shown"]);
	});

	it("tells a Logseq outline from an Obsidian note", () => {
		expect(scanNote(fixture("logseq-seed-sales-strategy.md")).outline).toBe(true);
		expect(scanNote(fixture("obsidian-venture-answers-sales-strategy.md")).outline).toBe(false);
		expect(scanNote("# Pets\n\n- a\n- b\n\nText.").outline).toBe(false);
	});

	it("finds the same places as reading every line of the body in turn, on any text (the searches skip no question)", () => {
		const piece = fc.constantFrom("## Why?", "- Who pays?", "  * Why *not*? ", "1. How?", "**Bold?** yes", "__Low__", "**", "__", "?", "- [ ] **Task?**", "> - Quoted?", "```", "~~~~", "---", "x", " ", "\t", "\r");
		const lines = fc.array(fc.array(piece, { maxLength: 4 }).map((each) => each.join("")), { maxLength: 30 });
		fc.assert(
			fc.property(lines, (each) => {
				const text = each.join("\n");
				expect(scanNote(text).marks).toEqual(marksLineByLine(text));
			}),
			{ numRuns: 1500 },
		);
	});

	it("reads a huge line, binary bytes and a lone CR without throwing", () => {
		expect(() => scanNote("x".repeat(1_000_000) + "\0\u0001\r## A\r\n")).not.toThrow();
		expect(scanNote("\uFEFF## A\r\nb").marks[0]).toEqual({ line: 0, level: 2, item: -1, text: "A", inline: -1 });
	});
});

describe("questionKey", () => {
	it("gives the same key for the ways people write one question", () => {
		const key = questionKey("What’s our price?");
		for (const written of ["what's our price", "## What’s our price?", "- [ ] **What's our price?**", "> 1. What’s  our price ?!", "What‚Äôs our price?"]) {
			expect(questionKey(written)).toBe(key);
		}
	});

	it("keeps questions that differ in words apart", () => {
		expect(questionKey("What is our price?")).not.toBe(questionKey("What was our price?"));
	});
});
