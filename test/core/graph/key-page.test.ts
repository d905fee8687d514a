import { readKeyPage } from "../../../src/core/graph/key-page";
import { fixture } from "../../support/graph-files";

describe("reading a key page", () => {
	it("reads the brief, the rating, the questions, the risks with both strategies and the TODOs", () => {
		const page = readKeyPage(fixture("graph-key-page-price-sensitivity.md"));
		expect(page.brief).toBe("How strongly demand falls when the price rises.");
		expect(page.weight).toBe(35);
		expect(page.questions).toEqual([
			"How much would a customer pay before walking away?",
			"Which cheaper alternative does the customer compare us with?",
		]);
		expect(page.risks).toEqual([
			{
				name: "Price war",
				text: "A rival cuts prices below what we can match.",
				mitigation: "Compete on a feature the rival cannot copy quickly.",
				contingency: "Retreat to the segment that values service over price.",
			},
		]);
		expect(page.todos).toEqual(["TODO Interview five stall visitors about their price limit", "TODO Compare three rival price lists"]);
	});

	it("gives empty lists for empty #Risks and #TODOs blocks", () => {
		const page = readKeyPage(fixture("graph-key-page-cost-floor.md"));
		expect(page.questions).toHaveLength(1);
		expect(page.risks).toEqual([]);
		expect(page.todos).toEqual([]);
	});

	it("collects the #question blocks of a Logseq key page in page order, tag removed", () => {
		const page = [
			"key-weight:: 35",
			"",
			"- Willingness to pay is what a customer would give up for the offer.",
			"- #question What do customers pay for the same job today?",
			"\t- Look at receipts.",
			"- Which price feels like a bargain? #question",
			"- #[[question]] Which price feels too cheap to trust?",
		].join("\n");
		expect(readKeyPage(page)).toEqual({
			brief: "",
			questions: ["What do customers pay for the same job today?", "Which price feels like a bargain?", "Which price feels too cheap to trust?"],
			weight: 35,
			risks: [],
			todos: [],
		});
	});

	it("reads the weight from innbok-key-rating, key-weight or weight, in page properties or front matter, and none when the page gives none", () => {
		expect(readKeyPage("---\nkey-weight: 20\n---\n- #question Why?").weight).toBe(20);
		expect(readKeyPage("weight:: 15\n- #question Why?").weight).toBe(15);
		expect(readKeyPage("innbok-key-rating:: 40\nkey-weight:: 10\n- #question Why?").weight).toBe(40);
		expect(readKeyPage("- #question Why?").weight).toBeUndefined();
		expect(readKeyPage("key-weight:: heavy\n- #question Why?").weight).toBeUndefined();
	});

	it("reads a whole multi-line #question block, and the next line when the tag stands alone", () => {
		expect(readKeyPage("- #question How much would a customer pay\n  before walking away?\n").questions).toEqual(["How much would a customer pay before walking away?"]);
		expect(readKeyPage("- #question\n  What do rivals charge?").questions).toEqual(["What do rivals charge?"]);
	});

	it("reads a #question block at any depth, also outside a #questions block, and tagged lines of an Obsidian key page", () => {
		expect(readKeyPage("- Demand\n\t- #question Who walks away first?\n").questions).toEqual(["Who walks away first?"]);
		const obsidian = "---\nkey-weight: 20\n---\n# Price sensitivity\n\nHow much would they pay? #question\n\n## Who else sells it? #question\n";
		expect(readKeyPage(obsidian).questions).toEqual(["How much would they pay?", "Who else sells it?"]);
	});

	it("does not mistake #questions, #questionnaire or a tag inside code for the tag", () => {
		const page = "- #questions Is this one?\n- #questionnaire Nor this?\n```\n- #question In code?\n```\n- #question Yes?";
		expect(readKeyPage(page).questions).toEqual(["Yes?"]);
	});

	it("lists a question once however often and however it is tagged, and repairs mojibake", () => {
		expect(readKeyPage("- #question Why now?\n- #questions\n\t- #question Why now?\n\t- #question Who else?\n").questions).toEqual(["Why now?", "Who else?"]);
		const page = "- #question What‚Äôs the price?\n- #question What’s the price\n- #question what’s THE price?";
		expect(readKeyPage(page).questions).toEqual(["What’s the price?"]);
	});

	it("reads empty, binary, untagged and huge pages without failing", () => {
		expect(readKeyPage("")).toEqual({ brief: "", questions: [], risks: [], todos: [] });
		expect(readKeyPage("\0\u0001\uFFFD#question").questions).toEqual([]);
		expect(readKeyPage("# Costs\nJust text.").questions).toEqual([]);
		const huge = `- #questions\n${"\t- #question Same again?\n".repeat(40000)}`;
		expect(readKeyPage(huge).questions).toEqual(["Same again?"]);
	});
});
