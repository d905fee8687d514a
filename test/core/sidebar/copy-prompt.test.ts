import { parseProfile } from "../../../src/core/profile/parse";
import { emptyProfile } from "../../../src/core/profile/profile";
import { copilotPrompt } from "../../../src/core/sidebar";
import { PROMPT_EXAMPLE_BUDGET, PROMPT_NOTE_LIMIT, type PromptNote } from "../../../src/core/sidebar/copy-prompt";
import { TemplateEngine } from "../../../src/core/templates/template-engine";
import { fixture } from "../../support/fixtures";

const engine = new TemplateEngine();
const seed = parseProfile(fixture("logseq-seed-sales-strategy.md"));

function rendered(note: string | PromptNote, profile = seed, questions = seed.copilot.questions) {
	const result = copilotPrompt(profile, questions, typeof note === "string" ? { text: note, name: "Tortoise Taxi" } : note, engine);
	if (!result.ok) throw new Error(result.error.message);
	return result.value;
}

function prompt(note: string | PromptNote, profile = seed, questions = seed.copilot.questions): string {
	return rendered(note, profile, questions).text;
}

/** The titles of the worked examples a prompt gives. */
function exampleTitles(text: string): string[] {
	return [...text.matchAll(/^Question: the (.*) business\. What could its sales strategy be\?\nAnswer:\n/gm)].map((m) => m[1]);
}

describe("copilotPrompt", () => {
	const text = prompt("---\nprofiles: [Sales strategy]\n---\n# Tortoise Taxi\n\nWe rent tortoises for the weekend.");

	it("opens with plain instructions worded from the profile's name and definition, never the page's raw prompt line", () => {
		expect(seed.copilot.prompt).toMatch(/^If profile id___sales strategy is defined as/);
		expect(text.split("\n")[0]).toBe("Help me work out the sales strategy of the business described at the end of this prompt.");
		expect(text).toContain(`The concept is "Sales strategy": ${seed.definition}`);
		expect(text).not.toContain("id___");
		expect(text).not.toContain("What could it be?");
	});

	it("gives every other example as a worked question and answer, in order", () => {
		expect(exampleTitles(text)).toEqual(["Space X", "vein visualizer", "extinguished animals meat", "Exotic Pet Rental", "Underwater restaurant"]);
		expect(text).toContain("Answer:\n- Identify target customer segments\n- Develop customer profiles\n");
	});

	it("leaves the current note out of the worked examples, matched by its file name, by its title and by its text", () => {
		const others = ["Space X", "vein visualizer", "extinguished animals meat", "Underwater restaurant"];
		expect(exampleTitles(prompt({ text: "We rent pets.", name: "exotic pet rental" }))).toEqual(others);
		expect(exampleTitles(prompt({ text: "# Exotic Pet Rental\nWe rent pets.", name: "Draft 3" }))).toEqual(others);
		const own = seed.examples.find((example) => example.title === "Exotic Pet Rental")!.body;
		expect(exampleTitles(prompt({ text: `# Our venture\n\n## Sales strategy\n${own.replace(/\n/g, "\n\n")}`, name: "Draft 3" }))).toEqual(others);
	});

	it("caps the note at its stated limit, cut at a line, and says it was trimmed", () => {
		const line = "We rent tortoises, axolotls and royal pythons by the week, with a keeper on call.\n";
		const long = rendered(`# Tortoise Taxi\n${line.repeat(13000)}`);
		expect(long.noteTrimmed).toBe(true);
		expect(long.text.length).toBeLessThan(PROMPT_NOTE_LIMIT + PROMPT_EXAMPLE_BUDGET + 3000);
		expect(long.text).toContain(`The note is longer than ${PROMPT_NOTE_LIMIT} characters, so only its start is given.`);
		expect(long.text).toMatch(/keeper on call\.\n…\n"""\nAnswer:\n$/);
		expect(rendered("# Tortoise Taxi\nShort.").noteTrimmed).toBe(false);
		expect(text).not.toContain("longer than");
	});

	it("on the profile's own page, asks for the page's empty sections, not for a venture's answers", () => {
		const page = prompt({ text: "# Sales strategy\n## Keys\n## Topics\n", name: "Sales strategy", pageSections: ["Keys", "Topics"] });
		expect(page.split("\n")[0]).toBe('Help me complete the page that describes the business-model concept "Sales strategy".');
		expect(page).toContain("Write the content of the page's sections that are still empty, each under its heading:\n- Keys\n- Topics\n");
		expect(page).not.toContain("What could its sales strategy be");
		expect(page).not.toContain("Answer these guiding questions");
		expect(exampleTitles(page)).toEqual([]);
	});

	it("lists the guiding questions, then the note's text, front matter left out, as the business to work on", () => {
		for (const question of seed.copilot.questions) expect(text).toContain(`\n- ${question}\n`);
		expect(text.endsWith('Question: the business described below. What could its sales strategy be?\n"""\n# Tortoise Taxi\n\nWe rent tortoises for the weekend.\n"""\nAnswer:\n')).toBe(true);
		expect(text).not.toContain("profiles:");
	});

	it("never evaluates Handlebars or HTML written in the note or the profile", () => {
		const hostile = { ...emptyProfile("X {{constructor}}"), definition: "{{#each this}}{{/each}}", examples: [{ title: "{{lookup}}", body: "<script>alert(1)</script>" }] };
		const out = prompt("{{constructor.constructor 'alert(1)'}} <img src=x onerror=alert(1)>", hostile, ["{{this}}?"]);
		expect(out).toContain("{{constructor.constructor 'alert(1)'}} <img src=x onerror=alert(1)>");
		expect(out).toContain('The concept is "X {{constructor}}": {{#each this}}{{/each}}');
		expect(out).toContain("Question: the {{lookup}} business.");
		expect(out).toContain("<script>alert(1)</script>");
		expect(out).toContain("- {{this}}?");
	});

	it("builds a prompt from a bare profile and an empty note", () => {
		const out = prompt("", emptyProfile("Pricing"), []);
		expect(out).toBe('Help me work out the pricing of the business described at the end of this prompt.\n\nYou are helping to design a business model, one concept at a time. The concept is "Pricing"\n\nQuestion: the business described below. What could its pricing be?\n"""\n(The note is still empty.)\n"""\nAnswer:\n');
	});

	it("returns the template's error instead of a prompt when a template is broken", () => {
		const result = copilotPrompt(seed, [], { text: "note", name: "Note" }, engine, "{{#each questions}}");
		expect(result.ok).toBe(false);
	});
});
