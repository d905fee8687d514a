import { bundledProfiles } from "../../../src/core/library/profiles";
import { parseProfile } from "../../../src/core/profile/parse";
import { TemplateEngine } from "../../../src/core/templates/template-engine";
import { applyChanges } from "../../../src/core/text/text-change";
import { findFields } from "../../../src/core/worksheet/find-fields";
import { insertWorksheet } from "../../../src/core/worksheet/insert-worksheet";
import { buildSidebarModel, cardQuestions, insertQuestionEdit, profilesOfNote, progressText, questionOnPage, scanNote } from "../../../src/core/sidebar";
import { applyEdit } from "../../support/cursor-text";
import { fixture } from "../../support/fixtures";
import { memoryVault } from "../../support/profile-lookup";

const SEED = fixture("logseq-seed-sales-strategy.md");
const VENTURE = fixture("obsidian-venture-answers-sales-strategy.md");
const vault = memoryVault({ "Profiles/Sales strategy.md": SEED, "Ventures/Exotic Pet Rental.md": VENTURE, "Tools/Business Model Canvas.md": "# BMC" });

function sidebar(text: string, path: string) {
	const scan = scanNote(text);
	const { applied, missing } = profilesOfNote(scan, path, vault.lookup, vault.resolve);
	return buildSidebarModel({ scan, path, applied, missing });
}

describe("the sidebar on the seed profile page (a real Logseq export with mojibake)", () => {
	const model = sidebar(SEED, "Profiles/Sales strategy.md");
	const card = model.cards[0];
	const lines = SEED.split("\n");

	it("shows the page's own profile with its name, definition and five questions, none counted as asked on its own page", () => {
		expect(model.cards).toHaveLength(1);
		expect(card).toMatchObject({ name: "Sales strategy", reason: "page", answered: 0, total: 5 });
		expect(card.definition).toMatch(/^the identification and targeting of specific customer groups/);
		expect(progressText(card)).toBe("5 guiding questions");
	});

	it("lists Keys and Topics as the empty sections, each jumping to the end of its mojibake heading", () => {
		expect(card.emptySections.map((section) => section.title)).toEqual(["Keys", "Topics"]);
		for (const section of card.emptySections) {
			expect(lines[section.at.line]).toMatch(new RegExp(`^- ## .* ${section.title}\\s*$`));
			expect(section.at.ch).toBe(lines[section.at.line].length);
		}
		expect(card.missingSections).toEqual([]);
	});

	it("finds each question where the page lists it, the first one on the prompt's line, to jump there", () => {
		const scan = scanNote(SEED);
		for (const question of cardQuestions(card)) {
			const at = questionOnPage(scan, question.text, null);
			expect(at).not.toBeNull();
			expect(lines[at!.line].slice(at!.ch)).toMatch(new RegExp(`^${question.text.replace(/[?.]/g, "\\$&").slice(0, 30)}`));
		}
	});

	it("does not treat the tools the page links to as profiles of the page", () => {
		expect(model.cards.map((each) => each.name)).toEqual(["Sales strategy"]);
	});
});

describe("the sidebar on a venture note that records the seed's profile and answers some of its questions", () => {
	const model = sidebar(VENTURE, "Ventures/Exotic Pet Rental.md");
	const card = model.cards[0];

	it("shows the recorded profile once, though the note links to a tool page too", () => {
		expect(model.cards.map((each) => `${each.name} (${each.reason})`)).toEqual(["Sales strategy (recorded)"]);
	});

	it("marks the two questions with text under them answered, and the empty field, comment and missing one not", () => {
		expect(cardQuestions(card).map((question) => question.answered)).toEqual([true, false, true, false, false]);
		expect(progressText(card)).toBe("2 of 5 answered");
	});

	it("inserts a missing question at the end of the note's Sales strategy section, cursor in its field", () => {
		const missing = cardQuestions(card)[4];
		const edit = insertQuestionEdit(VENTURE, missing.text, { profile: card.name, flavor: "auto" });
		const after = applyEdit(VENTURE, edit);
		expect(after).toContain(`%% write the answer here %%\n\n### ${missing.text}\n|\n\n## Costs`);
		const updated = sidebar(after.replace("|", "Loyalty card and a yearly survey."), "Ventures/Exotic Pet Rental.md").cards[0];
		expect(progressText(updated)).toBe("3 of 5 answered");
	});
});

describe("the sidebar on a note that links to a bundled profile only", () => {
	it("shows the bundled profile when the vault has no page of that name", () => {
		const bare = memoryVault({}, bundledProfiles().map((profile) => ({ profile, path: null })));
		const note = "# Pets\nWe follow [[Sales strategy]].";
		const scan = scanNote(note);
		const { applied } = profilesOfNote(scan, "Pets.md", bare.lookup, bare.resolve);
		expect(buildSidebarModel({ scan, path: "Pets.md", applied }).cards.map((card) => [card.name, card.path, card.total])).toEqual([
			["Sales strategy", null, 5],
		]);
	});
});

describe("the sidebar on a venture with the seed's worksheet (issue 15, item 2)", () => {
	const engine = new TemplateEngine();
	const start = "# Exotic Pet Rental\n\nWe rent animals by the week.\n";
	const inserted = insertWorksheet(start, { anchor: start.length, head: start.length }, parseProfile(SEED), engine);
	if (!inserted.ok) throw new Error(inserted.error);
	const worksheet = applyChanges(start, inserted.value.changes);

	/** The note with every field the worksheet left filled with `answer`, last field first so earlier offsets hold. */
	function filled(text: string, answer: (index: number) => string): string {
		return findFields(text).reduceRight((note, field, index) => note.slice(0, field.from) + answer(index) + note.slice(field.to), text);
	}

	it("counts nothing answered in a fresh worksheet, though it asks all five questions", () => {
		const card = sidebar(worksheet, "Ventures/Exotic Pet Rental.md").cards[0];
		expect(progressText(card)).toBe("0 of 5 answered");
		expect(cardQuestions(card).every((question) => question.at !== null && question.answerAt !== null)).toBe(true);
	});

	it("says 5 of 5 answered once every worksheet field is filled: the worksheet's question fields are the sidebar's questions", () => {
		const card = sidebar(filled(worksheet, (index) => `Answer ${index}.`), "Ventures/Exotic Pet Rental.md").cards[0];
		expect(progressText(card)).toBe("5 of 5 answered");
	});

	it("counts only the question fields that hold an answer", () => {
		const fields = findFields(worksheet);
		const lines = worksheet.split("\n");
		const lineOf = (offset: number) => worksheet.slice(0, offset).split("\n").length - 1;
		const firstQuestionField = fields.findIndex((field) => /^\s+- /.test(lines[lineOf(field.from)]));
		const card = sidebar(filled(worksheet, (index) => (index === firstQuestionField ? "Families, schools, photographers." : "_…_")), "Ventures/Exotic Pet Rental.md").cards[0];
		expect(progressText(card)).toBe("1 of 5 answered");
		expect(cardQuestions(card)[0].answered).toBe(true);
	});
});
