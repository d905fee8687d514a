import { bundledProfiles } from "../../../src/core/library/profiles";
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
		const edit = insertQuestionEdit(VENTURE, missing.text, { cursor: { line: 0, ch: 0 }, profile: card.name, flavor: "auto" });
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
