/**
 * The one YAML reader: what real front matter holds (block and flow lists, quoted and plain scalars, block scalars,
 * comments), read line by line in linear time. Every value is kept as text, as YAML's failsafe schema reads it.
 */
import { isSpaceOrTab, textIndent } from "../text/lines";

/** Metadata keys, lower-cased, with their values; list values keep their items. */
export type PageMeta = Map<string, string | string[]>;

/** Why the front matter cannot be read, and where: `line` is 1-based in the note. */
export interface MetaProblem {
	line: number;
	message: string;
}

/** Where one top-level key is written: its line, how its value is written, and the lines of a block list's items. */
export interface MetaEntry {
	/** The key as written (case kept). */
	key: string;
	/** 0-based line of `key:` in the note. */
	line: number;
	/** "block" for `- item` lines under the key, "flow" for `[a, b]`, "scalar" for a value on the key's line, "empty" for none. */
	style: "block" | "flow" | "scalar" | "empty";
	/** 0-based lines of a block list's items, in order. */
	itemLines: number[];
}

/** What the reader makes of the front matter's lines. */
export interface FrontMatter {
	values: PageMeta;
	entries: MetaEntry[];
	problem: MetaProblem | null;
}

const KEY = /^([^\s#:'"\-[\]{},&*!|>%@`][^:]*?|"[^"]*"|'[^']*')[ \t]*:(?:[ \t]+|$)/;

/** Reads `lines[from..to)` (the lines between the `---` fences) as YAML. Never throws; the first fault is a problem. */
export function readFrontMatter(lines: readonly string[], from: number, to: number): FrontMatter {
	const values: PageMeta = new Map();
	const entries: MetaEntry[] = [];
	let problem: MetaProblem | null = null;
	const fail = (line: number, message: string) => {
		problem ??= { line: line + 1, message };
	};
	let i = from;
	while (i < to && problem === null) {
		const line = lines[i];
		if (isBlankOrComment(line)) {
			i++;
			continue;
		}
		if (isIndented(line)) {
			fail(i, "this line is indented but belongs to no key");
			break;
		}
		const match = KEY.exec(line);
		if (match === null) {
			fail(i, line.startsWith("- ") || line === "-" ? "a list item here belongs to no key" : "this line is not a `key: value` pair");
			break;
		}
		const key = unquote(match[1], i, fail);
		const rest = stripComment(line.slice(match[0].length)).trim();
		const entry: MetaEntry = { key, line: i, style: rest === "" ? "empty" : rest.startsWith("[") ? "flow" : "scalar", itemLines: [] };
		entries.push(entry);
		i = readValue(lines, i, to, rest, entry, values, fail);
	}
	return { values, entries, problem };
}

type Fail = (line: number, message: string) => void;

/** Reads the value of the key on line `at`, whose text after the colon is `rest`; returns the line after the value. */
function readValue(lines: readonly string[], at: number, to: number, rest: string, entry: MetaEntry, values: PageMeta, fail: Fail): number {
	const key = entry.key.toLowerCase();
	let next = at + 1;
	if (rest === "" || rest === "~" || rest === "null") {
		const items: string[] = [];
		while (next < to && (isBlankOrComment(lines[next]) || isItem(lines[next]))) {
			if (isItem(lines[next])) {
				entry.itemLines.push(next);
				items.push(readScalar(lines[next].slice(lines[next].indexOf("-") + 1).trim(), next, fail));
			}
			next++;
		}
		if (entry.itemLines.length > 0) entry.style = "block";
		else if (rest !== "") entry.style = "scalar";
		const nested = skipIndented(lines, next, to);
		values.set(key, entry.itemLines.length > 0 ? items : "");
		return nested;
	}
	if (/^[|>][+-]?$/.test(rest)) {
		const end = skipIndented(lines, next, to);
		values.set(key, blockScalar(lines.slice(next, end), rest.startsWith(">")));
		return end;
	}
	if (rest.startsWith("[")) {
		let text = rest;
		while (!flowClosed(text) && next < to) text += " " + stripComment(lines[next++]).trim();
		if (!flowClosed(text)) fail(at, `the list of "${entry.key}" opens with [ but is never closed with ]`);
		else values.set(key, flowItems(text, at, fail));
		return next;
	}
	const end = skipIndented(lines, next, to);
	let text = rest;
	for (let k = next; k < end; k++) if (!isBlankOrComment(lines[k])) text += " " + lines[k].trim();
	values.set(key, readScalar(text, at, fail));
	return end;
}

/** A scalar as YAML reads it: quotes removed and escapes applied, a plain scalar trimmed. */
function readScalar(text: string, line: number, fail: Fail): string {
	const c = text.charCodeAt(0);
	if (c === 34 || c === 39) {
		const close = quoteEnd(text, 0);
		if (close === text.length) {
			fail(line, `a quoted value (${clip(text)}) is never closed`);
			return text;
		}
		return unquote(text.slice(0, close + 1), line, fail);
	}
	return text.trim();
}

/** Removes YAML quotes: `'it''s'` → it's, `"a\"b"` → a"b; other text unchanged. */
function unquote(text: string, line: number, fail: Fail): string {
	const quote = text[0];
	if (text.length < 2 || (quote !== "'" && quote !== '"') || !text.endsWith(quote)) return text;
	if (quote === "'") return text.slice(1, -1).replace(/''/g, "'");
	if (text.indexOf("\\") === -1) return text.slice(1, -1);
	try {
		const parsed: unknown = JSON.parse(text.replace(/\t/g, "\\t"));
		if (typeof parsed === "string") return parsed;
	} catch {
		fail(line, `the quoted value ${clip(text)} has an escape YAML does not know`);
	}
	return text.slice(1, -1);
}

/** The index of the quote that closes the one at `start`, or the text's length when none does. */
function quoteEnd(text: string, start: number): number {
	const quote = text.charCodeAt(start);
	for (let i = start + 1; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (quote === 34 && c === 92) i++;
		else if (c === quote) {
			if (quote === 39 && text.charCodeAt(i + 1) === 39) i++;
			else return i;
		}
	}
	return text.length;
}

/** True when the flow list's `[` is matched by a `]` outside quotes. */
function flowClosed(text: string): boolean {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 34 || c === 39) i = quoteEnd(text, i);
		else if (c === 91) depth++;
		else if (c === 93 && --depth === 0) return true;
	}
	return false;
}

/** The items of `[a, "b, c", 'd']`, quotes respected; empty items dropped, and so is text after a quote still open at the last `]`. */
function flowItems(text: string, line: number, fail: Fail): string[] {
	const items: string[] = [];
	let start = 1;
	const end = text.lastIndexOf("]");
	for (let i = 1; i <= end; i++) {
		const c = text.charCodeAt(i);
		if (c === 34 || c === 39) {
			i = quoteEnd(text, i);
			continue;
		}
		if (c === 44 || i === end) {
			const item = text.slice(start, i).trim();
			if (item !== "") items.push(readScalar(item, line, fail));
			start = i + 1;
		}
	}
	return items;
}

/** The value with a ` # comment` after it removed (a `#` inside quotes or a word stays). */
function stripComment(text: string): string {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 34 || c === 39) i = quoteEnd(text, i);
		else if (c === 35 && (i === 0 || isSpaceOrTab(text.charCodeAt(i - 1)))) {
			return text.slice(0, i);
		}
	}
	return text;
}

/** The lines of a block scalar, indentation removed: `>` folds them into one paragraph per blank line, `|` keeps them. */
function blockScalar(lines: readonly string[], folded: boolean): string {
	const body = lines.map((line) => line.trim());
	if (!folded) return body.join("\n").trim();
	let out = "";
	for (const line of body) {
		if (line === "") out += "\n";
		else out += out === "" || out.endsWith("\n") ? line : ` ${line}`;
	}
	return out.trim();
}

/** The first line at or after `from` that is neither indented nor blank. */
function skipIndented(lines: readonly string[], from: number, to: number): number {
	let i = from;
	while (i < to && (isBlankOrComment(lines[i]) || isIndented(lines[i]))) i++;
	return i;
}

function isIndented(line: string): boolean {
	return isSpaceOrTab(line.charCodeAt(0));
}

function isItem(line: string): boolean {
	let i = 0;
	while (line.charCodeAt(i) === 32) i++;
	return line.charCodeAt(i) === 45 && (i + 1 === line.length || isSpaceOrTab(line.charCodeAt(i + 1)));
}

function isBlankOrComment(line: string): boolean {
	const at = textIndent(line);
	return at === line.length || line.charCodeAt(at) === 35;
}

function clip(text: string): string {
	return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** The first string value of a metadata key, or "". */
export function metaString(meta: PageMeta, key: string): string {
	const value = meta.get(key);
	if (value === undefined) return "";
	return Array.isArray(value) ? (value[0] ?? "") : value;
}

/** A metadata value as a list: YAML lists as they are, comma-separated strings split, `#tags` and `[[links]]` unwrapped. */
export function metaList(meta: PageMeta, key: string): string[] {
	const value = meta.get(key);
	if (value === undefined) return [];
	const items = Array.isArray(value) ? value : splitOutsideLinks(value);
	return items.map((item) => item.trim().replace(/^#/, "").replace(/^\[\[(.*)\]\]$/, "$1")).filter((item) => item.length > 0);
}

/** Splits a Logseq property value on commas outside `[[…]]`. */
function splitOutsideLinks(value: string): string[] {
	const items: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		if (c === 91 && value.charCodeAt(i + 1) === 91) {
			depth++;
			i++;
		} else if (c === 93 && value.charCodeAt(i + 1) === 93 && depth > 0) {
			depth--;
			i++;
		} else if (c === 44 && depth === 0) {
			items.push(value.slice(start, i));
			start = i + 1;
		}
	}
	items.push(value.slice(start));
	return items;
}

/** Quotes a string for YAML so that any text reads back unchanged. */
export function yamlString(value: string): string {
	return JSON.stringify(value);
}
