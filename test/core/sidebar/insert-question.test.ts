import { insertQuestionEdit, type InsertOptions } from "../../../src/core/sidebar";
import { applyEdit, withCursor } from "../../support/cursor-text";

const Q = "Who pays the most?";

/** The note after inserting Q, cursor shown as `|`. */
function insert(marked: string, options: Partial<InsertOptions> = {}): string {
	const { text, cursor } = withCursor(marked);
	return applyEdit(text, insertQuestionEdit(text, Q, { cursor, profile: "Pricing", flavor: "auto", ...options }));
}

describe("insertQuestionEdit at the cursor", () => {
	it("puts the question on the line after the cursor's, a level under the section, cursor in the field", () => {
		expect(insert("# Pets\nWe rent| pets.\n\n## Costs\nKeeper time.")).toBe(
			"# Pets\nWe rent pets.\n\n## Who pays the most?\n|\n\n## Costs\nKeeper time.",
		);
	});

	it("uses the blank line the cursor is on", () => {
		expect(insert("# Pets\nIntro.\n|\n## Costs")).toBe("# Pets\nIntro.\n\n## Who pays the most?\n|\n\n## Costs");
		expect(insert("# Pets\n\n|\n\n## Costs")).toBe("# Pets\n\n## Who pays the most?\n|\n\n## Costs");
	});

	it("writes a level-2 heading in a note without headings, and works in an empty note", () => {
		expect(insert("|")).toBe("## Who pays the most?\n|");
		expect(insert("Some text|")).toBe("Some text\n\n## Who pays the most?\n|");
	});

	it("goes one level under the nearest heading above, never deeper than six", () => {
		expect(insert("## Money\n### Prices\nText|")).toBe("## Money\n### Prices\nText\n\n#### Who pays the most?\n|");
		expect(insert("###### Deep\nText|")).toBe("###### Deep\nText\n\n###### Who pays the most?\n|");
	});

	it("never writes into the front matter: it goes right after it", () => {
		expect(insert("---\nty|pe: venture\n---\n# Pets")).toBe("---\ntype: venture\n---\n\n## Who pays the most?\n|\n\n# Pets");
	});

	it("never writes into fenced code: it goes after the fence", () => {
		expect(insert("# Pets\n```\nco|de\n```\nAfter.")).toBe("# Pets\n```\ncode\n```\n\n## Who pays the most?\n|\n\nAfter.");
	});

	it("never writes into code that runs to the end of the note: it goes before that code", () => {
		expect(insert("# Pets\nIntro.\n```\nco|de")).toBe("# Pets\nIntro.\n\n## Who pays the most?\n|\n\n```\ncode");
		expect(insert("~~~|")).toBe("## Who pays the most?\n|\n\n~~~");
	});

	it("keeps the question on one line", () => {
		const { text, cursor } = withCursor("|");
		expect(applyEdit(text, insertQuestionEdit(text, "  Who\npays?  ", { cursor, profile: "Pricing", flavor: "auto" }))).toBe("## Who pays?\n|");
	});

	it("is a single change: the text after the insertion point is kept byte for byte", () => {
		const { text, cursor } = withCursor("# Pets\nA|\nB\tc  \n");
		const edit = insertQuestionEdit(text, Q, { cursor, profile: "Pricing", flavor: "auto" });
		expect(edit.from).toEqual(edit.to);
		expect(applyEdit(text, edit).replace("|", "")).toBe("# Pets\nA\n\n## Who pays the most?\n\n\nB\tc  \n");
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

	it("adds a sibling block after the cursor's block and its children, with two-space steps when the note uses spaces", () => {
		expect(insert("- Intro|\n  - detail\n\n    more\n- Next")).toBe("- Intro\n  - detail\n\n    more\n- ## Who pays the most?\n  - |\n- Next");
	});

	it("writes Logseq blocks into any note when the flavour is set to Logseq", () => {
		expect(insert("Text|", { flavor: "logseq" })).toBe("Text\n- ## Who pays the most?\n  - |");
	});

	it("writes plain headings into an outline when the flavour is set to Obsidian", () => {
		expect(insert("- Intro|", { flavor: "obsidian" })).toBe("- Intro\n\n## Who pays the most?\n|");
	});
});
