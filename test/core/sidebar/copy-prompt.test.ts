import { parseProfile } from "../../../src/core/profile/parse";
import { emptyProfile } from "../../../src/core/profile/profile";
import { copilotPrompt } from "../../../src/core/sidebar";
import { TemplateEngine } from "../../../src/core/templates/template-engine";
import { fixture } from "../../support/fixtures";

const engine = new TemplateEngine();
const seed = parseProfile(fixture("logseq-seed-sales-strategy.md"));

function prompt(note: string, profile = seed, questions = seed.copilot.questions): string {
	const result = copilotPrompt(profile, questions, note, engine);
	if (!result.ok) throw new Error(result.error.message);
	return result.value;
}

describe("copilotPrompt", () => {
	const text = prompt("---\nprofiles: [Sales strategy]\n---\n# Exotic Pet Rental\n\nWe rent tortoises for the weekend.");

	it("opens with the profile's own copilot prompt and gives its definition", () => {
		expect(text.startsWith(seed.copilot.prompt + "\n")).toBe(true);
		expect(text).toContain(`The concept is "Sales strategy": ${seed.definition}`);
	});

	it("gives every example as a worked question and answer, in order", () => {
		const asked = [...text.matchAll(/^Question: the (.*) business\. What could its sales strategy be\?\nAnswer:\n/gm)].map((m) => m[1]);
		expect(asked).toEqual(["Space X", "vein visualizer", "extinguished animals meat", "Exotic Pet Rental", "Underwater restaurant"]);
		expect(text).toContain("Answer:\n- Identify target customer segments\n- Develop customer profiles\n");
	});

	it("lists the guiding questions, then the note's text, front matter left out, as the business to work on", () => {
		for (const question of seed.copilot.questions) expect(text).toContain(`\n- ${question}\n`);
		expect(text.endsWith('Question: the business described below. What could its sales strategy be?\n"""\n# Exotic Pet Rental\n\nWe rent tortoises for the weekend.\n"""\nAnswer:\n')).toBe(true);
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

	it("falls back to the definition when the profile has no prompt of its own", () => {
		const out = prompt("note", { ...emptyProfile("Pricing"), definition: "how a venture sets prices" }, []);
		expect(out.split("\n")[0]).toBe("If Pricing is defined as: how a venture sets prices, what could it be?");
	});

	it("builds a prompt from a bare profile and an empty note", () => {
		const out = prompt("", emptyProfile("Pricing"), []);
		expect(out).toBe('What could the pricing of this business be?\n\nYou are helping to design a business model, one concept at a time. The concept is "Pricing"\n\nQuestion: the business described below. What could its pricing be?\n"""\n(The note is still empty.)\n"""\nAnswer:\n');
	});

	it("returns the template's error instead of a prompt when a template is broken", () => {
		const result = copilotPrompt(seed, [], "note", engine, "{{#each questions}}");
		expect(result.ok).toBe(false);
	});
});
