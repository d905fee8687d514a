import { TemplateEngine } from "../../../src/core/templates/template-engine";
import { renderWorksheet } from "../../../src/core/worksheet/render-worksheet";
import { graphVault } from "../../support/graph-vault";

describe("the worksheet of a graph profile", () => {
	const pricing = graphVault().catalog.byName("Pricing")!.profile;
	const rendered = renderWorksheet(pricing, new TemplateEngine());
	if (!rendered.ok) throw new Error(rendered.error);
	const { text, fields } = rendered.value;

	it("has the definition, the steps its examples share, the key questions heaviest key first, then the tools", () => {
		const order = [
			"## Pricing",
			"> the amount a customer gives up",
			"### Set the anchor price",
			"### Bundle for groups",
			"### Cost floor",
			"#### What does one more sale cost us, materials and time together?",
			"### Price sensitivity",
			"#### How much would a customer pay before walking away?",
			"#### Which cheaper alternative does the customer compare us with?",
			"### Tools",
			"- [[Van Westendorp Price Meter]]",
		];
		const at = order.map((line) => text.indexOf(line));
		expect(at.every((index) => index !== -1)).toBe(true);
		expect([...at].sort((a, b) => a - b)).toEqual(at);
	});

	it("gives every step and every key question its own field", () => {
		const filled = fields.map((field) => text.slice(field.from, field.to));
		expect(filled).toEqual(Array(5).fill("_…_"));
		const question = text.indexOf("#### How much would a customer pay before walking away?");
		expect(fields.some((field) => field.from > question && field.from < question + 80)).toBe(true);
	});

	it("leaks no embed, key or page-name markup", () => {
		expect(text).not.toMatch(/\{\{embed|\[\[\*\*\]\]|\[\[-\+\]\]|profile-\(id\)|#key|key-weight::/);
	});
});
