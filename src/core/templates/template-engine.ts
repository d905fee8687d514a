/**
 * Sandboxed Handlebars: templates are parsed by our Handlebars parser and evaluated by our interpreter, so no code is
 * ever generated from a template; own properties only, no partials, no prototype names, our helpers only; parsed
 * templates are cached.
 */
import type {} from "handlebars";
import { parseHandlebars } from "./handlebars-parser";
import { err, errorMessage, ok, type Result } from "../result";
import { fault, interpret, TemplateFault, type Helper } from "./interpreter";
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
		let compiled: Compiled;
		try {
			if (typeof source !== "string") throw fault("The template is not text.");
			if (source.length > MAX_SOURCE_LENGTH) throw tooLarge(source);
			const ast = parseHandlebars(source);
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

/** Refuses, before it is parsed, a template too large to parse quickly; the parser itself refuses nesting past `MAX_NESTING`. */
function tooLarge(source: string): TemplateFault {
	return fault(`The template is too large (${source.length.toLocaleString("en")} characters; at most ${MAX_SOURCE_LENGTH.toLocaleString("en")}).`);
}

/** Turns whatever parsing or rendering threw into a message with a line and a column. */
function toTemplateError(error: unknown): TemplateError {
	const { line, column } = error instanceof TemplateFault ? error : { line: 0, column: 0 };
	return { message: errorMessage(error), line, column };
}
