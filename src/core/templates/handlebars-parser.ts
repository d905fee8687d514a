/**
 * Our Handlebars parser: the syntax tree Handlebars 4.7 builds (same nodes, fields, positions and errors), standalone
 * lines and `~` already stripped, in one pass over the tokens with a nesting cap so no template can exhaust the stack.
 * Partials and decorators, which innCoPilot templates may not use, are refused where they start; names that reach an
 * object's prototype are refused at the first, once the whole template has parsed (a syntax error is reported first).
 */
import type {} from "handlebars";
import { HandlebarsLexer, syntaxFault, TOKEN_NAMES, TokenKind, type Span, type Token } from "./handlebars-lexer";
import { controlWhitespace } from "./handlebars-whitespace";
import { prepareBlock, programOf, content, literal, checkClose, located, stripFlags, stripComment, idOf, locOf, type Expression, type Statement, type Program, type Loc, type Call, type Open, type Inverse, type Close } from "./handlebars-nodes";
import { fault, TemplateFault } from "./interpreter";
import { words } from "../wording/wording";

/** Deepest nesting of blocks, `else` chains and sub-expressions a template may have. */
export const MAX_NESTING = 100;

/** Names a template may never reach, even where Handlebars itself would refuse them at run time. */
const FORBIDDEN_NAMES = /^(?:constructor|__proto__|prototype|__(?:define|lookup)[GS]etter__)$/;

/**
 * Parses `source` as Handlebars does; throws `TemplateFault` with Handlebars' line and column for any syntax error,
 * and then for the first name (path part or string) in `FORBIDDEN_NAMES`.
 */
export function parseHandlebars(source: string): hbs.AST.Program {
	const parser = new Parser(new HandlebarsLexer(source));
	const program = parser.program([TokenKind.EOF]);
	if (parser.forbidden) throw parser.forbidden;
	return program;
}

const STATEMENT_ENDS: readonly TokenKind[] = [TokenKind.EOF, TokenKind.OPEN_ENDBLOCK, TokenKind.INVERSE, TokenKind.OPEN_INVERSE_CHAIN];
const LITERALS: readonly TokenKind[] = [TokenKind.STRING, TokenKind.NUMBER, TokenKind.BOOLEAN, TokenKind.UNDEFINED, TokenKind.NULL];
/** Tokens after which Handlebars finishes reading a path (and so checks it) rather than reporting the token. */
const AFTER_PATH: readonly TokenKind[] = [TokenKind.CLOSE, TokenKind.CLOSE_UNESCAPED, TokenKind.CLOSE_SEXPR, TokenKind.CLOSE_RAW_BLOCK, TokenKind.OPEN_SEXPR, TokenKind.OPEN_BLOCK_PARAMS, TokenKind.ID, TokenKind.DATA, ...LITERALS];

class Parser {
	/** The fault for the first forbidden name read, thrown once the template has parsed. */
	forbidden: TemplateFault | undefined;
	#lookahead: Token | null = null;
	#depth = 0;
	/** The span of the last token taken: where the node being read ends, and (its last line) what parse errors name. */
	#last: Span | undefined;
	readonly #lexer: HandlebarsLexer;

	constructor(lexer: HandlebarsLexer) {
		this.#lexer = lexer;
	}

	/** Statements up to one of `ends`. */
	program(ends: readonly TokenKind[]): Program {
		const body: Statement[] = [];
		for (let next = this.#peek(); !ends.includes(next.kind); next = this.#peek()) {
			if (STATEMENT_ENDS.includes(next.kind)) throw this.#unexpected(next, ends.map((kind) => TOKEN_NAMES[kind]).join(" or "));
			body.push(this.#statement());
		}
		// Only the template's own program ends at EOF.
		controlWhitespace(body, ends.includes(TokenKind.EOF));
		const last = body[body.length - 1];
		return programOf(body, last && locOf(body[0].loc, last.loc));
	}

	/**
	 * One statement. Any token but `STATEMENT_ENDS` that a program meets starts one: the lexer reads text as CONTENT,
	 * and the first token of a mustache is always one that opens it.
	 */
	#statement(): Statement {
		const token = this.#take();
		const partial = token.kind === TokenKind.OPEN_PARTIAL || token.kind === TokenKind.OPEN_PARTIAL_BLOCK;
		if (partial || ((token.kind === TokenKind.OPEN || token.kind === TokenKind.OPEN_BLOCK) && token.text.includes("*"))) {
			const what = partial ? "Partials ({{> name}})" : "Decorators ({{* name}})";
			throw fault(`${what} are not supported in innCoPilot templates.`, token.span);
		}
		switch (token.kind) {
			case TokenKind.CONTENT:
				return content(token);
			case TokenKind.COMMENT:
				return { type: "CommentStatement", value: stripComment(token.text), strip: stripFlags(token), loc: locOf(token.span) } as hbs.AST.CommentStatement;
			case TokenKind.OPEN:
			case TokenKind.OPEN_UNESCAPED:
				return this.#mustache(token);
			case TokenKind.OPEN_BLOCK:
			case TokenKind.OPEN_INVERSE:
				return this.#nested(token, () => this.#block(token));
			default:
				// OPEN_RAW_BLOCK.
				return this.#rawBlock(token);
		}
	}

	#mustache(open: Token): Statement {
		const call = this.#call();
		const close = this.#expect(open.kind === TokenKind.OPEN ? TokenKind.CLOSE : TokenKind.CLOSE_UNESCAPED);
		return {
			type: "MustacheStatement",
			...call,
			escaped: !/^\{\{~?[{&]/.test(open.text),
			strip: stripFlags(open, close),
			loc: this.#from(open),
		} as hbs.AST.MustacheStatement;
	}

	#block(open: Token): Statement {
		const inverted = open.kind === TokenKind.OPEN_INVERSE;
		const opening = this.#opening(open);
		const ends: TokenKind[] = inverted ? [TokenKind.OPEN_ENDBLOCK, TokenKind.INVERSE] : [TokenKind.OPEN_ENDBLOCK, TokenKind.INVERSE, TokenKind.OPEN_INVERSE_CHAIN];
		const program = this.program(ends);
		const inverse = this.#otherwise();
		const close = this.#closing();
		return prepareBlock(opening, program, inverse, close, inverted, this.#from(open));
	}

	/** What follows a block's program: `{{else}}`, an `{{else name …}}` chain, or nothing. */
	#otherwise(): Inverse | undefined {
		return this.#at(TokenKind.INVERSE) ? this.#inverse() : this.#at(TokenKind.OPEN_INVERSE_CHAIN) ? this.#chain() : undefined;
	}

	/** `{{else}}` and the program after it, up to the block's end. */
	#inverse(): Inverse {
		const token = this.#take();
		return { strip: stripFlags(token), program: this.program([TokenKind.OPEN_ENDBLOCK]) };
	}

	/** `{{else name …}}`: a block of its own, wrapped in the program that is the outer block's inverse. */
	#chain(): Inverse {
		const open = this.#take();
		return this.#nested(open, () => {
			const opening = this.#opening(open);
			const program = this.program([TokenKind.OPEN_ENDBLOCK, TokenKind.INVERSE, TokenKind.OPEN_INVERSE_CHAIN]);
			const inner = this.#otherwise();
			const block = prepareBlock(opening, program, inner, inner, false, this.#from(open));
			const wrapper = { ...programOf([block], program.loc ?? block.loc), chained: true };
			return { strip: opening.strip, program: wrapper, chain: true };
		});
	}

	#rawBlock(open: Token): Statement {
		const call = this.#call();
		this.#expect(TokenKind.CLOSE_RAW_BLOCK);
		const body: Statement[] = [];
		while (this.#at(TokenKind.CONTENT)) {
			body.push(content(this.#take()));
		}
		const end = this.#expect(TokenKind.END_RAW_BLOCK);
		this.#peek();
		checkClose(call.path, end.text);
		const loc = this.#from(open);
		const program = programOf(body, loc);
		return { type: "BlockStatement", ...call, program, openStrip: {}, inverseStrip: {}, closeStrip: {}, loc } as unknown as hbs.AST.BlockStatement;
	}

	/** The opening mustache of a block, its block parameters included, through its `}}`. */
	#opening(open: Token): Open {
		const call = this.#call();
		const blockParams = this.#at(TokenKind.OPEN_BLOCK_PARAMS) ? this.#blockParams() : undefined;
		const close = this.#expect(TokenKind.CLOSE);
		return { call, blockParams, strip: stripFlags(open, close) };
	}

	/** `{{/name}}`, and the token after it, which Handlebars reads before it checks the name. */
	#closing(): Close {
		const open = this.#expect(TokenKind.OPEN_ENDBLOCK);
		const path = this.#helperName();
		const close = this.#expect(TokenKind.CLOSE);
		this.#peek();
		return { path, strip: stripFlags(open, close) };
	}

	/** A name, its parameters and its hash. */
	#call(): Call {
		const path = this.#helperName();
		const params: Expression[] = [];
		const pairs: hbs.AST.HashPair[] = [];
		for (;;) {
			const next = this.#peek();
			if (next.kind === TokenKind.ID) {
				const id = this.#take();
				if (this.#at(TokenKind.EQUALS)) {
					pairs.push(this.#pair(id));
					continue;
				}
				if (pairs.length > 0) throw this.#unexpected(this.#peek(), "=");
				params.push(this.#path(id));
			} else if (pairs.length === 0 && (next.kind === TokenKind.OPEN_SEXPR || next.kind === TokenKind.DATA || LITERALS.includes(next.kind))) {
				params.push(this.#param());
			} else {
				break;
			}
		}
		const hash: hbs.AST.Hash | undefined = pairs.length > 0 ? { type: "Hash", pairs, loc: locOf(pairs[0].loc, this.#last) } : undefined;
		return { path, params, hash };
	}

	#pair(key: Token): hbs.AST.HashPair {
		this.#take();
		const value = this.#param();
		return { type: "HashPair", key: idOf(key.text), value, loc: this.#from(key) };
	}

	#blockParams(): string[] {
		this.#take();
		const names = [idOf(this.#expect(TokenKind.ID).text)];
		while (this.#at(TokenKind.ID)) names.push(idOf(this.#take().text));
		this.#expect(TokenKind.CLOSE_BLOCK_PARAMS);
		return names;
	}

	#param(): Expression {
		return this.#at(TokenKind.OPEN_SEXPR) ? this.#subExpression() : this.#helperName();
	}

	#subExpression(): Expression {
		const open = this.#take();
		return this.#nested(open, () => {
			const call = this.#call();
			this.#expect(TokenKind.CLOSE_SEXPR);
			return { type: "SubExpression", ...call, loc: this.#from(open) } as hbs.AST.SubExpression;
		});
	}

	/** A path, `@data` path or literal. */
	#helperName(): Expression {
		const token = this.#peek();
		if (token.kind !== TokenKind.ID && token.kind !== TokenKind.DATA && !LITERALS.includes(token.kind)) throw this.#unexpected(token, "a name or a value");
		this.#take();
		switch (token.kind) {
			case TokenKind.ID:
			case TokenKind.DATA:
				return this.#path(token);
			default:
				if (token.kind === TokenKind.STRING) this.#refuseForbidden(token.text, token.span);
				return literal(token);
		}
	}

	/**
	 * `a.b/c`, `../x`, `this.y`, `[any name]`, `@x` from its first token (an ID or `@`): parts without `.`, `..` and
	 * `this`, counted as depth where they lead.
	 */
	#path(start: Token): hbs.AST.PathExpression {
		const data = start.kind === TokenKind.DATA;
		const first = data ? this.#expect(TokenKind.ID) : start;
		let original = data ? "@" : "";
		let depth = 0;
		/** The path up to its first `.`, `..` or `this` after a name, which Handlebars refuses once the path is read. */
		let invalid: string | undefined;
		const parts: string[] = [];
		for (let separator = "", token = first; ; token = this.#expect(TokenKind.ID)) {
			const part = idOf(token.text);
			original += separator + part;
			if (part === token.text && (part === ".." || part === "." || part === "this")) {
				if (parts.length > 0) invalid ??= original;
				else if (part === "..") depth++;
			} else {
				parts.push(part);
			}
			if (!this.#at(TokenKind.SEP)) break;
			separator = this.#take().text;
		}
		const loc = this.#from(start);
		if (invalid !== undefined) {
			const next = this.#peek();
			if (!AFTER_PATH.includes(next.kind)) throw this.#unexpected(next, "the end of the path");
			throw located(`Invalid path: ${invalid}`, loc);
		}
		for (const part of parts) this.#refuseForbidden(part, loc);
		return { type: "PathExpression", data, depth, parts, original, loc };
	}

	/** Notes `name` as the first forbidden name when it is one and none was noted before. */
	#refuseForbidden(name: string, place: Span): void {
		if (FORBIDDEN_NAMES.test(name)) this.forbidden ??= fault(`The template reaches "${name}", which templates may not use.`, place);
	}

	/** Runs `read` one nesting level deeper, refusing templates nested past `MAX_NESTING`. */
	#nested<T>(token: Token, read: () => T): T {
		if (++this.#depth > MAX_NESTING) {
			throw fault(words("template-nesting", { limit: MAX_NESTING }), token.span);
		}
		const value = read();
		this.#depth--;
		return value;
	}

	/** Whether the next token is of `kind`. */
	#at(kind: TokenKind): boolean {
		return this.#peek().kind === kind;
	}

	#peek(): Token {
		this.#lookahead ??= this.#lexer.next();
		return this.#lookahead;
	}

	#take(): Token {
		const token = this.#peek();
		this.#lookahead = null;
		this.#last = token.span;
		return token;
	}

	/** The place of a node that starts at `first` and ends with the last token taken. */
	#from(first: Token): Loc {
		return locOf(first.span, this.#last);
	}

	#expect(kind: TokenKind): Token {
		if (!this.#at(kind)) throw this.#unexpected(this.#peek(), TOKEN_NAMES[kind]);
		return this.#take();
	}

	/** Handlebars' parse error: the line of the last token taken, and the column of `token` when it starts on that line. */
	#unexpected(token: Token, expected: string): TemplateFault {
		const line = this.#last?.end.line ?? 1;
		return syntaxFault(`Parse error on line ${line}: expecting ${expected}, got ${TOKEN_NAMES[token.kind]}`, line, token.span);
	}
}
