import { readGraphKeyPage } from "../../../src/core/graph/key-page";
import { fixture } from "../../support/graph-files";

describe("reading a graph key page", () => {
	it("reads the brief, the rating, the questions, the risks with both strategies and the TODOs", () => {
		const page = readGraphKeyPage(fixture("graph-key-page-price-sensitivity.md"));
		expect(page.brief).toBe("How strongly demand falls when the price rises.");
		expect(page.rating).toBe(35);
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
		const page = readGraphKeyPage(fixture("graph-key-page-cost-floor.md"));
		expect(page.questions).toHaveLength(1);
		expect(page.risks).toEqual([]);
		expect(page.todos).toEqual([]);
	});

	it("reads a #question outside a #questions block, each question once", () => {
		const page = readGraphKeyPage("- #question Why now?\n- #questions\n\t- #question Why now?\n\t- #question Who else?\n");
		expect(page.questions).toEqual(["Why now?", "Who else?"]);
	});

	it("reads empty, binary and huge pages without failing", () => {
		expect(readGraphKeyPage("").questions).toEqual([]);
		expect(readGraphKeyPage("\0\u0001").brief).toBe("");
		const huge = `- #questions\n${"\t- #question Same again?\n".repeat(40000)}`;
		expect(readGraphKeyPage(huge).questions).toEqual(["Same again?"]);
	});
});
