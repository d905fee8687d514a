import { parseProfile } from "../../../src/core/profile/parse";
import { emptyProfile, type Profile } from "../../../src/core/profile/profile";
import { worksheetSteps } from "../../../src/core/worksheet/steps";
import { fixture } from "../../support/fixtures";

function withExamples(...bodies: string[]): Profile {
	const profile = emptyProfile("Test");
	profile.examples = bodies.map((body, index) => ({ title: `Venture ${index + 1}`, body }));
	return profile;
}

describe("worksheetSteps", () => {
	it("derives the seed's seven shared steps, in order, from the examples that list them", () => {
		expect(worksheetSteps(parseProfile(fixture("logseq-seed-sales-strategy.md")))).toEqual([
			"Identify target customer segments",
			"Develop customer profiles",
			"Customize sales approaches",
			"Leverage data and analytics",
			"Build relationships and trust",
			"Provide ongoing support",
			"Continuously adapt and improve",
		]);
	});

	it("leaves out the lead lines only one example has (the seed's Space X paragraphs)", () => {
		const steps = worksheetSteps(parseProfile(fixture("logseq-seed-sales-strategy.md")));
		expect(steps).not.toContain("Demonstrate Reliability and Track Record");
		expect(steps.join(" ").toLowerCase()).not.toContain("reliability");
	});

	it("reads bold leads, colon leads and headings alike, skips code blocks, and orders steps as the examples do", () => {
		expect(worksheetSteps(parseProfile(fixture("obsidian-pricing-examples-bold-leads.md")))).toEqual([
			"Map the value",
			"Study competitor prices",
			"Choose a pricing model",
			"Test the price",
		]);
	});

	it("takes no step from fenced code, a fence never closed hiding the rest of its example", () => {
		const profile = withExamples("- Alpha\n```\n- Hidden\n```\n- Beta", "- Alpha\n- Beta\n~~~\n- Hidden");
		expect(worksheetSteps(profile)).toEqual(["Alpha", "Beta"]);
	});

	it("finds no steps when no two examples share one", () => {
		expect(worksheetSteps(parseProfile(fixture("logseq-graph-pricing-tabs-properties-embeds.md")))).toEqual([]);
		expect(worksheetSteps(parseProfile(fixture("obsidian-channel-strategy-crlf.md")))).toEqual([]);
		expect(worksheetSteps(withExamples("- Plan the launch: soon.\n- Hire a keeper: now."))).toEqual([]);
		expect(worksheetSteps(emptyProfile("Nothing"))).toEqual([]);
	});

	it("counts a step once per example, however often that example repeats it", () => {
		expect(worksheetSteps(withExamples("- Plan: a\n- Plan: b", "- Hire: c"))).toEqual([]);
	});

	it("merges the order of examples that each list only some of the steps", () => {
		const profile = withExamples("- Alpha\n- Beta\n- Delta", "- Alpha\n- Gamma\n- Delta", "- Beta\n- Gamma");
		expect(worksheetSteps(profile)).toEqual(["Alpha", "Beta", "Gamma", "Delta"]);
	});

	it("turns steps only written In Title Case into sentence case, keeping names the profile capitalises mid-sentence", () => {
		const profile = withExamples(
			"- Map the value: first.\n- Review Prices With Acme Research: every term.",
			"- Map the Value: again.\n- Review Prices With Acme Research: each term.",
		);
		profile.description = "We ask Acme Research for benchmarks.";
		expect(worksheetSteps(profile)).toEqual(["Map the value", "Review prices with Acme Research"]);
	});

	it("keeps Title Case when that is how every step is written", () => {
		const profile = withExamples("- Map The Value: a\n- Test The Price: b", "- Map The Value: c\n- Test The Price: d");
		expect(worksheetSteps(profile)).toEqual(["Map The Value", "Test The Price"]);
	});

	it("ignores long sentences, embeds and empty bodies rather than making them steps", () => {
		const long = "This sentence is far too long to be a step because it goes on and on about the customer and what they might want.";
		const profile = withExamples(`- ${long}\n- {{embed [[A]]}}`, `- ${long}\n- {{embed [[A]]}}`, "");
		expect(worksheetSteps(profile)).toEqual([]);
	});
});
