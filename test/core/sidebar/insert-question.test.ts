import { insertQuestionEdit, type InsertOptions } from "../../../src/core/sidebar";
import { applyEdit, withCursor } from "../../support/cursor-text";

const Q = "Who pays the most?";

/** The note after inserting Q, the new cursor shown as `|`; a `|` in `marked` is where the cursor was, which must not matter. */
function insert(marked: string, options: Partial<InsertOptions> = {}): string {
	const { text } = withCursor(marked);
	return applyEdit(text, insertQuestionEdit(text, Q, { profile: "Pricing", flavor: "auto", ...options }));
}

describe("insertQuestionEdit in a note without the profile's section", () => {
	it("goes at the end of the note as a section under the title, wherever the cursor is", () => {
		expect(insert("# Pets\nWe rent| pets.\n\n## Costs\nKeeper time.")).toBe(
			"# Pets\nWe rent pets.\n\n## Costs\nKeeper time.\n\n## Who pays the most?\n|",
		);
		expect(insert("|# Pets\nIntro.\n")).toBe("# Pets\nIntro.\n\n## Who pays the most?\n|\n");
	});

	it("never goes above the title or into the front matter when the cursor is at the top of the note", () => {
		expect(insert("---\nty|pe: venture\n---\n# Pets\nIntro.")).toBe("---\ntype: venture\n---\n# Pets\nIntro.\n\n## Who pays the most?\n|");
		expect(insert("|---\ntype: venture\n---\n")).toBe("---\ntype: venture\n---\n\n## Who pays the most?\n|\n");
	});

	it("never goes into Logseq page properties: a new top block after the page's last block", () => {
		expect(insert("ti|tle:: Pets\ntype:: venture\n\n- Intro\n  - detail")).toBe(
			"title:: Pets\ntype:: venture\n\n- Intro\n  - detail\n- ## Who pays the most?\n  - |",
		);
	});

	it("makes a second question a sibling of the first, not nested under it", () => {
		const { text } = withCursor("# Pets\nIntro.|");
		const once = applyEdit(text, insertQuestionEdit(text, "Who pays?", { profile: "Pricing", flavor: "auto" })).replace("|", "Families.");
		expect(applyEdit(once, insertQuestionEdit(once, Q, { profile: "Pricing", flavor: "auto" }))).toBe(
			"# Pets\nIntro.\n\n## Who pays?\nFamilies.\n\n## Who pays the most?\n|",
		);
	});

	it("writes a level-2 heading in a note without headings, the note's top level when it has no single title", () => {
		expect(insert("|")).toBe("## Who pays the most?\n|");
		expect(insert("Some text|")).toBe("Some text\n\n## Who pays the most?\n|");
		expect(insert("## Money\n### Prices\n## Costs\nText|")).toBe("## Money\n### Prices\n## Costs\nText\n\n## Who pays the most?\n|");
		expect(insert("###### Deep\nText|")).toBe("###### Deep\nText\n\n###### Who pays the most?\n|");
	});

	it("never writes into fenced code: it goes after the fence", () => {
		expect(insert("# Pets\n```\nco|de\n```\n")).toBe("# Pets\n```\ncode\n```\n\n## Who pays the most?\n|\n");
	});

	it("never writes into code that runs to the end of the note: it goes before that code", () => {
		expect(insert("# Pets\nIntro.\n```\nco|de")).toBe("# Pets\nIntro.\n\n## Who pays the most?\n|\n\n```\ncode");
		expect(insert("~~~|")).toBe("## Who pays the most?\n|\n\n~~~");
	});

	it("keeps the question on one line", () => {
		const { text } = withCursor("|");
		expect(applyEdit(text, insertQuestionEdit(text, "  Who\npays?  ", { profile: "Pricing", flavor: "auto" }))).toBe("## Who pays?\n|");
	});

	it("is a single change: the text before the insertion point is kept byte for byte", () => {
		const { text } = withCursor("# Pets\nA|\nB\tc  \n");
		const edit = insertQuestionEdit(text, Q, { profile: "Pricing", flavor: "auto" });
		expect(edit.from).toEqual(edit.to);
		expect(applyEdit(text, edit).replace("|", "")).toBe("# Pets\nA\nB\tc  \n\n## Who pays the most?\n\n");
	});
});

describe("insertQuestionEdit in the profile's section", () => {
	const note = "# Pets\nIntro|.\n\n## Pricing\nWe charge per week.\n\n\n## Costs\nKeeper time.";

	it("goes at the end of the section headed with the profile's name, a level under it, wherever the cursor is", () => {
		expect(insert(note)).toBe("# Pets\nIntro.\n\n## Pricing\nWe charge per week.\n\n### Who pays the most?\n|\n\n\n## Costs\nKeeper time.");
	});

	it("recognises the section heading whatever its case, emoji or trailing colon", () => {
		expect(insert("## 💶 pricing:\nText.\n## Costs|")).toBe("## 💶 pricing:\nText.\n\n### Who pays the most?\n|\n\n## Costs");
	});

	it("goes to the end of the note when the section is the last one, past its sub-sections", () => {
		expect(insert("|# Pets\n## Pricing\n### Families\nA lot.\n")).toBe("# Pets\n## Pricing\n### Families\nA lot.\n\n### Who pays the most?\n|\n");
	});

	it("goes before code that runs from the section to the end of the note", () => {
		expect(insert("## Pricing\nText.\n```\nunclosed|")).toBe("## Pricing\nText.\n\n### Who pays the most?\n|\n\n```\nunclosed");
	});

	it("does not take a heading inside code for the section", () => {
		expect(insert("```\n## Pricing\n```\nText|")).toBe("```\n## Pricing\n```\nText\n\n## Who pays the most?\n|");
	});
});

describe("insertQuestionEdit in a Logseq outline", () => {
	it("nests a heading block with an empty child bullet under the profile's block, tabs kept", () => {
		const note = "- # Pets\n- ## Pricing\n\t- Per week.\n- ## Costs|";
		expect(insert(note)).toBe("- # Pets\n- ## Pricing\n\t- Per week.\n\t- ### Who pays the most?\n\t\t- |\n- ## Costs");
	});

	it("adds a top block after the page's last block and its children, with two-space steps when the note uses spaces", () => {
		expect(insert("- Intro|\n  - detail\n\n    more\n- Next\n  - child")).toBe("- Intro\n  - detail\n\n    more\n- Next\n  - child\n- ## Who pays the most?\n  - |");
	});

	it("writes Logseq blocks into any note when the flavour is set to Logseq", () => {
		expect(insert("Text|", { flavor: "logseq" })).toBe("Text\n- ## Who pays the most?\n  - |");
	});

	it("writes plain headings into an outline when the flavour is set to Obsidian", () => {
		expect(insert("|- Intro", { flavor: "obsidian" })).toBe("- Intro\n\n## Who pays the most?\n|");
	});
});
