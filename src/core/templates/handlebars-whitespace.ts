/**
 * Handlebars' whitespace rules, applied by our parser to each program as it completes: `~` strips whitespace beside a
 * mustache, and a line holding only a block tag, `{{else}}` or a comment loses its indentation and line break. Every
 * check is a scan from one end of a text (`trimStart` and `trimEnd` strip exactly what `\s` matches), so long runs of
 * spaces cost linear time.
 */
import type {} from "handlebars";

/** Handlebars' ContentStatement; its published type gets `original` wrong (it is the text as written). */
type Content = Omit<hbs.AST.ContentStatement, "original"> & { original: string; rightStripped?: boolean; leftStripped?: boolean };
type Program = hbs.AST.Program & { chained?: boolean };
type Block = hbs.AST.BlockStatement & { program?: Program; inverse?: Program };
type Statement = hbs.AST.Statement;
interface Strip {
	open?: boolean;
	close?: boolean;
	openStandalone?: boolean;
	closeStandalone?: boolean;
	inlineStandalone?: boolean;
}
/** Which neighbour of a statement: the one before it (-1) or the one after it (1). */
type Side = -1 | 1;

/**
 * Applies `~` and standalone-line stripping to the statements of one program, in place, as Handlebars' parse does; the
 * programs of its blocks were done when they completed. `isRoot`: the program is the whole template.
 */
export function controlWhitespace(body: Statement[], isRoot: boolean): void {
	for (let i = 0; i < body.length; i++) {
		const current = body[i];
		const strip = stripOf(current);
		if (!strip) continue;
		const prevWhitespace = isWhitespaceLine(body, -1, i, isRoot);
		const nextWhitespace = isWhitespaceLine(body, 1, i, isRoot);
		if (strip.close) omit(body, 1, i, true);
		if (strip.open) omit(body, -1, i, true);
		if (strip.inlineStandalone && prevWhitespace && nextWhitespace) {
			omit(body, 1, i);
			omit(body, -1, i);
		}
		const block = current as Block;
		if (strip.openStandalone && prevWhitespace) {
			omit((block.program ?? block.inverse).body, 1);
			omit(body, -1, i);
		}
		if (strip.closeStandalone && nextWhitespace) {
			omit(body, 1, i);
			omit((block.inverse ?? block.program).body, -1);
		}
	}
}

/** What whitespace a statement strips, and on which sides it may stand alone on its line; none for text. */
function stripOf(node: Statement): Strip | undefined {
	switch (node.type) {
		case "BlockStatement":
			return blockStrip(node as Block);
		case "MustacheStatement":
			return (node as hbs.AST.MustacheStatement).strip;
		case "CommentStatement":
			return { ...(node as hbs.AST.CommentStatement).strip, inlineStandalone: true };
		default:
			return undefined;
	}
}

/** Strips the `~` and standalone `{{else}}` whitespace inside a block, `{{else if}}` chains first, and returns its outer strip. */
function blockStrip(block: Block): Strip {
	const program = block.program ?? block.inverse;
	const inverse = block.program && block.inverse;
	let firstInverse = inverse;
	let lastInverse = inverse;
	if (inverse?.chained) {
		// A chained `{{else if}}` block is done here, where the tag that closes it (the outer block's) is known.
		blockStrip(inverse.body[0] as Block);
		firstInverse = (inverse.body[0] as Block).program;
		while (lastInverse?.chained) lastInverse = (lastInverse.body[lastInverse.body.length - 1] as Block).program;
	}
	const strip: Strip = {
		open: block.openStrip.open,
		close: block.closeStrip.close,
		openStandalone: isWhitespaceLine(program.body, 1),
		closeStandalone: isWhitespaceLine((firstInverse ?? program).body, -1),
	};
	if (block.openStrip.close) omit(program.body, 1, undefined, true);
	if (inverse && firstInverse && lastInverse) {
		const inverseStrip = block.inverseStrip;
		if (inverseStrip.open) omit(program.body, -1, undefined, true);
		if (inverseStrip.close) omit(firstInverse.body, 1, undefined, true);
		if (block.closeStrip.open) omit(lastInverse.body, -1, undefined, true);
		if (isWhitespaceLine(program.body, -1) && isWhitespaceLine(firstInverse.body, 1)) {
			omit(program.body, -1);
			omit(firstInverse.body, 1);
		}
	} else if (block.closeStrip.open) {
		omit(program.body, -1, undefined, true);
	}
	return strip;
}

/**
 * Whether the text on `side` of statement `i` holds only whitespace, with a line break, between the statement and the
 * edge of its line (or, in the template itself, is whitespace alone up to the template's edge). Without `i`: the text
 * at that end of `body`, as seen from beyond it.
 */
function isWhitespaceLine(body: Statement[], side: Side, i = side < 0 ? body.length : -1, isRoot = false): boolean {
	const beside = body[i + side];
	if (!beside) return isRoot;
	if (beside.type !== "ContentStatement") return false;
	const text = (beside as unknown as Content).original;
	const run = side < 0 ? text.slice(text.trimEnd().length) : text.slice(0, text.length - text.trimStart().length);
	return (isRoot && !body[i + 2 * side] && run.length === text.length) || run.includes("\n");
}

/**
 * Strips the whitespace of the text on `side` of statement `i` (without `i`: at that end of `body`) where it faces the
 * statement: all of it with `multiple`, else the spaces and tabs before it, or those and one line break after it.
 */
function omit(body: Statement[], side: Side, i = side < 0 ? body.length : -1, multiple = false): void {
	const beside = body[i + side] as unknown as Content | undefined;
	const mark = side < 0 ? "leftStripped" : "rightStripped";
	if (!beside || beside.type !== "ContentStatement" || (!multiple && beside[mark])) return;
	const original = beside.value;
	if (side < 0) beside.value = multiple ? original.trimEnd() : withoutTrailingBlanks(original);
	else beside.value = multiple ? original.trimStart() : original.replace(/^[ \t]*\r?\n?/, "");
	beside[mark] = beside.value !== original;
}

/** `text` without the spaces and tabs it ends with, found by a scan (`/[ \t]+$/` is quadratic on long inner runs). */
function withoutTrailingBlanks(text: string): string {
	let end = text.length;
	while (text[end - 1] === " " || text[end - 1] === "\t") end--;
	return text.slice(0, end);
}
