/**
 * Splits a Handlebars template into tokens with Handlebars' own token rules, states and positions (1-based lines,
 * 0-based columns), so that our parser reports every place exactly where Handlebars does.
 */
import { TemplateFault } from "./interpreter";
import { lazy } from "../lazy";

/** What a token is, named as in Handlebars' grammar (`TOKEN_NAMES` spells each, for parse errors). */
export const enum TokenKind {
	CONTENT, COMMENT, OPEN_RAW_BLOCK, CLOSE_RAW_BLOCK, END_RAW_BLOCK, OPEN_SEXPR, CLOSE_SEXPR, OPEN_PARTIAL, OPEN_PARTIAL_BLOCK,
	OPEN_BLOCK, OPEN_ENDBLOCK, INVERSE, OPEN_INVERSE, OPEN_INVERSE_CHAIN, OPEN_UNESCAPED, OPEN, EQUALS, ID, SEP, CLOSE_UNESCAPED,
	CLOSE, STRING, DATA, BOOLEAN, UNDEFINED, NULL, NUMBER, OPEN_BLOCK_PARAMS, CLOSE_BLOCK_PARAMS, INVALID, EOF,
}

/** Each token kind's name, in `TokenKind` order, as Handlebars' parse errors name it. */
export const TOKEN_NAMES = "CONTENT COMMENT OPEN_RAW_BLOCK CLOSE_RAW_BLOCK END_RAW_BLOCK OPEN_SEXPR CLOSE_SEXPR OPEN_PARTIAL OPEN_PARTIAL_BLOCK OPEN_BLOCK OPEN_ENDBLOCK INVERSE OPEN_INVERSE OPEN_INVERSE_CHAIN OPEN_UNESCAPED OPEN EQUALS ID SEP CLOSE_UNESCAPED CLOSE STRING DATA BOOLEAN UNDEFINED NULL NUMBER OPEN_BLOCK_PARAMS CLOSE_BLOCK_PARAMS INVALID EOF".split(" ");

/** Where a token starts and ends. */
export interface Span {
	firstLine: number;
	firstColumn: number;
	lastLine: number;
	lastColumn: number;
}

/** One token: its kind, its text (quotes and escapes already removed where Handlebars removes them) and its span. */
export interface Token {
	kind: TokenKind;
	text: string;
	span: Span;
}

type State = "text" | "mustache" | "escaped" | "comment" | "raw";
/** A rule's action: the token it gives (null: none, keep lexing), after changing states as Handlebars does. */
type Action = (lexer: HandlebarsLexer, text: string) => { kind: TokenKind; text: string } | null;

const token = (kind: TokenKind) => (_: HandlebarsLexer, text: string) => ({ kind, text });
/** ID characters: anything but whitespace and the punctuation Handlebars reserves. */
const ID = "[^\\s!\"#%-,\\.\\/;->@\\[-\\^`\\{-~]+";
const LITERAL_END = "(?=[~}\\s)])";

function rule(source: string, action: Action): [string, Action] {
	return [source, action];
}

const RULES: Record<State, [string, Action][]> = {
	text: [
		rule("[^\\x00]*?(?=\\{\\{)", (lexer, text) => {
			// One backslash escapes the mustache that follows; two leave one backslash and a real mustache.
			const escaped = text.endsWith("\\") && !text.endsWith("\\\\");
			lexer.push(escaped ? "escaped" : "mustache");
			const content = text.endsWith("\\") ? text.slice(0, -1) : text;
			return content ? { kind: TokenKind.CONTENT, text: content } : null;
		}),
		rule("[^\\x00]+", token(TokenKind.CONTENT)),
	],
	escaped: [
		rule("[^\\x00]{2,}?(?=\\{\\{|\\\\\\{\\{|\\\\\\\\\\{\\{|$)", (lexer, text) => (lexer.pop(), { kind: TokenKind.CONTENT, text })),
	],
	comment: [rule("[\\s\\S]*?--~?\\}\\}", (lexer, text) => (lexer.pop(), { kind: TokenKind.COMMENT, text }))],
	raw: [
		rule("\\{\\{\\{\\{(?=[^/])", (lexer, text) => (lexer.push("raw"), { kind: TokenKind.CONTENT, text })),
		rule(`\\{\\{\\{\\{\\/${ID}(?=[=}\\s\\/.])\\}\\}\\}\\}`, (lexer, text) => {
			lexer.pop();
			return lexer.state() === "raw" ? { kind: TokenKind.CONTENT, text } : { kind: TokenKind.END_RAW_BLOCK, text: text.slice(5, -4) };
		}),
		rule("[^\\x00]+?(?=\\{\\{\\{\\{)", token(TokenKind.CONTENT)),
	],
	mustache: [
		rule("\\(", token(TokenKind.OPEN_SEXPR)),
		rule("\\)", token(TokenKind.CLOSE_SEXPR)),
		rule("\\{\\{\\{\\{", token(TokenKind.OPEN_RAW_BLOCK)),
		rule("\\}\\}\\}\\}", (lexer, text) => (lexer.pop(), lexer.push("raw"), { kind: TokenKind.CLOSE_RAW_BLOCK, text })),
		rule("\\{\\{~?>", token(TokenKind.OPEN_PARTIAL)),
		rule("\\{\\{~?#>", token(TokenKind.OPEN_PARTIAL_BLOCK)),
		rule("\\{\\{~?#\\*?", token(TokenKind.OPEN_BLOCK)),
		rule("\\{\\{~?\\/", token(TokenKind.OPEN_ENDBLOCK)),
		rule("\\{\\{~?\\^\\s*~?\\}\\}", (lexer, text) => (lexer.pop(), { kind: TokenKind.INVERSE, text })),
		rule("\\{\\{~?\\s*else\\s*~?\\}\\}", (lexer, text) => (lexer.pop(), { kind: TokenKind.INVERSE, text })),
		rule("\\{\\{~?\\^", token(TokenKind.OPEN_INVERSE)),
		rule("\\{\\{~?\\s*else\\b", token(TokenKind.OPEN_INVERSE_CHAIN)),
		rule("\\{\\{~?\\{", token(TokenKind.OPEN_UNESCAPED)),
		rule("\\{\\{~?&", token(TokenKind.OPEN)),
		rule("\\{\\{~?!--", (lexer) => (lexer.rewind(), lexer.pop(), lexer.push("comment"), null)),
		rule("\\{\\{~?![\\s\\S]*?\\}\\}", (lexer, text) => (lexer.pop(), { kind: TokenKind.COMMENT, text })),
		rule("\\{\\{~?\\*?", token(TokenKind.OPEN)),
		rule("=", token(TokenKind.EQUALS)),
		rule("\\.\\.", token(TokenKind.ID)),
		rule("\\.(?=[=~}\\s\\/.)|])", token(TokenKind.ID)),
		rule("[\\/.]", token(TokenKind.SEP)),
		rule("\\s+", () => null),
		rule("\\}~?\\}\\}", (lexer, text) => (lexer.pop(), { kind: TokenKind.CLOSE_UNESCAPED, text })),
		rule("~?\\}\\}", (lexer, text) => (lexer.pop(), { kind: TokenKind.CLOSE, text })),
		rule('"(?:\\\\"|[^"])*"', (_, text) => ({ kind: TokenKind.STRING, text: text.slice(1, -1).replace(/\\"/g, '"') })),
		rule("'(?:\\\\'|[^'])*'", (_, text) => ({ kind: TokenKind.STRING, text: text.slice(1, -1).replace(/\\'/g, "'") })),
		rule("@", token(TokenKind.DATA)),
		rule(`(?:true|false)${LITERAL_END}`, token(TokenKind.BOOLEAN)),
		rule(`undefined${LITERAL_END}`, token(TokenKind.UNDEFINED)),
		rule(`null${LITERAL_END}`, token(TokenKind.NULL)),
		rule(`-?[0-9]+(?:\\.[0-9]+)?${LITERAL_END}`, token(TokenKind.NUMBER)),
		rule("as\\s+\\|", token(TokenKind.OPEN_BLOCK_PARAMS)),
		rule("\\|", token(TokenKind.CLOSE_BLOCK_PARAMS)),
		rule(`${ID}(?=[=~}\\s\\/.)|])`, token(TokenKind.ID)),
		rule("\\[(?:\\\\\\]|[^\\]])*\\]", (_, text) => ({ kind: TokenKind.ID, text: text.replace(/\\([\\\]])/g, "$1") })),
		rule(".", token(TokenKind.INVALID)),
	],
};

/** Each state's rules as one sticky pattern of ordered alternatives, one group per rule: the first rule that matches wins. */
const PATTERNS = lazy(
	() =>
		Object.fromEntries(
			Object.entries(RULES).map(([state, rules]) => [state, { pattern: new RegExp(rules.map(([source]) => `(${source})`).join("|"), "y"), actions: rules.map(([, action]) => action) }]),
		) as Record<State, { pattern: RegExp; actions: Action[] }>,
);

const LINE_BREAKS = /(?:\r\n?|\n).*/g;

/** Hands out the tokens of one template, one at a time, as the parser asks for them. */
export class HandlebarsLexer {
	readonly #states: State[] = ["text"];
	#offset = 0;
	/** The span of the last text matched (a token or skipped whitespace), which Handlebars reports lexical errors at. */
	#last: Span = { firstLine: 1, firstColumn: 0, lastLine: 1, lastColumn: 0 };
	readonly #source: string;

	constructor(source: string) {
		this.#source = source;
	}

	/** The next token; at the end of the text, EOF for ever. */
	next(): Token {
		for (;;) {
			if (this.#offset >= this.#source.length) return this.#end();
			const found = this.#match();
			if (!found) throw this.#lexicalError();
			const [text, action] = found;
			this.#offset += text.length;
			const span = this.#advance(text);
			const produced = action(this, text);
			if (produced) return { ...produced, span };
		}
	}

	/** Enters a state. */
	push(state: State): void {
		this.#states.push(state);
	}

	/** Leaves the current state. */
	pop(): void {
		if (this.#states.length > 1) this.#states.pop();
	}

	/** The current state. */
	state(): State {
		return this.#states[this.#states.length - 1];
	}

	/** Gives back the text just matched (a long comment's opening), to be read again in another state. */
	rewind(): void {
		this.#offset -= this.#last.lastColumn - this.#last.firstColumn;
		this.#last = { ...this.#last, lastLine: this.#last.firstLine, lastColumn: this.#last.firstColumn };
	}

	/** The end of the text: in text and mustaches an empty match that moves the span there, elsewhere the last span. */
	#end(): Token {
		const state = this.state();
		return { kind: TokenKind.EOF, text: "", span: state === "text" || state === "mustache" ? this.#advance("") : this.#last };
	}

	#match(): [string, Action] | null {
		const { pattern, actions } = PATTERNS()[this.state()];
		pattern.lastIndex = this.#offset;
		const found = pattern.exec(this.#source);
		if (!found) return null;
		let rule = 0;
		while (found[rule + 1] === undefined) rule++;
		return [found[0], actions[rule]];
	}

	/** Moves the position over `text`, counting lines the way Handlebars does, and returns the span it covered. */
	#advance(text: string): Span {
		const breaks = text.match(LINE_BREAKS);
		let { lastLine: line, lastColumn: column } = this.#last;
		if (breaks) {
			const tail = breaks[breaks.length - 1];
			line += breaks.length;
			column = tail.length - (tail.startsWith("\r\n") ? 2 : 1);
		} else {
			column += text.length;
		}
		this.#last = { firstLine: this.#last.lastLine, firstColumn: this.#last.lastColumn, lastLine: line, lastColumn: column };
		return this.#last;
	}

	#lexicalError(): TemplateFault {
		const line = this.#last.lastLine;
		const column = this.#last.firstLine === line ? this.#last.firstColumn + 1 : 0;
		return new TemplateFault(`Lexical error on line ${line}: the text here is not Handlebars (an unclosed comment or raw block, or a NUL character).`, line, column);
	}
}
