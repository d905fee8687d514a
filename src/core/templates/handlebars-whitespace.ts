/**
 * Handlebars' whitespace rules applied to a parsed tree: `~` strips whitespace beside a mustache, and a line holding
 * only a block tag, `{{else}}` or a comment loses its indentation and line break. Every check is a scan
 * from one end of a text (`trimStart` and `trimEnd` strip exactly what `\s` matches), so long runs of spaces cost
 * linear time.
 */
import type {} from "handlebars";

type Node = hbs.AST.Node & Record<string, unknown>;
/** Handlebars' ContentStatement; its published type gets `original` wrong (it is the text as written). */
type Content = Omit<hbs.AST.ContentStatement, "original"> & { original: string; rightStripped?: boolean; leftStripped?: boolean };
type Program = hbs.AST.Program & { chained?: boolean };
type Block = hbs.AST.BlockStatement & { program?: Program; inverse?: Program };
interface Strip {
	open?: boolean;
	close?: boolean;
	openStandalone?: boolean;
	closeStandalone?: boolean;
	inlineStandalone?: boolean;
}

/** Applies `~` and standalone-line stripping to `root` in place, as Handlebars' parse does, and returns it. */
export function controlWhitespace(root: hbs.AST.Program): hbs.AST.Program {
	visitProgram(root, true);
	return root;
}

function visitProgram(program: Program, isRoot: boolean): void {
	const body = program.body;
	for (let i = 0; i < body.length; i++) {
		const current = body[i] as Node;
		const strip = visit(current);
		if (!strip) continue;
		const prevWhitespace = isPrevWhitespace(body, i, isRoot);
		const nextWhitespace = isNextWhitespace(body, i, isRoot);
		if (strip.close) omitRight(body, i, true);
		if (strip.open) omitLeft(body, i, true);
		if (strip.inlineStandalone && prevWhitespace && nextWhitespace) {
			omitRight(body, i);
			omitLeft(body, i);
		}
		if (strip.openStandalone && prevWhitespace) {
			const block = current as unknown as Block;
			omitRight((block.program ?? block.inverse)?.body ?? []);
			omitLeft(body, i);
		}
		if (strip.closeStandalone && nextWhitespace) {
			const block = current as unknown as Block;
			omitRight(body, i);
			omitLeft((block.inverse ?? block.program)?.body ?? []);
		}
	}
}

function visit(node: Node): Strip | undefined {
	switch (node.type) {
		case "BlockStatement":
			return visitBlock(node as unknown as Block);
		case "MustacheStatement":
			return node.strip as Strip;
		case "CommentStatement": {
			const strip = (node.strip ?? {}) as Strip;
			return { inlineStandalone: true, open: strip.open, close: strip.close };
		}
		default:
			return undefined;
	}
}

function visitBlock(block: Block): Strip {
	if (block.program) visitProgram(block.program, false);
	if (block.inverse) visitProgram(block.inverse, false);
	const program = (block.program ?? block.inverse);
	const inverse = block.program && block.inverse;
	let firstInverse = inverse;
	let lastInverse = inverse;
	if (inverse?.chained) {
		firstInverse = (inverse.body[0] as Block).program;
		while (lastInverse?.chained) lastInverse = (lastInverse.body[lastInverse.body.length - 1] as Block).program;
	}
	const strip: Strip = {
		open: block.openStrip.open,
		close: block.closeStrip.close,
		openStandalone: isNextWhitespace(program.body),
		closeStandalone: isPrevWhitespace((firstInverse ?? program).body),
	};
	if (block.openStrip.close) omitRight(program.body, undefined, true);
	if (inverse && firstInverse && lastInverse) {
		const inverseStrip = block.inverseStrip;
		if (inverseStrip.open) omitLeft(program.body, undefined, true);
		if (inverseStrip.close) omitRight(firstInverse.body, undefined, true);
		if (block.closeStrip.open) omitLeft(lastInverse.body, undefined, true);
		if (isPrevWhitespace(program.body) && isNextWhitespace(firstInverse.body)) {
			omitLeft(program.body);
			omitRight(firstInverse.body);
		}
	} else if (block.closeStrip.open) {
		omitLeft(program.body, undefined, true);
	}
	return strip;
}

/** Whether the text before statement `i` ends a line with only whitespace after it (or starts the template). */
function isPrevWhitespace(body: hbs.AST.Statement[], i = body.length, isRoot = false): boolean {
	const prev = body[i - 1];
	if (!prev) return isRoot;
	if (prev.type !== "ContentStatement") return false;
	const text = (prev as unknown as Content).original;
	const start = text.trimEnd().length;
	if (isRoot && !body[i - 2] && start === 0) return true;
	return text.indexOf("\n", start) !== -1;
}

/** Whether the text after statement `i` starts with only whitespace up to a line break (or ends the template). */
function isNextWhitespace(body: hbs.AST.Statement[], i = -1, isRoot = false): boolean {
	const next = body[i + 1];
	if (!next) return isRoot;
	if (next.type !== "ContentStatement") return false;
	const text = (next as unknown as Content).original;
	const end = text.length - text.trimStart().length;
	if (isRoot && !body[i + 2] && end === text.length) return true;
	const newline = text.indexOf("\n");
	return newline !== -1 && newline < end;
}

/** Marks the content after statement `i` (or the first) stripped of its leading whitespace: all of it, or one line's. */
function omitRight(body: hbs.AST.Statement[], i?: number, multiple = false): void {
	const current = body[i === undefined ? 0 : i + 1] as unknown as Content | undefined;
	if (!current || current.type !== "ContentStatement" || (!multiple && current.rightStripped)) return;
	const original = current.value;
	current.value = multiple ? original.trimStart() : original.replace(/^[ \t]*\r?\n?/, "");
	current.rightStripped = current.value !== original;
}

/** Marks the content before statement `i` (or the last) stripped of its trailing whitespace: all of it, or spaces and tabs. */
function omitLeft(body: hbs.AST.Statement[], i?: number, multiple = false): void {
	const current = body[i === undefined ? body.length - 1 : i - 1] as unknown as Content | undefined;
	if (!current || current.type !== "ContentStatement" || (!multiple && current.leftStripped)) return;
	const original = current.value;
	current.value = multiple ? original.trimEnd() : withoutTrailingBlanks(original);
	current.leftStripped = current.value !== original;
}

/** `text` without the spaces and tabs it ends with, found by a scan (`/[ \t]+$/` is quadratic on long inner runs). */
function withoutTrailingBlanks(text: string): string {
	let end = text.length;
	while (text[end - 1] === " " || text[end - 1] === "\t") end--;
	return text.slice(0, end);
}
