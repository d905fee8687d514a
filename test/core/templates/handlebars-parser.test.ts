import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, parser } from "handlebars/dist/cjs/handlebars/compiler/base";
import { MAX_NESTING, parseHandlebars } from "../../../src/core/templates/handlebars-parser";
import { TemplateFault } from "../../../src/core/templates/interpreter";

type Outcome = { tree: unknown } | { error: { line: number; column: number; message?: string } };

/** Handlebars 4.7.10 itself (the oracle): its tree, or where its parser or its own checks put the error. */
function handlebars(source: string): Outcome {
	try {
		return { tree: parse(source) };
	} catch (error) {
		const message = (error as Error).message;
		const located = error as { lineNumber?: number; column?: number };
		if (typeof located.lineNumber === "number") return { error: { line: located.lineNumber, column: (located.column ?? -1) + 1, message } };
		const fault = /^(?:Parse|Lexical) error on line (\d+)/.exec(message);
		if (!fault) return { error: { line: 0, column: 0, message } };
		const line = Number(fault[1]);
		const where = parser.lexer?.yylloc;
		return { error: { line, column: where?.first_line === line ? where.first_column + 1 : 0 } };
	}
}

/** The partials and decorators innCoPilot refuses, as Handlebars' tree names them, with the message we refuse each with. */
const UNSUPPORTED: Record<string, string> = {
	PartialStatement: "Partials ({{> name}}) are not supported in innCoPilot templates.",
	PartialBlockStatement: "Partials ({{> name}}) are not supported in innCoPilot templates.",
	Decorator: "Decorators ({{* name}}) are not supported in innCoPilot templates.",
	DecoratorBlock: "Decorators ({{* name}}) are not supported in innCoPilot templates.",
};

/** The first partial or decorator of Handlebars' tree, in the template's order, as the error we give; null when it has none. */
function firstUnsupported(tree: unknown): { line: number; column: number; message: string } | null {
	let first: { line: number; column: number; message: string } | null = null;
	const visit = (node: unknown): void => {
		if (node === null || typeof node !== "object") return;
		if (Array.isArray(node)) return node.forEach(visit);
		const { type, loc } = node as { type?: string; loc?: { start: { line: number; column: number } } };
		if (type !== undefined && type in UNSUPPORTED && loc) {
			const at = { line: loc.start.line, column: loc.start.column + 1, message: UNSUPPORTED[type] };
			if (first === null || at.line < first.line || (at.line === first.line && at.column < first.column)) first = at;
		}
		for (const [key, value] of Object.entries(node)) if (key !== "loc") visit(value);
	};
	visit(tree);
	return first;
}

/** What we must give: Handlebars' own outcome, except that a tree it builds with a partial or decorator is refused at the first. */
function expected(source: string): Outcome {
	const theirs = handlebars(source);
	const refused = "tree" in theirs ? firstUnsupported(theirs.tree) : null;
	return refused === null ? theirs : { error: refused };
}

function ours(source: string): Outcome {
	try {
		return { tree: parseHandlebars(source) };
	} catch (error) {
		if (!(error instanceof TemplateFault)) throw error;
		const syntax = /^(?:Parse|Lexical) error/.test(error.message);
		return { error: syntax ? { line: error.line, column: error.column } : { line: error.line, column: error.column, message: error.message } };
	}
}

/** Pieces of template text, hostile ones included, that shuffled together make valid and broken templates alike. */
const PIECES = [
	"text", " ", "  ", "\t", "\n", "\r\n", "\r", "\u2028", "\u00a0", "x\\", "\\\\", "{", "}", "~", "(", ")", "|", "=", "'", '"', "\x00",
	"{{a}}", "{{~a}}", "{{a~}}", "{{~ a ~}}", "{{{a}}}", "{{~{a}~}}", "{{&a}}", "{{a.b}}", "{{a/b}}", "{{../a}}", "{{./a}}", "{{this}}", "{{.}}",
	"{{this.a}}", "{{a.this}}", "{{a..}}", "{{@index}}", "{{@../key}}", "{{[x y]}}", "{{a.[b.c]}}", "{{[a\\]b]}}", "{{f 1 -2.5 \"s\" 'q' true false null undefined}}",
	"{{f (g h) k=1 j=(m n)}}", "{{f k=}}", "{{f a=1 b}}", "{{f a=1 2}}", "{{#if a}}", "{{#if a includeZero=true}}", "{{#each xs as |x i|}}", "{{#with a as |b|}}",
	"{{~#if a~}}", "{{else}}", "{{~else~}}", "{{ else }}", "{{^}}", "{{else if b}}", "{{~else if b~}}", "{{else each c}}", "{{/if}}", "{{~/if~}}", "{{/each}}",
	"{{/with}}", "{{^a}}", "{{/a}}", "{{#a}}", "{{elsewhere}}", "{{!c}}", "{{! c }}", "{{!-- c --}}", "{{~!-- c --~}}", "{{!-- }} --}}", "{{!--", "\\{{a}}", "\\\\{{a}}",
	"{{{{raw}}}}", "{{{{/raw}}}}", "{{{{raw x}}}}", "{{> p}}", "{{#> p}}", "{{/p}}", "{{*d}}", "{{#*d}}", "{{/d}}", "{{", "}}", "{{}}", "{{#}}", "{{/}}",
	"{{a as |b|}}", "{{(a)}}", "{{\"lit\"}}", "{{1}}", "{{true}}",
];
const PIECE = fc.constantFrom(...PIECES);
/** The pieces without a partial or a decorator: templates of these alone we parse exactly as Handlebars does, errors included. */
const SUPPORTED_PIECE = fc.constantFrom(...PIECES.filter((piece) => !/^\{\{#?[>*]/.test(piece)));

const TEXT = fc.constantFrom("", "x", " ", "\n", "  \n", "\n  ", " \t", "\r\n", "a b\n  c ");
const OPEN_STRIP = fc.constantFrom("", "~");

/** Well-formed templates: nested blocks with else and else-if chains, inverse blocks, comments and mustaches between texts. */
const WELL_FORMED = fc.letrec<{ template: string }>((tie) => ({
	template: fc.array(
		fc.oneof(
			{ maxDepth: 3 },
			TEXT,
			fc.constantFrom("{{a}}", "{{~a}}", "{{a~}}", "{{{b.c}}}", "{{! c }}", "{{!-- c --}}", "{{f x y=1}}", "{{@index}}", "{{> p}}", "\\{{e}}"),
			fc.tuple(OPEN_STRIP, TEXT, tie("template"), fc.option(fc.tuple(fc.constantFrom("else", "else if b", "^"), TEXT, tie("template"))), TEXT, OPEN_STRIP).map(
				([strip, before, body, otherwise, after, closeStrip]) =>
					`{{${strip}#if a}}${before}${body}${otherwise ? `{{${otherwise[0]}}}${otherwise[1]}${otherwise[2]}` : ""}${after}{{${closeStrip}/if}}`,
			),
			fc.tuple(TEXT, tie("template"), TEXT).map(([before, body, after]) => `{{^a}}${before}${body}{{else}}${after}{{/a}}`),
			fc.tuple(TEXT, tie("template")).map(([before, body]) => `{{#each xs as |x i|}}${before}${body}{{/each}}`),
		),
		{ maxLength: 4 },
	).map((parts) => parts.join("")),
}));

function expectSameAsHandlebars(source: string): void {
	expect(ours(source)).toEqual(expected(source));
}

describe("our Handlebars parser, against Handlebars 4.7.10", () => {
	it("builds Handlebars' tree for every bundled template and template fixture", () => {
		const folders = ["src/core/templates", "src/core/worksheet", "test/fixtures"];
		const files = folders.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith(".hbs")).map((name) => join(folder, name)));
		expect(files.length).toBeGreaterThanOrEqual(6);
		for (const file of files) expectSameAsHandlebars(readFileSync(file, "utf8"));
	});

	it("builds the same tree, or fails at the same line and column, for any mix of template pieces without partials or decorators", () => {
		fc.assert(fc.property(fc.array(SUPPORTED_PIECE, { maxLength: 16 }), (pieces) => expectSameAsHandlebars(pieces.join(""))), { numRuns: 3000 });
	});

	it("refuses the first partial or decorator of a template Handlebars accepts, where it starts, and every template Handlebars refuses", () => {
		let refused = 0;
		fc.assert(
			fc.property(fc.array(PIECE, { maxLength: 6 }), (pieces) => {
				const source = pieces.join("");
				const want = expected(source);
				if ("tree" in handlebars(source)) {
					expect(ours(source)).toEqual(want);
					if ("error" in want) refused++;
				} else {
					expect(ours(source)).toHaveProperty("error");
				}
			}),
			{ numRuns: 3000 },
		);
		expect(refused).toBeGreaterThan(15);
	});

	it("builds the same tree for well-formed nested templates, whitespace control and standalone lines included", () => {
		fc.assert(fc.property(WELL_FORMED.template, expectSameAsHandlebars), { numRuns: 400 });
	});

	it("names the line and column of a block closed with the wrong name, as Handlebars does", () => {
		expect(ours("a\n{{#if x}}\nb {{/each}}")).toEqual({ error: { line: 2, column: 4, message: "if doesn't match each - 2:3" } });
	});
});

/** The token a parse error says it got, in ours (`got EOF`) and in Handlebars' (`got 'EOF'`); null for any other error. */
function gotToken(parse: () => unknown): string | null {
	try {
		parse();
		return null;
	} catch (error) {
		return /^Parse error[\s\S]*got '?([A-Z_]+)'?$/.exec((error as Error).message)?.[1] ?? null;
	}
}

describe("our Handlebars parser's error messages", () => {
	it("name the token they got as Handlebars names it", () => {
		let compared = 0;
		fc.assert(
			fc.property(fc.array(SUPPORTED_PIECE, { maxLength: 8 }).map((pieces) => pieces.join("")), (source) => {
				const theirs = gotToken(() => parse(source));
				if (theirs === null) return;
				compared++;
				expect(gotToken(() => parseHandlebars(source))).toBe(theirs);
			}),
			{ numRuns: 400 },
		);
		expect(compared).toBeGreaterThan(100);
	});

	it("name the token they expected where one alone would do", () => {
		expect(() => parseHandlebars("{{#if a}}x")).toThrow("expecting OPEN_ENDBLOCK or INVERSE or OPEN_INVERSE_CHAIN, got EOF");
		expect(() => parseHandlebars("{{#if a}}{{/if b}}")).toThrow("expecting CLOSE, got ID");
		expect(() => parseHandlebars("{{a (b}}")).toThrow("expecting CLOSE_SEXPR, got CLOSE");
		expect(() => parseHandlebars("{{{a}}")).toThrow("expecting CLOSE_UNESCAPED, got CLOSE");
	});
});

describe("our Handlebars parser on names that reach a prototype", () => {
	it("refuses the first such name, path part or string, where it is written", () => {
		expect(ours('{{a}}\n{{#each (lookup . "prototype")}}{{x.__proto__}}{{/each}}')).toEqual({
			error: { line: 2, column: 19, message: 'The template reaches "prototype", which templates may not use.' },
		});
		expect(ours("{{#if a}}\n  {{@root.constructor}}{{/if}}")).toEqual({ error: { line: 2, column: 5, message: 'The template reaches "constructor", which templates may not use.' } });
	});

	it("reports a syntax error further on before it", () => {
		expect(ours("{{constructor}}\n{{/if}}")).toEqual({ error: { line: 2, column: 1 } });
	});

	it("accepts them where they name nothing a template reads: hash keys and block parameters", () => {
		expect(ours("{{#each xs as |constructor|}}{{f prototype=1}}{{/each}}")).toHaveProperty("tree");
	});
});

describe("our Handlebars parser on hostile templates", () => {
	it("refuses nesting past the cap with a readable error instead of overflowing the stack", () => {
		for (const [open, close] of [["{{#if a}}", "{{/if}}"], ["{{f ", "}}"]]) {
			const source = open === "{{f " ? `{{f ${"(g ".repeat(10_000)}x${")".repeat(10_000)}}}` : open.repeat(10_000) + close.repeat(10_000);
			const outcome = ours(source);
			expect(outcome).toEqual({ error: expect.objectContaining({ line: 1, message: expect.stringContaining("too deeply nested") as unknown }) as unknown });
		}
	});

	it("reads nesting up to the cap", () => {
		const depth = MAX_NESTING - 1;
		expectSameAsHandlebars("{{#if a}}".repeat(depth) + "{{/if}}".repeat(depth));
	});

	it("parses megabyte whitespace runs and 100 KB of mustaches, escapes and braces in linear time", () => {
		const hostile = [
			" ".repeat(1_000_000) + "{{~a~}}" + " \n".repeat(500_000),
			"x" + " ".repeat(1_000_000) + "\n{{#if a}}\n" + " ".repeat(1_000_000) + "x{{/if}}",
			"{".repeat(100_000),
			"{{a}}\n".repeat(17_000),
			"\\{{".repeat(30_000),
			`{{!${"-".repeat(100_000)}`,
			`{{a "${'\\"'.repeat(50_000)}}}`,
		];
		for (const source of hostile) {
			const started = performance.now();
			ours(source);
			expect(performance.now() - started).toBeLessThan(10_000);
		}
	});
});
