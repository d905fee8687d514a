import { parseProfile } from "../../../src/core/profile/parse";
import {
	buildSidebarModel,
	cardQuestions,
	profilesOfNote,
	progressText,
	readKeyPage,
	scanNote,
	sidebarViewKey,
	type AppliedProfile,
	type KeyPage,
	type SidebarModel,
} from "../../../src/core/sidebar";

const PRICING = [
	"---",
	"type: profile",
	"---",
	"# Pricing",
	"## Definition",
	"How a venture sets its prices.",
	"## Keys",
	"- [[Cost structure]]",
	"- [[Willingness to pay]]",
	"  key-weight:: 35",
	"- [[Competitor prices]]",
	"- [[Rivals]]",
	"  key-weight:: 10",
	"## innCoPilot",
	"- What do customers pay today?",
	"- Which price is a bargain?",
].join("\n");
const pricing: AppliedProfile = { profile: parseProfile(PRICING), path: "Profiles/Pricing.md", reason: "linked" };
const keyPages = new Map<string, KeyPage>([
	["cost structure", readKeyPage("key-weight:: 20\n- #question What does one rental cost us?")],
	["willingness to pay", readKeyPage("key-weight:: 5\n- #question Who pays the most?\n- #question Which price is a bargain?")],
	["competitor prices", readKeyPage("- #question What do rivals charge?")],
	["rivals", readKeyPage("- Nothing tagged here.")],
]);

function model(note: string, applied: AppliedProfile[] = [pricing], pages = keyPages): SidebarModel {
	return buildSidebarModel({ scan: scanNote(note), path: "Ventures/Pets.md", applied, keyPages: pages });
}

describe("buildSidebarModel", () => {
	it("shows the profile's name and definition", () => {
		expect(model("").cards[0]).toMatchObject({ name: "Pricing", definition: "How a venture sets its prices.", path: "Profiles/Pricing.md" });
	});

	it("lists the profile's own questions first, then each key's under its name, heaviest key first", () => {
		const groups = model("").cards[0].groups.map((group) => [group.title, group.weight, group.questions.map((q) => q.text)]);
		expect(groups).toEqual([
			["Copilot questions", undefined, ["What do customers pay today?", "Which price is a bargain?"]],
			["Willingness to pay", 35, ["Who pays the most?"]],
			["Cost structure", 20, ["What does one rental cost us?"]],
			["Competitor prices", undefined, ["What do rivals charge?"]],
		]);
	});

	it("lets the profile's key-weight win over the key page's own, and orders unweighted keys as listed", () => {
		const light: AppliedProfile = { ...pricing, profile: { ...pricing.profile, keyWeights: { "Cost structure": 1 } } };
		const titles = model("", [light]).cards[0].groups.map((group) => `${group.title}:${group.weight ?? "-"}`);
		expect(titles).toEqual(["Copilot questions:-", "Willingness to pay:5", "Cost structure:1", "Competitor prices:-"]);
	});

	it("keeps keys of equal weight, and unweighted keys, in the order the profile lists them", () => {
		const keys = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"];
		const listed: AppliedProfile = { ...pricing, profile: { ...pricing.profile, keys, keyWeights: { Beta: 5, Delta: 5, Epsilon: 7 } } };
		const pages = new Map(keys.map((key) => [key.toLowerCase(), readKeyPage(`- #question What about ${key}?`)]));
		const titles = model("", [listed], pages).cards[0].groups.map((group) => `${group.title}:${group.weight ?? "-"}`);
		expect(titles).toEqual(["Copilot questions:-", "Epsilon:7", "Beta:5", "Delta:5", "Alpha:-", "Gamma:-"]);
	});

	it("shows no key groups when the key pages are not in the vault", () => {
		expect(model("", [pricing], new Map()).cards[0].groups.map((group) => group.title)).toEqual(["Copilot questions"]);
	});

	it("marks each question answered or not and counts the progress", () => {
		const card = model("## What do customers pay today?\n40 € a weekend.\n\n## Who pays the most?\n\n**What do rivals charge?** 55 €").cards[0];
		expect(cardQuestions(card).map((q) => [q.text, q.answered])).toEqual([
			["What do customers pay today?", true],
			["Which price is a bargain?", false],
			["Who pays the most?", false],
			["What does one rental cost us?", false],
			["What do rivals charge?", true],
		]);
		expect([card.answered, card.total, progressText(card)]).toEqual([2, 5, "2 of 5 answered"]);
	});

	it("gives each question asked in the note its place and its answer's place, and none to the others", () => {
		const questions = cardQuestions(model("# Pets\n## What do customers pay today?\n- 40 €").cards[0]);
		expect(questions[0]).toMatchObject({ at: { line: 1, ch: 31 }, answerAt: { line: 2, ch: 2 } });
		expect(questions[1]).toMatchObject({ at: null, answerAt: null });
	});

	it("counts a profile page's questions without progress, as nothing is answered on the profile's own page", () => {
		expect(progressText({ answered: 0, total: 5, reason: "page" })).toBe("5 guiding questions");
		expect(progressText({ answered: 0, total: 1, reason: "page" })).toBe("1 guiding question");
	});

	it("says when a profile has no questions", () => {
		const bare: AppliedProfile = { profile: parseProfile("# Bare\n## Definition\nx"), path: null, reason: "linked" };
		expect(progressText(model("", [bare]).cards[0])).toBe("No questions yet");
	});

	it("passes on the recorded names that match no profile", () => {
		const built = buildSidebarModel({ scan: scanNote(""), path: "a.md", applied: [], missing: ["Growth"] });
		expect(built).toEqual({ path: "a.md", cards: [], missing: ["Growth"], problems: [] });
	});

	it("says the front matter cannot be read, and on which line, instead of naming a profile nobody wrote (issue 13, item 3)", () => {
		const text = "---\ntype: venture\nprofiles: [Sales strategy\n---\n# Pets";
		const scan = scanNote(text);
		const lookup = { byName: () => undefined, byPath: () => undefined };
		const { applied, missing } = profilesOfNote(scan, "Ventures/Pets.md", lookup, () => null);
		const built = buildSidebarModel({ scan, path: "Ventures/Pets.md", applied, missing });
		expect(built.missing).toEqual([]);
		expect(built.problems).toEqual([
			'The front matter cannot be read on line 3: the list of "profiles" opens with [ but is never closed with ]. The profiles it records cannot be read until it is corrected; the note was not changed.',
		]);
	});

	it("lists a profile page's empty and missing sections, each empty one with the end of its heading to jump to", () => {
		const page = "# Pricing\n## Definition\nx\n## Keys\n\n## innCoPilot\n- Why?\n## Topics\n";
		const card = buildSidebarModel({
			scan: scanNote(page),
			path: "Profiles/Pricing.md",
			applied: [{ profile: parseProfile(page), path: "Profiles/Pricing.md", reason: "page" }],
		}).cards[0];
		expect(card.emptySections).toEqual([
			{ title: "Keys", at: { line: 3, ch: 7 } },
			{ title: "Topics", at: { line: 7, ch: 9 } },
		]);
		expect(card.missingSections).toEqual(["Content type", "Description", "Examples", "Tools"]);
	});

	it("counts the questions a venture note lists as asked, but not the ones a profile page lists as its own", () => {
		const listed = "### Questions\n- What do customers pay today?\n  - 40 €\n- Which price is a bargain?";
		expect(cardQuestions(model(listed).cards[0]).map((q) => [q.answered, q.at !== null])).toEqual([
			[true, true],
			[false, true],
			[false, false],
			[false, false],
			[false, false],
		]);
		const page = buildSidebarModel({ scan: scanNote(PRICING), path: "Profiles/Pricing.md", applied: [{ ...pricing, reason: "page" }], keyPages });
		expect(cardQuestions(page.cards[0]).every((q) => q.at === null)).toBe(true);
	});

	it("lists no sections for a note that is not the profile's page", () => {
		expect(model("").cards[0]).toMatchObject({ emptySections: [], missingSections: [] });
	});
});

describe("sidebarViewKey, as the model changes", () => {
	const note = "## What do customers pay today?\n40 €";
	const viewKeyOf = (shown: SidebarModel) => sidebarViewKey({ note: { path: shown.path }, pinned: false, canInsertTemplate: true, model: shown });

	it("stays the same when typing only moves the answers", () => {
		expect(viewKeyOf(model("# Pets\n\n\n" + note + " and more"))).toBe(viewKeyOf(model(note)));
	});

	it("changes when a question flips to answered", () => {
		expect(viewKeyOf(model(note))).not.toBe(viewKeyOf(model("## What do customers pay today?\n")));
	});

	it("changes when the note starts asking a question, though it is not answered yet", () => {
		expect(viewKeyOf(model("## Who pays the most?\n"))).not.toBe(viewKeyOf(model("# Pets\n")));
	});

	it("changes when an empty section's place is unchanged but the section gets filled", () => {
		const page = (text: string) =>
			viewKeyOf(buildSidebarModel({ scan: scanNote(text), path: "p.md", applied: [{ profile: parseProfile(text), path: "p.md", reason: "page" }] }));
		expect(page("# P\n## Definition\nx\n## Keys\n")).not.toBe(page("# P\n## Definition\nx\n## Keys\n- [[Costs]]"));
	});

	it("changes when the profile's definition changes", () => {
		const edited: AppliedProfile = { ...pricing, profile: { ...pricing.profile, definition: "Something else." } };
		expect(viewKeyOf(model(note, [edited]))).not.toBe(viewKeyOf(model(note)));
	});
});

describe("sidebarViewKey", () => {
	const shown = { note: { path: "Ventures/Pets.md" }, pinned: false, canInsertTemplate: true, model: model("# Pets") };

	it("stays the same when only positions in the note move", () => {
		expect(sidebarViewKey({ ...shown, model: model("\n\n# Pets") })).toBe(sidebarViewKey(shown));
	});

	it("changes with the note shown, the pin, the template button and the model", () => {
		const keys = [
			shown,
			{ ...shown, note: { path: "Ventures/Taxi.md" } },
			{ ...shown, note: null },
			{ ...shown, pinned: true },
			{ ...shown, canInsertTemplate: false },
			{ ...shown, model: null },
			{ ...shown, model: model("## Who pays the most?\n") },
		].map(sidebarViewKey);
		expect(new Set(keys).size).toBe(keys.length);
	});
});
