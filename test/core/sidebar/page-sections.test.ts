import { parseProfile } from "../../../src/core/profile/parse";
import { fullProfile, isEmptySection, pageSections, questionOnPage, readPageProfile, scanNote } from "../../../src/core/sidebar";
import { fixture } from "../../support/fixtures";

const PAGES = ["logseq-seed-sales-strategy.md", "logseq-graph-pricing-tabs-properties-embeds.md", "obsidian-channel-strategy-crlf.md"];

describe("readPageProfile", () => {
	it.each(PAGES)("reads what the sidebar shows of %s exactly as the full parser does", (name) => {
		const text = fixture(name);
		const full = parseProfile(text);
		const shown = readPageProfile(scanNote(text));
		expect(shown.name).toBe(full.name);
		expect(shown.definition).toBe(full.definition);
		expect(shown.contentType).toBe(full.contentType);
		expect(shown.keys).toEqual(full.keys);
		expect(shown.keyWeights).toEqual(full.keyWeights);
		expect(shown.copilot).toEqual(full.copilot);
	});

	it("leaves out the sections it does not show, which fullProfile reads for the prompt", () => {
		const text = fixture("logseq-seed-sales-strategy.md");
		const shown = readPageProfile(scanNote(text));
		expect([shown.description, shown.examples, shown.tools]).toEqual(["", [], []]);
		const full = fullProfile({ profile: shown, path: "p.md", reason: "page" }, text);
		expect(full.examples).toHaveLength(5);
		expect(fullProfile({ profile: shown, path: null, reason: "linked" }, "ignored")).toBe(shown);
	});
});

describe("pageSections and isEmptySection", () => {
	it("cuts at margin-level ## headings and - ## bullets only, never at a nested or fenced one", () => {
		const text = "# P\n## Definition\nx\n  - ## Nested\n```\n## Fenced\n```\n- ## Keys\n";
		expect(pageSections(scanNote(text))).toEqual([
			{ kind: "definition", line: 1, end: 7 },
			{ kind: "keys", line: 7, end: 9 },
		]);
	});

	it("counts a section with only blank lines, bare bullets or placeholders as empty, and any text as filled", () => {
		const scan = scanNote("## Keys\n\n- \n  …\n## Topics\n- [[Revenue]]\n## Tools\n<!-- add tools -->");
		expect(pageSections(scan).map((section) => [section.kind, isEmptySection(scan, section)])).toEqual([
			["keys", true],
			["topics", false],
			["tools", true],
		]);
	});
});

describe("questionOnPage", () => {
	const page = "# Pricing\n## Keys\n- [[Willingness to pay]]\n## innCoPilot\n- What do customers pay today?\n- Which price is a bargain";

	it("finds a listed question, even written without its question mark", () => {
		const scan = scanNote(page);
		expect(questionOnPage(scan, "What do customers pay today?", null)).toEqual({ line: 4, ch: 2 });
		expect(questionOnPage(scan, "Which price is a bargain?", null)).toEqual({ line: 5, ch: 2 });
	});

	it("falls back to the link to the key a question comes from, and to nothing", () => {
		const scan = scanNote(page);
		expect(questionOnPage(scan, "Who pays the most?", "Willingness to pay")).toEqual({ line: 2, ch: 2 });
		expect(questionOnPage(scan, "Who pays the most?", null)).toBeNull();
	});
});
