import { TemplateEngine } from "../../../src/core/templates/template-engine";

describe("TemplateEngine", () => {
	const engine = new TemplateEngine();

	it("renders Markdown without HTML-escaping it", () => {
		expect(engine.render("{{a}} & {{b}}", { a: "<b>x</b>", b: "“q”" })).toEqual({ ok: true, value: "<b>x</b> & “q”" });
	});

	it("indents continuation lines with the indent helper, blank lines included", () => {
		expect(engine.render("- {{indent text 2}}", { text: "one\n\ntwo" })).toEqual({ ok: true, value: "- one\n  \n  two" });
	});

	it.each([
		["{{constructor}}", "constructor"],
		["{{name.constructor.name}}", "constructor"],
		["{{#with this}}\n{{__proto__}}{{/with}}", "__proto__"],
		['{{lookup this "constructor"}}', "constructor"],
		["{{#each (lookup . 'prototype')}}x{{/each}}", "prototype"],
	])("refuses %s, naming the line", (template, name) => {
		const result = engine.render(template, { name: "x" });
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error.message).toContain(`"${name}"`);
			expect(result.error.line).toBeGreaterThanOrEqual(1);
		}
	});

	it("refuses partials, which could pull in text from elsewhere", () => {
		const result = engine.render("one\n{{> other}}", {});
		expect(result).toEqual({ ok: false, error: expect.objectContaining({ line: 2, column: 1 }) as unknown });
	});

	it("reports mismatched blocks with their position", () => {
		const result = engine.render("a\n{{#if x}}\nb {{/each}}", {});
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toEqual({ message: "if doesn't match each - 2:3", line: 2, column: 4 });
	});

	it("reports a run-time fault as an error with its place, never as partial text", () => {
		const result = engine.render("before\n  {{#each}}{{/each}} after", {});
		expect(result).toEqual({ ok: false, error: { message: "Must pass iterator to #each", line: 2, column: 3 } });
	});

	it("names a helper that does not exist", () => {
		const result = engine.render("{{shout name}}", { name: "x" });
		expect(result).toEqual({ ok: false, error: { message: 'Missing helper: "shout"', line: 1, column: 1 } });
	});

	it("does not reach inherited properties of the data", () => {
		expect(engine.render("[{{toString}}][{{hasOwnProperty}}]", {})).toEqual({ ok: true, value: "[][]" });
	});

	it("reuses a compiled template for the same source", () => {
		const first = engine.compile("{{x}}");
		const second = engine.compile("{{x}}");
		expect(first.ok && second.ok && first.value === second.value).toBe(true);
	});

	it("reports too-deep nesting as such, quickly and without overflowing the stack (100 KB of nested #if)", () => {
		const depth = 6_250;
		const template = "{{#if a}}".repeat(depth) + "x" + "{{/if}}".repeat(depth);
		expect(template.length).toBe(100_001);
		const result = engine.render(template, { a: true });
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error.message).toMatch(/too deeply nested \(more than \d+ blocks/);
			expect(result.error.line).toBe(1);
		}
	});

	it("names the line where nesting gets too deep, and accepts nesting up to the limit", () => {
		const deep = "intro\n" + "{{#if a}}\n".repeat(300) + "{{/if}}\n".repeat(300);
		const result = engine.render(deep, { a: true });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.line).toBeGreaterThan(1);
		expect(engine.render("{{#if a}}".repeat(50) + "ok" + "{{/if}}".repeat(50), { a: true })).toEqual({ ok: true, value: "ok" });
	});

	it("does not count block-like text inside comments and raw mustaches as nesting", () => {
		const commented = "{{!-- " + "{{#if a}}".repeat(500) + " --}}done";
		expect(engine.render(commented, { a: true })).toEqual({ ok: true, value: "done" });
	});

	it("refuses a template too large to be a worksheet, before parsing it", () => {
		const result = engine.render("x".repeat(3_000_000), {});
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.message).toMatch(/too large/);
	});
});
