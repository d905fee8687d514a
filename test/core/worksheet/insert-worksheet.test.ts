import fc from "fast-check";
import { parseProfile } from "../../../src/core/profile/parse";
import { emptyProfile, type Profile } from "../../../src/core/profile/profile";
import { TemplateEngine } from "../../../src/core/templates/template-engine";
import { applyChanges } from "../../../src/core/text/text-change";
import { insertWorksheet, type WorksheetEdit } from "../../../src/core/worksheet/insert-worksheet";
import { marked } from "../../support/cursor";
import { fixture } from "../../support/fixtures";

const engine = new TemplateEngine();
const seed = parseProfile(fixture("logseq-seed-sales-strategy.md"));

/** A small profile whose worksheet is short enough to read whole in a test. */
function tiny(): Profile {
	const profile = emptyProfile("Pricing");
	profile.copilot.questions = ["Who pays?"];
	profile.tools = [{ name: "Ansoff Matrix", summary: "" }];
	return profile;
}
const TINY = "## Pricing\n\n### Who pays?\n_…_\n\n### Tools\n- [[Ansoff Matrix]]";

function insert(source: string, profile: Profile = tiny()): { edit: WorksheetEdit; after: string } {
	const { text, selection } = marked(source);
	const result = insertWorksheet(text, selection, profile, engine);
	if (!result.ok) throw new Error(result.error);
	return { edit: result.value, after: applyChanges(text, result.value.changes) };
}

describe("insertWorksheet", () => {
	it("fills an empty note with front matter naming the profile and the worksheet, ending on a fresh line", () => {
		const { after, edit } = insert("|");
		expect(after).toBe(`---\nprofiles:\n  - Pricing\n---\n${TINY}\n`);
		expect(edit.exit).toBe(after.length);
	});

	it("selects the first field's placeholder, and every field points at a placeholder in the new note", () => {
		const { after, edit } = insert("# Venture\n|", seed);
		expect(edit.fields).toHaveLength(12);
		for (const field of edit.fields) expect(after.slice(field.from, field.to)).toBe("_…_");
		expect(edit.selection).toEqual(edit.fields[0]);
		expect(after.slice(edit.at, edit.at + edit.text.length)).toBe(edit.text);
	});

	it("starts the worksheet below a paragraph the cursor ends, after a blank line", () => {
		const { after } = insert("---\nprofiles: []\n---\nWe rent tortoises.|\nMore text.");
		expect(after).toBe(`---\nprofiles: [Pricing]\n---\nWe rent tortoises.\n\n${TINY}\n\nMore text.`);
	});

	it("splits a line the cursor is in the middle of, keeping both halves", () => {
		const { after } = insert("---\nprofiles: [Pricing]\n---\nBefore |after");
		expect(after).toBe(`---\nprofiles: [Pricing]\n---\nBefore\n\n${TINY}\n\nafter`);
	});

	it("replaces the selection", () => {
		const { after } = insert("---\nprofiles: [Pricing]\n---\nKeep «this draft» please");
		expect(after).toBe(`---\nprofiles: [Pricing]\n---\nKeep\n\n${TINY}\n\nplease`);
	});

	it("does not leave a second line end when the note already ends with one", () => {
		const { after, edit } = insert("---\nprofiles: [Pricing]\n---\nLast line|\n");
		expect(after).toBe(`---\nprofiles: [Pricing]\n---\nLast line\n\n${TINY}\n`);
		expect(edit.exit).toBe(after.length);
	});

	it("replaces a selection of whole lines, one blank line on either side", () => {
		const { after } = insert("---\nprofiles: [Pricing]\n---\n# Title\n«old line one\nold line two»\n\nNext.");
		expect(after).toBe(`---\nprofiles: [Pricing]\n---\n# Title\n\n${TINY}\n\nNext.`);
	});

	it("inserts below the properties when the cursor is inside them", () => {
		const { after } = insert("---\nstatus: dra|ft\n---\nBody.");
		expect(after).toBe(`---\nstatus: draft\nprofiles:\n  - Pricing\n---\n${TINY}\n\nBody.`);
	});

	it("refuses a selection that covers the note's properties, and says why", () => {
		const { text, selection } = marked("---\nstatus: «draft\n---\nBo»dy.");
		const result = insertWorksheet(text, selection, tiny(), engine);
		expect(result).toEqual({ ok: false, error: expect.stringContaining("covers the note's properties") as unknown });
	});

	it("refuses a note whose front matter is never closed, instead of guessing", () => {
		const result = insertWorksheet("---\ntitle: x\nBody", { anchor: 16, head: 16 }, tiny(), engine);
		expect(result).toEqual({ ok: false, error: expect.stringContaining("never closed") as unknown });
	});

	it("refuses front matter it cannot read, saying on which line, and changes nothing (issue 13, item 3)", () => {
		const result = insertWorksheet("---\nprofiles: [Sales strategy\n---\nBody", { anchor: 40, head: 40 }, tiny(), engine);
		expect(result).toEqual({
			ok: false,
			error: 'The front matter cannot be read on line 2: the list of "profiles" opens with [ but is never closed with ]. The profile could not be recorded in it, and nothing was changed. Correct line 2, then try again.',
		});
	});

	it("refuses a profile without a name", () => {
		const result = insertWorksheet("", { anchor: 0, head: 0 }, emptyProfile(""), engine);
		expect(result.ok).toBe(false);
	});

	it("writes nothing when the template is broken", () => {
		const result = insertWorksheet("Note", { anchor: 4, head: 4 }, tiny(), engine, { source: "{{#if}}", path: "broken.hbs" });
		expect(result).toEqual({ ok: false, error: expect.stringMatching(/^The worksheet template "broken.hbs" has an error on line 1/) as unknown });
	});

	it("records a profile in a Logseq page's properties and inserts below them", () => {
		const page = fixture("logseq-venture-page-properties.md");
		const { after } = insert(`${page.slice(0, 20)}|${page.slice(20)}`);
		const lines = after.split("\n");
		expect(lines.slice(0, 5)).toEqual(["title:: Exotic Pet Rental", "alias:: pet rental", "profiles:: [[Pricing strategy]], [[Pricing]]", "", "## Pricing"]);
		expect(after.endsWith("- [[Ansoff Matrix]]\n\n- Exotic Pet Rental lends unusual animals for a weekend or a week.\n- Families, schools and photographers rent them.\n")).toBe(true);
	});

	it("does not record a profile twice when the note already names it", () => {
		const { edit } = insert("---\nprofiles:\n  - pricing\n---\n|");
		expect(edit.changes).toHaveLength(1);
	});

	it("keeps a CRLF note's line ends in the front matter it writes", () => {
		const { after } = insert("---\r\nstatus: x\r\n---\r\n|");
		expect(after.startsWith("---\r\nstatus: x\r\nprofiles:\r\n  - Pricing\r\n---\r\n## Pricing")).toBe(true);
	});

	it("finds every field after the changes even when the metadata edit lengthens the note before them", () => {
		const { after, edit } = insert("---\nprofiles:\n  - A\n  - B\n---\nText|");
		expect(after.slice(edit.fields[0].from, edit.fields[0].to)).toBe("_…_");
		expect(after.slice(0, edit.at)).toBe("---\nprofiles:\n  - A\n  - B\n  - Pricing\n---\nText");
	});

	it("keeps the worksheet apart from Logseq properties that end in white space with no line end", () => {
		for (const text of ["title:: t ", "title:: t\t"]) {
			const result = insertWorksheet(text, { anchor: 0, head: 0 }, seed, engine);
			expect(result.ok).toBe(true);
			if (!result.ok) continue;
			const after = applyChanges(text, result.value.changes);
			expect(after.startsWith("title:: t")).toBe(true);
			expect(after).toContain("profiles:: [[Sales strategy]]");
			for (const field of result.value.fields) expect(after.slice(field.from, field.to)).toBe("_…_");
		}
	});

	it("never throws on any note and selection, and either refuses or leaves every field on a placeholder", () => {
		const piece = fc.constantFrom("---", "\n", "\r\n", "profiles:", " - a", "[x]", "title:: t", "# H", "text", "\t", " ", "_…_", "\u0000", "üîç", "```");
		const note = fc.array(piece, { maxLength: 25 }).map((pieces) => pieces.join(""));
		fc.assert(
			fc.property(note, fc.nat(), fc.nat(), (text, a, b) => {
				const selection = { anchor: a % (text.length + 1), head: b % (text.length + 1) };
				const result = insertWorksheet(text, selection, seed, engine);
				if (!result.ok) return;
				const after = applyChanges(text, result.value.changes);
				for (const field of result.value.fields) expect(after.slice(field.from, field.to)).toBe("_…_");
				expect(after.slice(result.value.at, result.value.at + result.value.text.length)).toBe(result.value.text);
			}),
			{ numRuns: 400 },
		);
	});

	it("never splits an emoji: a cursor inside a surrogate pair inserts after the whole character", () => {
		const note = "Launch 🚀 soon";
		const inside = note.indexOf("🚀") + 1;
		const result = insertWorksheet(note, { anchor: inside, head: inside }, tiny(), engine);
		if (!result.ok) throw new Error(result.error);
		const after = applyChanges(note, result.value.changes);
		expect(after).toBe(`---\nprofiles:\n  - Pricing\n---\nLaunch 🚀\n\n${TINY}\n\nsoon`);
		expect(after).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
	});

	it("widens a selection whose ends fall inside emojis to the whole characters", () => {
		const note = "a 🚀b🎉 c";
		const result = insertWorksheet(note, { anchor: note.indexOf("🚀") + 1, head: note.indexOf("🎉") + 1 }, tiny(), engine);
		if (!result.ok) throw new Error(result.error);
		const after = applyChanges(note, result.value.changes);
		expect(after).toBe(`---\nprofiles:\n  - Pricing\n---\na\n\n${TINY}\n\nc`);
		const backwards = insertWorksheet(note, { anchor: note.indexOf("🎉") + 1, head: note.indexOf("🚀") + 1 }, tiny(), engine);
		expect(backwards.ok && applyChanges(note, backwards.value.changes)).toBe(after);
	});

	it("moves no cursor next to a lone half of a pair, which is no character to keep whole", () => {
		for (const note of ["a\uD83Dxy", "ax\uDE80y"]) {
			const result = insertWorksheet(note, { anchor: 2, head: 2 }, tiny(), engine);
			if (!result.ok) throw new Error(result.error);
			expect(applyChanges(note, result.value.changes)).toBe(`---\nprofiles:\n  - Pricing\n---\n${note.slice(0, 2)}\n\n${TINY}\n\n${note.slice(2)}`);
		}
	});
});
