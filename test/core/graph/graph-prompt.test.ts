import { copilotPrompt, PROMPT_EXAMPLE_BUDGET } from "../../../src/core/sidebar/copy-prompt";
import { TemplateEngine } from "../../../src/core/templates/template-engine";
import { graphVault } from "../../support/graph-vault";

function prompt(extra: Record<string, string> = {}): string {
	const pricing = graphVault(extra).catalog.byName("Pricing")!.profile;
	const rendered = copilotPrompt(pricing, ["Who pays?"], { text: "# Dumpling stall\nA stall.", name: "Dumpling stall" }, new TemplateEngine());
	if (!rendered.ok) throw new Error(rendered.error.message);
	return rendered.value.text;
}

describe("the copilot prompt of a graph profile", () => {
	it("works the resolved example texts in as answers, with no embed markup, and states its budget", () => {
		const text = prompt();
		expect(text).toContain("Question: the Night market stall business. What could its pricing be?\nAnswer:\n- Set the anchor price:");
		expect(text).toContain("Bundle for groups: a school class borrows as one member.");
		expect(text).toContain(`(examples trimmed to ${PROMPT_EXAMPLE_BUDGET} characters in all)`);
		expect(text).not.toMatch(/\{\{embed|\[\[\*\*\]\]|profile-\(id\)/);
	});

	it("trims a long example page to the stated budget at a line end", () => {
		const long = Array.from({ length: 2000 }, (_, i) => `- Step ${i}: a line of worked example text.`).join("\n");
		const text = prompt({ "graph/pages/profile-(id)___pricing___examples___Night market stall.md": long });
		const answers = text.slice(text.indexOf("Answer:"), text.indexOf("Answer these guiding questions"));
		expect(answers.length).toBeLessThan(PROMPT_EXAMPLE_BUDGET + 400);
		expect(answers).toContain("- Step 1: a line of worked example text.");
		expect(answers).toMatch(/example text\.\n…/);
		expect(answers).not.toContain("Step 1999");
	});
});
