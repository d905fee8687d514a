import MarkdownIt from "markdown-it";
import { parseProfile } from "../../../src/core/profile/parse";
import { emptyProfile } from "../../../src/core/profile/profile";
import { TemplateEngine } from "../../../src/core/templates/template-engine";
import { renderWorksheet, type RenderedWorksheet } from "../../../src/core/worksheet/render-worksheet";
import { FIELD_PLACEHOLDER } from "../../../src/core/worksheet/worksheet-view";
import { fixture } from "../../support/fixtures";

const engine = new TemplateEngine();
const seed = parseProfile(fixture("logseq-seed-sales-strategy.md"));

function rendered(result: ReturnType<typeof renderWorksheet>): RenderedWorksheet {
	if (!result.ok) throw new Error(result.error);
	return result.value;
}

/** The text of every line that holds a field, with the field shown as [field]. */
function fieldLines(worksheet: RenderedWorksheet): string[] {
	return worksheet.fields.map((field) => {
		const start = worksheet.text.lastIndexOf("\n", field.from - 1) + 1;
		const end = worksheet.text.indexOf("\n", field.to);
		return `${worksheet.text.slice(start, field.from)}[${worksheet.text.slice(field.from, field.to)}]${worksheet.text.slice(field.to, end === -1 ? undefined : end)}`;
	});
}

describe("renderWorksheet with the bundled template", () => {
	const worksheet = rendered(renderWorksheet(seed, engine));

	it("heads the worksheet with the profile's name and quotes its definition", () => {
		expect(worksheet.text.startsWith("## Sales strategy\n\n> the identification and targeting of specific customer groups")).toBe(true);
	});

	it("gives each derived step a heading with one field under it holding the placeholder", () => {
		expect(worksheet.fields).toHaveLength(12);
		for (const field of worksheet.fields) expect(worksheet.text.slice(field.from, field.to)).toBe(FIELD_PLACEHOLDER);
		expect(worksheet.text).toContain("### Identify target customer segments\n_…_\n\n### Develop customer profiles\n_…_\n");
		expect(worksheet.text).toContain("### Continuously adapt and improve\n_…_\n\n### Questions\n");
	});

	it("lists the copilot questions, each with a field nested under it, and links every tool", () => {
		expect(worksheet.text).toContain("### Questions\n- How do we identify and categorize our stakeholders in order to map out their journey?\n  - _…_\n");
		expect(worksheet.text).toContain("### Tools\n- [[Business Model Canvas]]\n- [[Value Proposition Canvas]]\n");
		expect(worksheet.text.endsWith("- [[Customer Journey Map]]")).toBe(true);
	});

	it("reads cleanly as Markdown: headings, a quote, a question list, links left as text and no stray markers", () => {
		const html = new MarkdownIt().render(worksheet.text);
		expect(html).toContain("<h2>Sales strategy</h2>");
		expect(html).toContain("<blockquote>");
		expect(html).toContain("<h3>Identify target customer segments</h3>\n<p><em>…</em></p>");
		expect(html).toContain("<li>[[Customer Journey Map]]</li>");
		expect(html).toContain("<li>How do we identify and categorize our stakeholders in order to map out their journey?\n<ul>\n<li><em>…</em></li>");
		expect(worksheet.text).not.toMatch(/[\uE000\uE001]/);
	});

	it("makes the copilot questions the fields when the examples share no steps", () => {
		const pricing = rendered(renderWorksheet(parseProfile(fixture("logseq-graph-pricing-tabs-properties-embeds.md")), engine));
		expect(fieldLines(pricing)).toEqual(["[_…_]", "[_…_]"]);
		expect(pricing.text).toContain("### What do customers already pay for the job today?\n_…_\n\n### Which price would make the offer a bargain?\n_…_");
		expect(pricing.text).not.toContain("### Questions");
	});

	it("offers one free field when a profile has neither steps nor questions", () => {
		const bare = emptyProfile("Bare idea");
		const worksheet = rendered(renderWorksheet(bare, engine));
		expect(worksheet.text).toBe("## Bare idea\n\n_…_");
		expect(worksheet.fields).toEqual([{ from: 14, to: 17 }]);
	});

	it("keeps private-use marker characters in a hostile profile from posing as fields", () => {
		const hostile = emptyProfile("Sneaky");
		hostile.definition = "a \uE000fake\uE001 field";
		const worksheet = rendered(renderWorksheet(hostile, engine));
		expect(worksheet.text).toContain("> a fake field");
		expect(worksheet.fields).toHaveLength(1);
	});
});

describe("renderWorksheet with a user's template", () => {
	it("puts fields wherever the template writes {{field}}, here in a table", () => {
		const worksheet = rendered(renderWorksheet(seed, engine, { source: fixture("user-worksheet-table.hbs"), path: "Templates/table.hbs" }));
		expect(fieldLines(worksheet)[0]).toBe("| Identify target customer segments | [_…_] |");
		expect(worksheet.fields).toHaveLength(7);
		expect(worksheet.text).toContain("Tools: [[Business Model Canvas]], [[Value Proposition Canvas]]");
	});

	it("says which template is broken and where", () => {
		const result = renderWorksheet(seed, engine, { source: fixture("user-worksheet-unclosed-each.hbs"), path: "Templates/broken.hbs" });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(/^The worksheet template "Templates\/broken\.hbs" has an error on line \d+/);
	});

	it("refuses a template that reaches for the prototype", () => {
		const result = renderWorksheet(seed, engine, { source: "{{constructor.name}}", path: "evil.hbs" });
		expect(result).toEqual({ ok: false, error: expect.stringContaining('"constructor"') as unknown });
	});

	it("refuses a template that writes nothing, rather than inserting an empty worksheet", () => {
		const result = renderWorksheet(seed, engine, { source: "{{#if nothing}}x{{/if}}\n\n", path: "empty.hbs" });
		expect(result).toEqual({ ok: false, error: 'The worksheet template "empty.hbs" wrote nothing for this profile.' });
	});

	it("reads a template saved with CRLF line ends as plain lines", () => {
		const worksheet = rendered(renderWorksheet(seed, engine, { source: "## {{name}}\r\n{{field}}\r\n", path: "crlf.hbs" }));
		expect(worksheet.text).toBe("## Sales strategy\n_…_");
	});
});
