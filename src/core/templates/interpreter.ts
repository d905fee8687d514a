/**
 * Evaluates a Handlebars syntax tree directly: no code is generated from the template, only own properties of the
 * data are read, and the block helpers are Handlebars' own (if, unless, each, with) plus the ones registered.
 */
import type {} from "handlebars";
import { errorMessage } from "../result";
import { words } from "../wording/wording";

/** A helper as Handlebars calls it: the parameters, then an options object. */
export type Helper = (...args: unknown[]) => unknown;

/** What a helper receives after its parameters. */
export interface HelperOptions {
	hash: Record<string, unknown>;
	data: Frame;
	fn: (context: unknown, extra?: { data?: Frame; blockParams?: unknown[] }) => string;
	inverse: (context: unknown, extra?: { data?: Frame; blockParams?: unknown[] }) => string;
}

/** `@` variables of one block level: @index, @key, @first, @last, and @root at the top. */
export interface Frame {
	parent: Frame | null;
	values: Record<string, unknown>;
}

/** A fault met while rendering, with the template position where it happened. */
export class TemplateFault extends Error {
	constructor(
		message: string,
		readonly line: number,
		readonly column: number,
	) {
		super(message);
	}
}

interface Scope {
	contexts: unknown[];
	data: Frame;
	blockParams: { names: string[]; values: unknown[] }[];
}

type Node = hbs.AST.Node & { loc?: hbs.AST.SourceLocation };
type Call = hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression;

/** Most statements and block bodies one rendering may run: far above any real worksheet or profile page, far below what freezes the editor (loops nested ten deep run 7¹⁰ times). */
const MAX_STEPS = 1_000_000;
/** Most characters one rendering may write. */
const MAX_CHARACTERS = 10_000_000;

/**
 * Renders `program` (as our parser builds it) with `context`, calling `helpers` by name. Throws `TemplateFault` on a
 * misuse the template made, and when rendering passes `MAX_STEPS` or `MAX_CHARACTERS` (the fault names the line where it did).
 */
export function interpret(program: hbs.AST.Program, context: unknown, helpers: ReadonlyMap<string, Helper>): string {
	const root: Frame = { parent: null, values: { root: context } };
	return new Interpreter(helpers).program(program, { contexts: [context], data: root, blockParams: [] }, program);
}

class Interpreter {
	#steps = 0;
	#written = 0;
	readonly #helpers: ReadonlyMap<string, Helper>;

	constructor(helpers: ReadonlyMap<string, Helper>) {
		this.#helpers = helpers;
	}

	program(program: hbs.AST.Program | undefined, scope: Scope, owner: Node): string {
		if (!program) return "";
		this.#step(owner);
		let out = "";
		for (const statement of program.body) out += this.#statement(statement, scope);
		return out;
	}

	/** Counts one unit of work, and stops the rendering once the budget is spent. */
	#step(node: Node): void {
		if (++this.#steps > MAX_STEPS) throw stopped(node, "template-steps", MAX_STEPS);
	}

	/** Counts characters the template writes itself (text, values, helper results), and stops it past the cap. */
	#write(text: string, node: Node): string {
		this.#written += text.length;
		if (this.#written > MAX_CHARACTERS) throw stopped(node, "template-characters", MAX_CHARACTERS);
		return text;
	}

	#statement(node: hbs.AST.Statement, scope: Scope): string {
		this.#step(node);
		switch (node.type) {
			case "ContentStatement":
				return this.#write((node as hbs.AST.ContentStatement).value, node);
			case "MustacheStatement":
				return this.#write(show(this.#call(node as hbs.AST.MustacheStatement, scope, false)), node);
			case "BlockStatement":
				return show(this.#call(node as hbs.AST.BlockStatement, scope, true));
			default:
				// A comment: our parser builds no other statement, as it refuses partials and decorators.
				return "";
		}
	}

	/** A mustache, block or sub-expression: a helper call when the name is a helper or arguments are given, else a value. */
	#call(node: Call, scope: Scope, block: boolean): unknown {
		const name = node.path.type === "PathExpression" ? simpleName(node.path as hbs.AST.PathExpression) : null;
		const helper = name === null ? undefined : this.#helpers.get(name) ?? BUILT_INS.get(name);
		const hasArguments = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0;
		if (helper === undefined && hasArguments) throw fault(`Missing helper: "${name ?? "?"}"`, node.loc);
		const options = this.#options(node, scope);
		if (helper !== undefined) {
			const params = node.params.map((param) => this.#expression(param, scope));
			try {
				return helper.call(scope.contexts[0], ...params, options);
			} catch (error) {
				if (error instanceof TemplateFault) throw error;
				throw fault(errorMessage(error), node.loc);
			}
		}
		const value = this.#expression(node.path, scope);
		return block ? blockValue(value, options, scope.contexts[0]) : value;
	}

	#options(node: Call, scope: Scope): HelperOptions {
		// Mustaches and sub-expressions have no programs: their fn and inverse render nothing.
		const { program, inverse } = node as Partial<hbs.AST.BlockStatement>;
		const hash: Record<string, unknown> = {};
		for (const pair of node.hash?.pairs ?? []) hash[pair.key] = this.#expression(pair.value, scope);
		const run = (body: hbs.AST.Program | undefined) => (context: unknown, extra?: { data?: Frame; blockParams?: unknown[] }) =>
			this.program(body, this.#enter(scope, context, body, extra), node);
		return { hash, data: scope.data, fn: run(program), inverse: run(inverse) };
	}

	/** The scope inside a block: a new context level only when the context changes, as Handlebars counts `../`. */
	#enter(scope: Scope, context: unknown, program: hbs.AST.Program | undefined, extra?: { data?: Frame; blockParams?: unknown[] }): Scope {
		const contexts = context === scope.contexts[0] ? scope.contexts : [context, ...scope.contexts];
		const names = program?.blockParams ?? [];
		const blockParams = names.length > 0 ? [{ names, values: extra?.blockParams ?? [] }, ...scope.blockParams] : scope.blockParams;
		return { contexts, data: extra?.data ?? scope.data, blockParams };
	}

	#expression(node: hbs.AST.Expression, scope: Scope): unknown {
		switch (node.type) {
			case "PathExpression":
				return this.#path(node as hbs.AST.PathExpression, scope);
			case "SubExpression":
				return this.#call(node as hbs.AST.SubExpression, scope, false);
			default:
				// A literal: the parser gives each its value, null and undefined included.
				return (node as { value?: unknown }).value;
		}
	}

	#path(node: hbs.AST.PathExpression, scope: Scope): unknown {
		const parts = node.parts;
		if (node.data) {
			let frame: Frame | null = scope.data;
			for (let up = 0; up < node.depth && frame; up++) frame = frame.parent;
			return walk(frame === null ? undefined : findData(frame, parts[0]), parts, 1);
		}
		if (node.depth === 0 && parts.length > 0) {
			for (const params of scope.blockParams) {
				const index = params.names.indexOf(parts[0]);
				if (index !== -1) return walk(params.values[index], parts, 1);
			}
		}
		return node.depth < scope.contexts.length ? walk(scope.contexts[node.depth], parts, 0) : undefined;
	}
}

/** Whether `key` is `object`'s own property, never one it inherits. */
export function own(object: unknown, key: string): boolean {
	return Object.prototype.hasOwnProperty.call(object, key);
}

/** Reads `parts` from `value` onwards, own properties only, so nothing inherited is ever reached. */
function walk(value: unknown, parts: readonly string[], from: number): unknown {
	let current = value;
	for (let i = from; i < parts.length; i++) {
		if (current === null || current === undefined) return undefined;
		if (!own(current, parts[i])) return undefined;
		current = (current as Record<string, unknown>)[parts[i]];
	}
	return current;
}

function findData(frame: Frame, name: string): unknown {
	for (let at: Frame | null = frame; at; at = at.parent) {
		if (own(at.values, name)) return at.values[name];
	}
	return undefined;
}

/** A helper name: a single identifier, not `this`, `../x`, `a.b` or `@x` (each of which is written longer than its first part). */
function simpleName(path: hbs.AST.PathExpression): string | null {
	return path.original === path.parts[0] ? path.original : null;
}

/** Text of a value as Handlebars prints it, never escaped (the output is Markdown, not HTML). */
function show(value: unknown): string {
	if (typeof value === "string") return value;
	if (value === null || value === undefined || typeof value === "function") return "";
	if (Array.isArray(value)) return value.map(show).join(",");
	return typeof value === "object" ? "[object Object]" : (value as string | number | boolean | bigint).toString();
}

/** Falsy the way `#if` means it: false, null, undefined, "", NaN, an empty list; 0 only without includeZero. */
function isEmpty(value: unknown, includeZero = false): boolean {
	if (Array.isArray(value)) return value.length === 0;
	if (value === 0) return !includeZero;
	return !value;
}

/** `{{#name}}` over a plain value: a list repeats the block, a truthy value enters it, anything else takes `else`. */
function blockValue(value: unknown, options: HelperOptions, context: unknown): string {
	if (value === true) return options.fn(context);
	if (isEmpty(value)) return options.inverse(context);
	if (Array.isArray(value)) return eachOf(value, options, context);
	return options.fn(value);
}

function eachOf(items: unknown, options: HelperOptions, context: unknown): string {
	const entries: [string | number, unknown][] = Array.isArray(items)
		? items.map((item, index): [number, unknown] => [index, item])
		: items !== null && typeof items === "object"
			? Object.keys(items).map((key): [string, unknown] => [key, (items as Record<string, unknown>)[key]])
			: [];
	if (entries.length === 0) return options.inverse(context);
	let out = "";
	entries.forEach(([key, item], index) => {
		const data: Frame = { parent: options.data, values: { key, index, first: index === 0, last: index === entries.length - 1 } };
		out += options.fn(item, { data, blockParams: [item, key] });
	});
	return out;
}

/** A built-in block helper of one argument; any other count fails with Handlebars' own message. */
function oneArgument(message: string, run: (value: unknown, options: HelperOptions, context: unknown) => string): Helper {
	return function (this: unknown, ...args: unknown[]) {
		const options = args.pop() as HelperOptions;
		if (args.length !== 1) throw new Error(message);
		return run(args[0], options, this);
	};
}

/** `#if` (or, `negated`, `#unless`): the block when the value is not empty, else its `else`. */
function conditional(name: string, negated: boolean): Helper {
	return oneArgument(`#${name} requires exactly one argument`, (value, options, context) =>
		isEmpty(value, options.hash.includeZero === true) !== negated ? options.inverse(context) : options.fn(context),
	);
}

/** Handlebars' built-in helpers, reimplemented over own properties only. */
const BUILT_INS: ReadonlyMap<string, Helper> = new Map<string, Helper>([
	["if", conditional("if", false)],
	["unless", conditional("unless", true)],
	["each", oneArgument("Must pass iterator to #each", eachOf)],
	["with", oneArgument("#with requires exactly one argument", (value, options, context) => (isEmpty(value) ? options.inverse(context) : options.fn(value, { blockParams: [value] })))],
	["lookup", (object: unknown, key: unknown) => (typeof key === "string" || typeof key === "number" ? walk(object, [String(key)], 0) : undefined)],
	["log", () => ""],
]);

/** The fault of a rendering stopped at `node` for passing `limit` (the wording `key` says what to look for). */
function stopped(node: Node, key: string, limit: number): TemplateFault {
	return fault(words(key, { limit: limit.toLocaleString("en") }), node.loc);
}

/** A fault at the start of `place` (a node's location, a token's span), with a 1-based column; 0 and 0 without a place. */
export function fault(message: string, place?: { start: hbs.AST.Position }): TemplateFault {
	return new TemplateFault(message, place?.start.line ?? 0, (place?.start.column ?? -1) + 1);
}
