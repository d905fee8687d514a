/** Small line helpers shared by the profile parser and renderers. */

/** Leading white space width from `from` (the line's start unless given), a tab counting as two spaces (Logseq's outline step). */
export function indentWidth(line: string, from = 0): number {
	let width = 0;
	for (let i = from; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === 32) width++;
		else if (c === 9) width += 2;
		else return width;
	}
	return width;
}

/** Where the line's text starts after its spaces and tabs from `from` (the line's start unless given); its length when it has none. */
export function textIndent(line: string, from = 0): number {
	let i = from;
	while (i < line.length && isSpaceOrTab(line.charCodeAt(i))) i++;
	return i;
}

/** True for the character code of a space or a tab, the white space of indentation. */
export function isSpaceOrTab(code: number): boolean {
	return code === 32 || code === 9;
}

/** True when the line holds only white space. */
export function isBlank(line: string): boolean {
	return textIndent(line) === line.length;
}

/**
 * Where dedenting a line by `width` columns cuts it: after up to `width` columns of leading white space (tabs count as
 * two), counted from `from` (the line's start unless given).
 */
export function dedentEnd(line: string, width: number, from = 0): number {
	let removed = 0;
	let i = from;
	while (i < line.length && removed < width) {
		const c = line.charCodeAt(i);
		if (c === 32) removed++;
		else if (c === 9) removed += 2;
		else break;
		i++;
	}
	return i;
}


/**
 * Lines read by index without building them all: a list of strings (`ArrayLines`) or a profile section's body read
 * from the page's lines on demand (`SectionBody`), so that a reader holds no copy of a section as long as the page.
 */
export interface LineList {
	readonly length: number;
	/** The line at `index`. */
	line(index: number): string;
	/** The string the line at `index` is read from: it is `text(index).slice(start(index))`, so a reader can cut it once. */
	text(index: number): string;
	start(index: number): number;
	/** Its leading white space width (see `indentWidth`), without building the line. */
	indent(index: number): number;
	/** Whether it holds only white space (see `isBlank`), without building the line. */
	blank(index: number): boolean;
}

/** A list of strings read as a LineList. */
export class ArrayLines implements LineList {
	readonly #lines: readonly string[];

	constructor(lines: readonly string[]) {
		this.#lines = lines;
	}

	get length(): number {
		return this.#lines.length;
	}

	line(index: number): string {
		return this.#lines[index];
	}

	text(index: number): string {
		return this.#lines[index];
	}

	start(): number {
		return 0;
	}

	indent(index: number): number {
		return indentWidth(this.#lines[index]);
	}

	blank(index: number): boolean {
		return isBlank(this.#lines[index]);
	}
}

/** `lines` as a LineList: itself when it is one, else its strings. */
export function toLineList(lines: readonly string[] | LineList): LineList {
	return "line" in lines ? lines : new ArrayLines(lines);
}

/**
 * Drops blank lines at both ends and trailing white space on every line, then joins with "\n". Many lines are joined
 * in one copy, not appended one by one: appending builds a rope of a node per line, which garbage collection pays for
 * on a long text (a 1 MB preamble parses 40% faster joined); a few lines append faster than an array joins them.
 */
export function joinTrimmed(input: readonly string[] | LineList): string {
	const lines = toLineList(input);
	let start = 0;
	let end = lines.length;
	while (start < end && lines.blank(start)) start++;
	while (end > start && lines.blank(end - 1)) end--;
	if (end - start < 64) {
		let out = "";
		for (let i = start; i < end; i++) out += i > start ? "\n" + lines.line(i).trimEnd() : lines.line(i).trimEnd();
		return out;
	}
	const kept = new Array<string>(end - start);
	for (let i = start; i < end; i++) kept[i - start] = lines.line(i).trimEnd();
	return kept.join("\n");
}

/** Prefixes every line after the first with `prefix`; blank lines get the prefix too, so an outline block stays whole. */
export function indentContinuation(text: string, prefix: string): string {
	return text.split("\n").join("\n" + prefix);
}

/** Length of a list marker ("- ", "* ", "+ ", "1. ", "1) ") at `from` (the line's start unless given), or 0; a bare "-" counts 1. */
export function listMarkerLength(line: string, from = 0): number {
	const c = line.charCodeAt(from);
	if (c === 45 || c === 42 || c === 43) {
		if (line.length === from + 1) return 1;
		return line.charCodeAt(from + 1) === 32 ? 2 : 0;
	}
	let i = from;
	while (i < line.length && i - from < 9 && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
	if (i > from && (line.charCodeAt(i) === 46 || line.charCodeAt(i) === 41) && line.charCodeAt(i + 1) === 32) return i - from + 2;
	return 0;
}

/** Column where a line's text starts after indentation, `>` quotes, a list marker and a task checkbox. */
export function textStart(line: string): number {
	let i = 0;
	for (;;) {
		i = textIndent(line, i);
		if (line.charCodeAt(i) !== 62) break;
		i++;
	}
	const marker = listMarkerLength(line, i);
	if (marker > 0) {
		i += marker;
		while (line.charCodeAt(i) === 32) i++;
	}
	if (line.charCodeAt(i) === 91 && line.charCodeAt(i + 2) === 93 && line.charCodeAt(i + 3) === 32) i += 4;
	return i;
}

/** Splits on line ends ("\n", "\r\n"), a leading byte-order mark dropped; a lone "\r" stays in its line. */
export function splitLines(text: string): string[] {
	const source = typeof text === "string" ? text : "";
	const lines = source.split("\n");
	if (lines[0].charCodeAt(0) === 0xfeff) lines[0] = lines[0].slice(1);
	if (source.indexOf("\r") === -1) return lines;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (line.charCodeAt(line.length - 1) === 13) lines[i] = line.slice(0, -1);
	}
	return lines;
}

/** `text` without the characters at its end that `drop` accepts; linear, where a `[…]+$` regex is quadratic on a long inner run. */
export function trimEndWhere(text: string, drop: (ch: string) => boolean): string {
	let end = text.length;
	while (end > 0 && drop(text[end - 1])) end--;
	return end === text.length ? text : text.slice(0, end);
}

/** True for white space as `\s` matches it. */
export function isWhiteSpace(ch: string): boolean {
	return /\s/.test(ch);
}
