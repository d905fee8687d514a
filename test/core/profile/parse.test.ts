import { parseProfile } from "../../../src/core/profile/parse";
import { fixture } from "../../support/fixtures";

describe("parseProfile on the seed (a real Logseq export with mojibake)", () => {
	const profile = parseProfile(fixture("logseq-seed-sales-strategy.md"));

	it("reads the namespace and name from the page title", () => {
		expect(profile.namespace).toBe("profile");
		expect(profile.name).toBe("Sales strategy");
	});

	it("reads the definition and content type", () => {
		expect(profile.definition).toBe(
			"the identification and targeting of specific customer groups with tailored sales approaches within a business model.",
		);
		expect(profile.contentType).toBe("text");
	});

	it("splits the copilot prompt from its five questions", () => {
		expect(profile.copilot.prompt).toMatch(/^If profile id___sales strategy is defined as :the identification/);
		expect(profile.copilot.prompt).toMatch(/What could it be\?$/);
		expect(profile.copilot.questions).toHaveLength(5);
		expect(profile.copilot.questions[0]).toBe("How do we identify and categorize our stakeholders in order to map out their journey?");
		expect(profile.copilot.questions[4]).toBe(
			"How can we measure and track the satisfaction and loyalty of our stakeholders throughout their journey with our business?",
		);
		for (const question of profile.copilot.questions) expect(question.endsWith("?")).toBe(true);
	});

	it("keeps the description's four paragraphs", () => {
		const paragraphs = profile.description.split("\n\n");
		expect(paragraphs).toHaveLength(4);
		expect(paragraphs[0]).toMatch(/^In business modeling, the concept of "profile\/sales strategy"/);
		expect(paragraphs[3]).toMatch(/higher sales performance\.$/);
	});

	it("reads all five examples with their Markdown bodies", () => {
		expect(profile.examples.map((example) => example.title)).toEqual([
			"Space X",
			"vein visualizer",
			"extinguished animals meat",
			"Exotic Pet Rental",
			"Underwater restaurant",
		]);
		expect(profile.examples[0].body).toMatch(/^Demonstrate Reliability and Track Record\nSpace X should highlight/);
		expect(profile.examples[0].body.split("\n\n")).toHaveLength(7);
		expect(profile.examples[4].body).toBe(
			"- Identify target customer segments\n- Develop customer profiles\n- Customize sales approaches\n- Leverage data and analytics\n- Build relationships and trust",
		);
	});

	it("reads all seven tools with their summaries, names repaired", () => {
		expect(profile.tools.map((tool) => tool.name)).toEqual([
			"Business Model Canvas",
			"Value Proposition Canvas",
			"Blue Ocean Strategy",
			"Ansoff Matrix",
			"Porter’s Five Forces",
			"Customer Persona",
			"Customer Journey Map",
		]);
		expect(profile.tools[0].summary).toMatch(/^In the Business Model Canvas, "Customer Segments" and "Channels"/);
		for (const tool of profile.tools) expect(tool.summary.length).toBeGreaterThan(100);
	});

	it("has empty keys and topics, no unknown sections and no warnings", () => {
		expect(profile.keys).toEqual([]);
		expect(profile.topics).toEqual([]);
		expect(profile.sections).toEqual([]);
		expect(profile.warnings).toEqual([]);
	});
});

describe("parseProfile on pages as real Logseq graphs hold them", () => {
	const profile = parseProfile(fixture("logseq-graph-pricing-tabs-properties-embeds.md"));

	it("takes the name from the title:: page property", () => {
		expect(profile.namespace).toBe("profile");
		expect(profile.name).toBe("pricing strategy");
	});

	it("reads tab-indented blocks and the content class in parentheses", () => {
		expect(profile.definition).toBe("how a venture sets and changes the prices it charges for what it offers.");
		expect(profile.contentType).toBe("list");
		expect(profile.contentClass).toBe("goal");
	});

	it("reads #key items as the linked page, with their block-property weights", () => {
		expect(profile.keys).toEqual(["Willingness to pay", "Cost structure", "Competitor prices"]);
		expect(profile.keyWeights).toEqual({ "Willingness to pay": 35, "Cost structure": 20 });
	});

	it("keeps embed macros of examples as written", () => {
		expect(profile.examples).toEqual([
			{ title: "Space X", body: "{{embed [[Space X/pricing]]}}" },
			{ title: "Exotic Pet Rental", body: "{{embed [[Exotic Pet Rental/pricing]]}}" },
		]);
	});

	it("reads topics, tools with and without summaries, and keeps an unknown section", () => {
		expect(profile.topics).toEqual(["[[Revenue streams]]", "[[Value proposition]]"]);
		expect(profile.tools).toEqual([
			{ name: "Van Westendorp Price Sensitivity Meter", summary: "Four questions that find the range of prices customers find acceptable." },
			{ name: "Porter’s Five Forces", summary: "" },
		]);
		expect(profile.sections).toEqual([{ heading: "🎯 Goals", body: "- Price for the value, not the cost." }]);
		expect(profile.copilot.questions).toEqual([
			"What do customers already pay for the job today?",
			"Which price would make the offer a bargain?",
		]);
		expect(profile.description).toBe("Pricing turns value into revenue.\n\nIt sits between *value proposition* and **revenue streams**.");
		expect(profile.warnings).toEqual([]);
	});
});

describe("parseProfile on an Obsidian page", () => {
	const profile = parseProfile(fixture("obsidian-channel-strategy-crlf.md"));

	it("reads plain headings without emoji, front matter and CRLF line ends", () => {
		expect(profile.name).toBe("Channel strategy");
		expect(profile.namespace).toBe("profile");
		expect(profile.definition).toBe("How a venture reaches its customers.");
		expect(profile.keys).toEqual(["Reach"]);
		expect(profile.copilot).toEqual({
			prompt: "What could it be?",
			questions: ["Where do our customers look for offers like ours?", "Which channel costs least per customer won?"],
		});
		expect(profile.warnings).toEqual([]);
	});

	it("does not cut a section at a heading inside fenced code", () => {
		expect(profile.description).toBe("Channels carry the value proposition to the customer.\n\n```md\n## Not a section\n```");
	});

	it("reads a summary written on the tool's own line, and keeps unknown sections", () => {
		expect(profile.tools).toEqual([{ name: "Business Model Canvas", summary: "the Channels block." }]);
		expect(profile.sections).toEqual([{ heading: "Notes", body: "Own words here." }]);
		expect(profile.topics).toEqual(["Distribution"]);
	});
});

describe("parseProfile on text that is not a profile", () => {
	it("says an empty page is empty", () => {
		expect(parseProfile("").warnings).toEqual(["The page is empty."]);
	});

	it("names each missing section and keeps the text it could not place", () => {
		const profile = parseProfile("Just a thought about pricing.");
		expect(profile.sections).toEqual([{ heading: "", body: "Just a thought about pricing." }]);
		expect(profile.warnings).toContain('No "Definition" section was found.');
		expect(profile.warnings).toContain('No "Tools" section was found.');
	});

	it("warns about an unclosed front matter block and a repeated section", () => {
		const profile = parseProfile("---\ntype: profile\n# Name\n## Definition\none\n## Definition\ntwo\n");
		expect(profile.warnings.some((w) => w.includes("front matter"))).toBe(true);
		expect(profile.warnings.some((w) => w.includes("appears twice"))).toBe(true);
		expect(profile.definition).toBe("one\n\ntwo");
	});

	it("warns about a question without a question mark, and keeps it", () => {
		const profile = parseProfile("# X\n## innCoPilot\nWhat could it be?\n- Tell me about pricing\n");
		expect(profile.copilot.questions).toEqual(["Tell me about pricing"]);
		expect(profile.warnings.some((w) => w.includes("does not end with a question mark"))).toBe(true);
	});

	it("skips NUL bytes and says so", () => {
		const profile = parseProfile("# Bin\u0000ary\n## Definition\nok\u0000\n");
		expect(profile.name).toBe("Binary");
		expect(profile.definition).toBe("ok");
		expect(profile.warnings.some((w) => w.includes("NUL"))).toBe(true);
	});
});
