/**
 * Sandboxed Handlebars: templates are parsed by our Handlebars parser and evaluated by our interpreter, so no code is
 * ever generated from a template; own properties only, no partials, our helpers only; parsed templates are cached.
 */
import type {} from "handlebars";
import { parseHandlebars } from "./handlebars-parser";
import { err, errorMessage, ok, type Result } from "../result";
import { interpret, own, TemplateFault, type Helper } from "./interpreter";
import { yamlScalar } from "../text/yaml-scalar";

/** Why a template could not render, and where in the template. */
export interface TemplateError {
	message: string;
	/** 1-based line in the template; 0 when the fault has no place in it. */
	line: number;
	/** 1-based column in the template; 0 when unknown. */
	column: number;
}

type Compiled = (context: unknown) => string;

/** Names a template may never reach, even where Handlebars itself would refuse them at run time. */
const FORBIDDEN_NAMES = /^(?:constructor|__proto__|prototype|__(?:define|lookup)[GS]etter__)$/;

const CACHE_LIMIT = 32;

/** Longest template accepted, in characters: a worksheet is a few kilobytes; parsing grows with the size. */
const MAX_SOURCE_LENGTH = 1_000_000;

/** Our helpers: `indent`, `yaml` and `eq`. */
const HELPERS: ReadonlyMap<string, Helper> = new Map<string, Helper>([
	["indent", indentHelper],
	["yaml", (value: unknown) => yamlScalar(typeof value === "string" ? value : "")],
	["eq", ((a: unknown, b: unknown) => a === b)],
]);

/** Parses and renders Handlebars templates safely; build one per host and reuse it so parsed templates are cached. */
export class TemplateEngine {
	readonly #cache = new Map<string, Compiled>();

	/** Renders `source` with `context`; any syntax error, forbidden name or run-time fault comes back as an error, never as partial text. */
	render(source: string, context: unknown): Result<string, TemplateError> {
		const compiled = this.compile(source);
		if (!compiled.ok) return compiled;
		try {
			return ok(compiled.value(context));
		} catch (error) {
			return err(toTemplateError(error));
		}
	}

	/** Checks and parses `source` once; later calls with the same text reuse the result. */
	compile(source: string): Result<Compiled, TemplateError> {
		const cached = this.#cache.get(source);
		if (cached) return ok(cached);
		if (typeof source !== "string") return err({ message: "The template is not text.", line: 0, column: 0 });
		if (source.length > MAX_SOURCE_LENGTH) return err(tooLarge(source));
		let compiled: Compiled;
		try {
			const ast = parseHandlebars(source);
			const problem = findForbidden(ast);
			if (problem) return err(problem);
			compiled = (context) => interpret(ast, context, HELPERS);
		} catch (error) {
			return err(toTemplateError(error));
		}
		if (this.#cache.size >= CACHE_LIMIT) this.#cache.delete(this.#cache.keys().next().value as string);
		this.#cache.set(source, compiled);
		return ok(compiled);
	}
}

/** `{{indent text 2}}`: every line after the first gets that many spaces, blank ones too, so an outline block stays whole. */
function indentHelper(text: unknown, width: unknown): string {
	const value = typeof text === "string" ? text : "";
	const spaces = " ".repeat(typeof width === "number" && width > 0 && width < 64 ? width : 0);
	return value.split("\n").join("\n" + spaces);
}

interface AstNode {
	type?: string;
	loc?: { start: { line: number; column: number } };
	[key: string]: unknown;
}

/** Walks the template's syntax tree for prototype names (the parser refuses partials and decorators). */
function findForbidden(node: unknown, place?: AstNode["loc"]): TemplateError | null {
	if (Array.isArray(node)) {
		for (const child of node) {
			const found = findForbidden(child, place);
			if (found) return found;
		}
		return null;
	}
	if (node === null || typeof node !== "object") return null;
	const ast = node as AstNode;
	const loc = ast.loc ?? place;
	const where = (message: string): TemplateError => ({ message, line: loc?.start.line ?? 0, column: (loc?.start.column ?? -1) + 1 });
	const names = ast.type === "PathExpression" ? (ast.parts as string[]) : ast.type === "StringLiteral" ? [String(ast.value)] : [];
	for (const name of names) {
		if (FORBIDDEN_NAMES.test(name)) return where(`The template reaches "${name}", which templates may not use.`);
	}
	for (const key in ast) {
		if (key === "loc" || !own(ast, key)) continue;
		const found = findForbidden(ast[key], loc);
		if (found) return found;
	}
	return null;
}

/** Refuses, before it is parsed, a template too large to parse quickly; the parser itself refuses nesting past `MAX_NESTING`. */
function tooLarge(source: string): TemplateError {
	return { message: `The template is too large (${source.length.toLocaleString("en")} characters; at most ${MAX_SOURCE_LENGTH.toLocaleString("en")}).`, line: 0, column: 0 };
}

/** Turns whatever parsing or rendering threw into a message with a line and a column. */
function toTemplateError(error: unknown): TemplateError {
	const message = errorMessage(error);
	if (error instanceof TemplateFault) return { message, line: error.line, column: error.column };
	return { message, line: 0, column: 0 };
}
