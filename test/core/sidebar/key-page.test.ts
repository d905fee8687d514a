import { readKeyPage } from "../../../src/core/sidebar";

describe("readKeyPage", () => {
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
			questions: [
				"What do customers pay for the same job today?",
				"Which price feels like a bargain?",
				"Which price feels too cheap to trust?",
			],
			weight: 35,
		});
	});

	it("reads the weight from front matter too, and has none when the page gives none", () => {
		expect(readKeyPage("---\nkey-weight: 20\n---\n- #question Why?").weight).toBe(20);
		expect(readKeyPage("- #question Why?")).toEqual({ questions: ["Why?"] });
		expect(readKeyPage("key-weight:: heavy\n- #question Why?")).toEqual({ questions: ["Why?"] });
	});

	it("takes the next line when the tag stands alone on its line", () => {
		expect(readKeyPage("- #question\n  What do rivals charge?").questions).toEqual(["What do rivals charge?"]);
	});

	it("does not mistake #questions, #questionnaire or a tag inside code for the tag", () => {
		const page = "- #questions Is this one?\n- #questionnaire Nor this?\n```\n- #question In code?\n```\n- #question Yes?";
		expect(readKeyPage(page).questions).toEqual(["Yes?"]);
	});

	it("lists a question once however often it is tagged, and repairs mojibake", () => {
		const page = "- #question What‚Äôs the price?\n- #question What’s the price\n- #question what’s THE price?";
		expect(readKeyPage(page).questions).toEqual(["What’s the price?"]);
	});

	it("returns nothing for an empty, binary or untagged page without throwing", () => {
		expect(readKeyPage("")).toEqual({ questions: [] });
		expect(readKeyPage("\0\u0001\uFFFD#question")).toEqual({ questions: [] });
		expect(readKeyPage("# Costs\nJust text.")).toEqual({ questions: [] });
	});
});
