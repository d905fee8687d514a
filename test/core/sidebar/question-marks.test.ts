import { questionKey, scanNote } from "../../../src/core/sidebar";
import { fixture } from "../../support/fixtures";

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
