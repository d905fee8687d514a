/**
 * Splits a Handlebars template into tokens with Handlebars' own token rules, states and positions (1-based lines,
 * 0-based columns), so that our parser reports every place exactly where Handlebars does.
 */
import { TemplateFault } from "./interpreter";
import { lazy } from "../lazy";
import { words } from "../wording/wording";

/** What a token is, named as in Handlebars' grammar (`TOKEN_NAMES` spells each, for parse errors). */
export const enum TokenKind {
	CONTENT, COMMENT, OPEN_RAW_BLOCK, CLOSE_RAW_BLOCK, END_RAW_BLOCK, OPEN_SEXPR, CLOSE_SEXPR, OPEN_PARTIAL, OPEN_PARTIAL_BLOCK,
	OPEN_BLOCK, OPEN_ENDBLOCK, INVERSE, OPEN_INVERSE, OPEN_INVERSE_CHAIN, OPEN_UNESCAPED, OPEN, EQUALS, ID, SEP, CLOSE_UNESCAPED,
	CLOSE, STRING, DATA, BOOLEAN, UNDEFINED, NULL, NUMBER, OPEN_BLOCK_PARAMS, CLOSE_BLOCK_PARAMS, INVALID, EOF,
}

/** Each token kind's name, in `TokenKind` order, as Handlebars' parse errors name it. */
export const TOKEN_NAMES = "CONTENT COMMENT OPEN_RAW_BLOCK CLOSE_RAW_BLOCK END_RAW_BLOCK OPEN_SEXPR CLOSE_SEXPR OPEN_PARTIAL OPEN_PARTIAL_BLOCK OPEN_BLOCK OPEN_ENDBLOCK INVERSE OPEN_INVERSE OPEN_INVERSE_CHAIN OPEN_UNESCAPED OPEN EQUALS ID SEP CLOSE_UNESCAPED CLOSE STRING DATA BOOLEAN UNDEFINED NULL NUMBER OPEN_BLOCK_PARAMS CLOSE_BLOCK_PARAMS INVALID EOF".split(" ");

/** Where a token starts and ends, in the shape of Handlebars' locations: 1-based lines, 0-based columns. */
export interface Span {
	start: hbs.AST.Position;
	end: hbs.AST.Position;
}

/** One token: its kind, its text (quotes and escapes already removed where Handlebars removes them) and its span. */
export interface Token {
	kind: TokenKind;
	text: string;
	span: Span;
}

type State = "text" | "mustache" | "escaped" | "raw";
/**
 * What a rule does with the text it matched: a token kind gives that token (with `POP`, after leaving the state),
 * null gives nothing, and a function changes states as Handlebars does and gives a token or nothing.
 */
type Action = number | null | ((lexer: HandlebarsLexer, text: string) => { kind: TokenKind; text: string } | null);

/** Added to a token kind in the rules: the state ends with that token. */
const POP = 64;

/**
 * Each state's rules, in Handlebars' order, as one sticky pattern of ordered alternatives (one group per rule: the first
 * rule that matches wins) and the rules' actions. ID characters are anything but whitespace and the punctuation
 * Handlebars reserves; a literal (true, 1, null…) must end before `~`, `}`, a space or `)`.
 */
const PATTERNS = lazy(() => {
	const rules: Record<State, [RegExp, Action][]> = {
		text: [
			[
				/[^\0]*?(?=\{\{)/,
				(lexer, text) => {
					// One backslash escapes the mustache that follows; two leave one backslash and a real mustache.
					const escaped = text.endsWith("\\") && !text.endsWith("\\\\");
					lexer.push(escaped ? "escaped" : "mustache");
					const content = text.endsWith("\\") ? text.slice(0, -1) : text;
					return content ? { kind: TokenKind.CONTENT, text: content } : null;
				},
			],
			[/[^\0]+/, TokenKind.CONTENT],
		],
		escaped: [[/[^\0]{2,}?(?=\{\{|\\\{\{|\\\\\{\{|$)/, TokenKind.CONTENT + POP]],
		raw: [
			[/\{\{\{\{(?=[^/])/, (lexer, text) => (lexer.push("raw"), { kind: TokenKind.CONTENT, text })],
			[
				/\{\{\{\{\/[^\s!"#%-,./;->@[-^`{-~]+(?=[=}\s/.])\}\}\}\}/,
				(lexer, text) => {
					lexer.pop();
					return lexer.state() === "raw" ? { kind: TokenKind.CONTENT, text } : { kind: TokenKind.END_RAW_BLOCK, text: text.slice(5, -4) };
				},
			],
			[/[^\0]+?(?=\{\{\{\{)/, TokenKind.CONTENT],
		],
		mustache: [
			[/\(/, TokenKind.OPEN_SEXPR],
			[/\)/, TokenKind.CLOSE_SEXPR],
			[/\{\{\{\{/, TokenKind.OPEN_RAW_BLOCK],
			[/\}\}\}\}/, (lexer, text) => (lexer.pop(), lexer.push("raw"), { kind: TokenKind.CLOSE_RAW_BLOCK, text })],
			[/\{\{~?>/, TokenKind.OPEN_PARTIAL],
			[/\{\{~?#>/, TokenKind.OPEN_PARTIAL_BLOCK],
			[/\{\{~?#\*?/, TokenKind.OPEN_BLOCK],
			[/\{\{~?\//, TokenKind.OPEN_ENDBLOCK],
			[/\{\{~?(?:\^\s*|\s*else\s*)~?\}\}/, TokenKind.INVERSE + POP],
			[/\{\{~?\^/, TokenKind.OPEN_INVERSE],
			[/\{\{~?\s*else\b/, TokenKind.OPEN_INVERSE_CHAIN],
			[/\{\{~?\{/, TokenKind.OPEN_UNESCAPED],
			[/(?=\{\{~?!--)[\s\S]*?--~?\}\}/, TokenKind.COMMENT + POP],
			[
				/\{\{~?!--/,
				(lexer) => {
					throw lexer.lexicalError();
				},
			],
			[/\{\{~?![\s\S]*?\}\}/, TokenKind.COMMENT + POP],
			[/\{\{~?[&*]?/, TokenKind.OPEN],
			[/=/, TokenKind.EQUALS],
			[/\.\.|\.(?=[=~}\s/.)|])/, TokenKind.ID],
			[/[/.]/, TokenKind.SEP],
			[/\s+/, null],
			[/\}~?\}\}/, TokenKind.CLOSE_UNESCAPED + POP],
			[/~?\}\}/, TokenKind.CLOSE + POP],
			[/"(?:\\"|[^"])*"|'(?:\\'|[^'])*'/, (_, text) => ({ kind: TokenKind.STRING, text: text.slice(1, -1).split(`\\${text[0]}`).join(text[0]) })],
			[/@/, TokenKind.DATA],
			[/(?:true|false)(?=[~}\s)])/, TokenKind.BOOLEAN],
			[/undefined(?=[~}\s)])/, TokenKind.UNDEFINED],
			[/null(?=[~}\s)])/, TokenKind.NULL],
			[/-?[0-9]+(?:\.[0-9]+)?(?=[~}\s)])/, TokenKind.NUMBER],
			[/as\s+\|/, TokenKind.OPEN_BLOCK_PARAMS],
			[/\|/, TokenKind.CLOSE_BLOCK_PARAMS],
			[/[^\s!"#%-,./;->@[-^`{-~]+(?=[=~}\s/.)|])/, TokenKind.ID],
			[/\[(?:\\\]|[^\]])*\]/, (_, text) => ({ kind: TokenKind.ID, text: text.replace(/\\([\\\]])/g, "$1") })],
			[/./, TokenKind.INVALID],
		],
	};
	return Object.fromEntries(
		Object.entries(rules).map(([state, list]) => [state, { pattern: new RegExp(list.map(([rule]) => `(${rule.source})`).join("|"), "y"), actions: list.map(([, action]) => action) }]),
	) as Record<State, { pattern: RegExp; actions: Action[] }>;
});

const LINE_BREAKS = /(?:\r\n?|\n).*/g;

/** Hands out the tokens of one template, one at a time, as the parser asks for them. */
export class HandlebarsLexer {
	readonly #states: State[] = ["text"];
	#offset = 0;
	/** The span of the last text matched (a token or skipped whitespace), which Handlebars reports lexical errors at. */
	#last: Span = { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };
	readonly #source: string;

	constructor(source: string) {
		this.#source = source;
	}

	/** The next token; at the end of the text, EOF for ever. */
	next(): Token {
		for (;;) {
			if (this.#offset >= this.#source.length) return this.#end();
			const found = this.#match();
			if (!found) throw this.lexicalError();
			const [text, action] = found;
			this.#offset += text.length;
			const span = this.#advance(text);
			if (typeof action === "number" && action & POP) this.pop();
			const produced = typeof action === "number" ? { kind: action & ~POP, text } : action?.(this, text);
			if (produced) return { ...produced, span };
		}
	}

	/** Enters a state. */
	push(state: State): void {
		this.#states.push(state);
	}

	/** Leaves the current state (never the first: only states entered later have rules that leave). */
	pop(): void {
		this.#states.pop();
	}

	/** The current state. */
	state(): State {
		return this.#states[this.#states.length - 1];
	}

	/** The end of the text: in a raw block the last span, elsewhere an empty match that moves the span there. */
	#end(): Token {
		return { kind: TokenKind.EOF, text: "", span: this.state() === "raw" ? this.#last : this.#advance("") };
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
		let { line, column } = this.#last.end;
		if (breaks) {
			const tail = breaks[breaks.length - 1];
			line += breaks.length;
			column = tail.length - (tail.startsWith("\r\n") ? 2 : 1);
		} else {
			column += text.length;
		}
		this.#last = { start: this.#last.end, end: { line, column } };
		return this.#last;
	}

	/** Handlebars' error for text that is not Handlebars (an unclosed comment or raw block, a NUL), where it reports it. */
	lexicalError(): TemplateFault {
		const { line } = this.#last.end;
		return syntaxFault(words("template-lexical", { line }), line, this.#last);
	}
}

/** A syntax error as Handlebars places it: on `line`, at the (1-based) column where `span` starts if it starts on that line, else 0. */
export function syntaxFault(message: string, line: number, span: Span): TemplateFault {
	return new TemplateFault(message, line, span.start.line === line ? span.start.column + 1 : 0);
}
