import fc from "fast-check";
import Handlebars from "handlebars";
import { TemplateEngine } from "../../../src/core/templates/template-engine";

const engine = new TemplateEngine();
const reference = Handlebars.create();

/** What real Handlebars (compiled to code, HTML escaping off) makes of the same template and data. */
function handlebars(template: string, context: unknown): string {
	return reference.compile(template, { noEscape: true })(context);
}

function ours(template: string, context: unknown): string {
	const result = engine.render(template, context);
	if (!result.ok) throw new Error(result.error.message);
	return result.value;
}

const DATA = {
	name: "Sales strategy",
	zero: 0,
	empty: "",
	no: false,
	yes: true,
	none: null,
	list: ["a", "b", "c"],
	nobody: [],
	people: [
		{ name: "Ada", tags: ["x", "y"] },
		{ name: "Bo", tags: [] },
	],
	map: { first: 1, second: "two" },
	nested: { inner: { deep: "down" } },
};

describe("the template interpreter, against real Handlebars", () => {
	it.each([
		["values", "{{name}} {{zero}} {{empty}} {{no}} {{yes}} {{none}} {{missing}} {{list}} {{nested.inner.deep}}"],
		["each with data variables", "{{#each list}}{{@index}}:{{this}}{{#if @first}}(first){{/if}}{{#if @last}}(last){{/if}} {{/each}}"],
		["each over an object", "{{#each map}}{{@key}}={{this}};{{/each}}"],
		["else branches", "{{#each nobody}}x{{else}}none{{/each}} {{#if zero}}z{{else}}no zero{{/if}} {{#unless no}}unless{{/unless}}"],
		["parent contexts", "{{#each people}}{{name}} of {{../name}}{{#each tags}}[{{this}}/{{../name}}/{{@../index}}]{{/each}};{{/each}}"],
		["if does not add a level", "{{#each people}}{{#if name}}{{../name}}{{/if}}{{/each}}"],
		["block parameters", "{{#each people as |person i|}}{{i}}={{person.name}} {{/each}}"],
		["with", "{{#with nested.inner}}{{deep}} {{../name}}{{/with}}{{#with none}}x{{else}}no{{/with}}"],
		["includeZero", "{{#if zero includeZero=true}}has zero{{/if}}"],
		["lookup and subexpressions", "{{lookup map 'second'}} {{#each (lookup people 0)}}{{@key}} {{/each}}"],
		["a value used as a block", "{{#nested}}{{inner.deep}}{{/nested}}{{#list}}<{{this}}>{{/list}}{{#yes}}Y{{/yes}}{{#no}}N{{else}}not{{/no}}"],
		["root data", "{{#each people}}{{@root.name}}{{/each}}"],
		["white space control and standalone lines", "A\n{{#each list}}\n  - {{this}}\n{{/each}}\nB {{~name~}} C\n{{! a comment }}\nD"],
		["comments and raw text", "{{!-- note --}}text {{! gone }}end"],
	])("renders %s as Handlebars does", (_name, template) => {
		expect(ours(template, DATA)).toBe(handlebars(template, DATA));
	});

	it("renders any template built from these pieces as Handlebars does", () => {
		const piece = fc.constantFrom(
			"text ",
			"\n",
			"  ",
			"{{name}}",
			"{{this.name}}",
			"[{{@index}}]",
			"{{../name}}",
			"{{#each list}}",
			"{{#each people}}",
			"{{#if zero}}",
			"{{#if yes}}",
			"{{#unless no}}",
			"{{#with nested}}",
			"{{else}}",
			"{{~name~}}",
			"{{! c }}",
			"{{lookup map 'second'}}",
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), fc.array(fc.constantFrom("{{/each}}", "{{/if}}", "{{/unless}}", "{{/with}}"), { maxLength: 4 }), (opening, closing) => {
				const template = opening.join("") + closing.join("");
				let expected: string;
				try {
					expected = handlebars(template, DATA);
				} catch {
					expect(engine.render(template, DATA).ok).toBe(false);
					return;
				}
				expect(ours(template, DATA)).toBe(expected);
			}),
			{ numRuns: 500 },
		);
	});
});

describe("the template interpreter, where it is stricter than Handlebars", () => {
	it("prints two numbers side by side instead of adding them, as compiled Handlebars does", () => {
		expect(handlebars("{{zero}}{{map.first}}{{map.first}}", DATA)).toBe("2");
		expect(ours("{{zero}}{{map.first}}{{map.first}}", DATA)).toBe("011");
	});

	it("never calls functions found in the data", () => {
		let called = false;
		expect(ours("[{{f}}]", { f: () => (called = true) })).toBe("[]");
		expect(called).toBe(false);
	});

	it("reads only own properties, even through lookup and nested paths", () => {
		const inherited = Object.create({ secret: "inherited" }) as Record<string, unknown>;
		expect(ours("[{{secret}}][{{lookup this 'secret'}}][{{toString}}][{{a.valueOf}}]", Object.assign(inherited, { a: {} }))).toBe("[][][][]");
	});

	it("says which statement is not supported", () => {
		const result = engine.render("x\n{{> partial}}", {});
		expect(result.ok).toBe(false);
	});
});

describe("the template interpreter, against hostile templates", () => {
	const steps = Array.from({ length: 7 }, (_, i) => `step ${i}`);

	it("stops loops nested ten deep on a step budget, naming the line, instead of running 7¹⁰ times", () => {
		const template = "# Worksheet\n" + "{{#each @root.steps}}".repeat(10) + "x" + "{{/each}}".repeat(10);
		expect(template.length).toBeLessThan(400);
		const result = engine.render(template, { steps });
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error.message).toMatch(/more than [\d,]+ steps/);
			expect(result.error.line).toBe(2);
		}
	});

	it("stops a template whose output passes the cap, naming the line where it did", () => {
		const big = "y".repeat(100_000);
		const result = engine.render("start\n{{#each steps}}{{#each @root.steps}}{{#each @root.steps}}{{@root.big}}{{/each}}{{/each}}{{/each}}", { steps, big });
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error.message).toMatch(/more than [\d,]+ characters/);
			expect(result.error.line).toBe(2);
		}
	});

	it("counts a helper's output against the cap too", () => {
		const result = engine.render("{{#each steps}}{{#each @root.steps}}{{#each @root.steps}}\n{{indent @root.big 60}}{{/each}}{{/each}}{{/each}}", { steps, big: "\n".repeat(20_000) });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.message).toMatch(/more than [\d,]+ characters/);
	});

	it("still renders large honest templates: every step of a long worksheet", () => {
		const many = Array.from({ length: 2_000 }, (_, i) => `question ${i}`);
		const result = engine.render("{{#each many}}### {{this}}\n_…_\n\n{{/each}}", { many });
		expect(result.ok && result.value.split("###").length).toBe(2_001);
	});
});
