/** The nodes our Handlebars parser builds, and the helpers that assemble them as Handlebars' own grammar does. */
import type {} from "handlebars";
import { TOKEN_NAMES, TokenKind, type Span, type Token } from "./handlebars-lexer";
import { fault, type TemplateFault } from "./interpreter";

/** A node's place in the template (Handlebars' `source` is always undefined, so it is left out). */
export type Loc = hbs.AST.SourceLocation;
/** Any expression node. */
export type Expression = hbs.AST.Expression;
/** Any statement node. */
export type Statement = hbs.AST.Statement;
/** Whitespace control flags. */
export type Strip = hbs.AST.StripFlags;
/** Handlebars' Program; its published type lacks the `strip` every Program has. */
export type Program = hbs.AST.Program & { strip: Strip; chained?: boolean };
/** What a mustache, block or sub-expression calls: the fields its node spreads in. */
export interface Call {
	path: Expression;
	params: Expression[];
	hash: hbs.AST.Hash | undefined;
}
/** A block's opening tag. */
export interface Open {
	call: Call;
	blockParams: string[] | undefined;
	strip: Strip;
}
/** The `{{else}}` part of a block (or an `{{else if}}` chain), as Handlebars' grammar builds it. */
export interface Inverse {
	strip: Strip;
	program: Program;
	chain?: boolean;
}
/** A block's closing tag. */
export interface Close {
	path: Expression;
	strip: Strip;
}

/** A block's node as Handlebars assembles it, `{{else}}` chains and `{{^inverted}}` blocks included. */
export function prepareBlock(open: Open, program: Program, inverse: Inverse | undefined, close: Close | Inverse | undefined, inverted: boolean, loc: Loc): hbs.AST.BlockStatement {
	if (close && "path" in close) checkClose(open.call.path, close.path);
	if (open.blockParams) program.blockParams = open.blockParams;
	let body: Program | undefined = program;
	let otherwise: Program | undefined;
	if (inverse) {
		if (inverse.chain && close) (inverse.program.body[0] as hbs.AST.BlockStatement).closeStrip = close.strip;
		otherwise = inverse.program;
	}
	if (inverted) [body, otherwise] = [otherwise, body];
	return {
		type: "BlockStatement",
		...open.call,
		program: body,
		inverse: otherwise,
		openStrip: open.strip,
		inverseStrip: inverse?.strip,
		closeStrip: close?.strip,
		loc,
	} as unknown as hbs.AST.BlockStatement;
}

/** `{{/name}}` must name the block it closes. */
export function checkClose(open: Expression, close: Expression | string): void {
	const closing = typeof close === "string" ? close : (close as hbs.AST.PathExpression).original;
	const opening = (open as hbs.AST.PathExpression).original;
	if (opening !== closing) throw located(`${opening} doesn't match ${closing}`, open.loc);
}

/** An error placed as Handlebars places its own: ` - line:column` in the message, 0-based column. */
export function located(message: string, loc: Loc): TemplateFault {
	return fault(`${message} - ${loc.start.line}:${loc.start.column}`, loc);
}

/** Which sides of a `{{~ … ~}}` tag strip whitespace: its opening token and its closing one (the same, for `{{else}}` and comments). */
export function stripFlags(open: Token, close = open): Strip {
	return { open: open.text.charAt(2) === "~", close: close.text.charAt(close.text.length - 3) === "~" };
}

/** A comment's text without its `{{!--` and `--}}`. */
export function stripComment(text: string): string {
	return text.replace(/^\{\{~?!-?-?|-?-?~?\}\}$/g, "");
}

/** `[name]` is the name itself. */
export function idOf(text: string): string {
	return /^\[.*\]$/.test(text) ? text.slice(1, -1) : text;
}

/** A Program node of `body`. */
export function programOf(body: Statement[], loc: Loc | undefined): Program {
	return { type: "Program", body, strip: {}, loc } as Program;
}

/** A text token's node. */
export function content(token: Token): hbs.AST.ContentStatement {
	return { type: "ContentStatement", original: token.text, value: token.text, loc: locOf(token.span) } as unknown as hbs.AST.ContentStatement;
}

/** A literal token's node, typed after the token's name: STRING is a StringLiteral, NULL a NullLiteral… */
export function literal(token: Token): hbs.AST.Literal {
	const { kind, text } = token;
	const name = TOKEN_NAMES[kind];
	const value = kind === TokenKind.STRING ? text : kind === TokenKind.NUMBER ? Number(text) : kind === TokenKind.BOOLEAN ? text === "true" : kind === TokenKind.NULL ? null : undefined;
	return { type: `${name[0]}${name.slice(1).toLowerCase()}Literal`, value, original: value, loc: locOf(token.span) } as hbs.AST.Literal;
}

/** A node's source location from the spans (or locations) of its first and last parts. */
export function locOf(first: Span, last: Span = first): Loc {
	return { start: first.start, end: last.end } as Loc;
}
