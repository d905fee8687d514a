/** The pages a note links to, found with a few searches of the whole text instead of a link object for every link. */
import { lineLinks, type NoteLink } from "./links";
import type { NoteModel } from "./note-model";

/**
 * The pages the note links to (`[[Target]]`, `![[Target]]`, `{{embed [[Target]]}}`, `#[[Target]]`, `[label](Target.md)`),
 * outside code and metadata, each once, in order of appearance; plain `#tags` are not pages. The same targets as
 * `note.links` gives (see `lineLinks`), but a line without `[[` or `](` is passed over, and one without inline code
 * or Markdown links (found by searches of the whole text) is read without building its links. Linear in the note's length.
 */
export function linkTargets(note: NoteModel): string[] {
	const found: LineTargets = { lines: [], targets: [] };
	readTargets(note, 0, note.lines.length, found);
	return distinct(found.targets);
}

/**
 * The link targets of successive versions of one note (as a sidebar reads it after each pause in typing): the lines an
 * edit left as they were, and whose code state did not change, keep the targets read from them last time; only the
 * lines between are read again. Gives what `linkTargets` gives, for any sequence of notes.
 */
export class LinkTargetCache {
	#text = "";
	#codeLines: Uint8Array = new Uint8Array(0);
	#found: LineTargets = { lines: [], targets: [] };

	/** The targets of `note`, as `linkTargets(note)`. */
	targets(note: NoteModel): string[] {
		const { lines, codeLines } = note;
		const count = lines.length;
		const before = this.#found;
		const shift = this.#codeLines.length - count;
		let [from, to] = this.#codeLines.length === 0 ? [0, count] : changedLines(this.#text, note);
		for (let i = 0; i < from; i++) if (this.#codeLines[i] !== codeLines[i]) from = i;
		for (let i = count - 1; i >= to; i--) if (this.#codeLines[i + shift] !== codeLines[i]) to = i + 1;
		const found: LineTargets = { lines: [], targets: [] };
		let k = 0;
		for (; k < before.lines.length && before.lines[k] < from; k++) {
			found.lines.push(before.lines[k]);
			found.targets.push(before.targets[k]);
		}
		readTargets(note, from, to, found);
		while (k < before.lines.length && before.lines[k] < to + shift) k++;
		for (; k < before.lines.length; k++) {
			found.lines.push(before.lines[k] - shift);
			found.targets.push(before.targets[k]);
		}
		this.#text = note.text;
		this.#codeLines = codeLines;
		this.#found = found;
		return distinct(found.targets);
	}
}

/** Every target occurrence, in order, with the line it is on. */
interface LineTargets {
	lines: number[];
	targets: string[];
}

/**
 * Lines [from, to) of `note` that may differ from `previous` (the text it was read from last time): those before
 * are the same text in both, those from `to` on are the same text as the previous note's last lines.
 */
function changedLines(previous: string, note: NoteModel): [number, number] {
	const { text, lines, lineStart } = note;
	const count = lines.length;
	if (previous === text) return [count, count];
	const prefix = commonPrefix(previous, text);
	const suffix = commonSuffix(previous, text, Math.min(previous.length, text.length) - prefix);
	let from = 0;
	while (from + 1 < count && lineStart[from + 1] <= prefix) from++;
	let to = count;
	while (to - 1 > from && lineStart[to - 1] - 1 >= text.length - suffix) to--;
	return [from, to];
}

/** How many characters `a` and `b` start with in common: compared a block at a time, then character by character. */
function commonPrefix(a: string, b: string): number {
	const max = Math.min(a.length, b.length);
	let i = 0;
	while (i + BLOCK <= max && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
	while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
	return i;
}

/** How many characters, at most `max`, `a` and `b` end with in common. */
function commonSuffix(a: string, b: string, max: number): number {
	let n = 0;
	while (n + BLOCK <= max && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
	while (n < max && a.charCodeAt(a.length - n - 1) === b.charCodeAt(b.length - n - 1)) n++;
	return n;
}

const BLOCK = 2048;

/** Each target once, in order of first appearance, the empty one left out. */
function distinct(targets: readonly string[]): string[] {
	const seen = new Set(targets);
	seen.delete("");
	return [...seen];
}

/** Adds the targets of lines [from, to), in order, to `found`. */
function readTargets(note: NoteModel, from: number, to: number, found: LineTargets): void {
	const { text, lines, lineStart, codeLines } = note;
	if (from >= to) return;
	const stop = to < lines.length ? lineStart[to] : text.length;
	let line = from;
	const add = (target: string) => {
		found.lines.push(line);
		found.targets.push(target);
	};
	const origin = lineStart[from];
	let wiki = text.indexOf("[[", origin);
	let markdown = text.indexOf("](", origin);
	let tick = wiki === -1 && markdown === -1 ? -1 : text.indexOf("`", origin);
	/** The next `]]` found (2^32 - 1 for none), searched again only once passed: unclosed `[[` cost no extra search. */
	let close = -1;
	for (;;) {
		const at = Math.min(wiki >>> 0, markdown >>> 0);
		if (at >= stop) return;
		while (line + 1 < lines.length && lineStart[line + 1] <= at) line++;
		const start = lineStart[line];
		const end = start + lines[line].length;
		const next = line + 1 < lines.length ? lineStart[line + 1] : text.length;
		if (tick !== -1 && tick < start) tick = text.indexOf("`", start);
		const plain = (markdown === -1 || markdown >= end) && (tick === -1 || tick >= end);
		if (codeLines[line] === 0 && !plain) addLinkTargets(lines[line], line, start, add);
		for (let link = codeLines[line] === 0 && plain ? wiki : -1; link !== -1 && link < end; ) {
			if (close < link + 2) close = text.indexOf("]]", link + 2) >>> 0;
			if (close >= end) break;
			const open = text.lastIndexOf("[[", close);
			if (close > open + 2) add(targetBetween(text, open + 2, close));
			link = text.indexOf("[[", close + 2);
		}
		if (wiki !== -1 && wiki < next) wiki = text.indexOf("[[", next);
		if (markdown !== -1 && markdown < next) markdown = text.indexOf("](", next);
	}
}

/** Adds the page targets of a line that may hold inline code or Markdown links, read through `lineLinks`. */
function addLinkTargets(text: string, line: number, offset: number, add: (target: string) => void): void {
	const links: NoteLink[] = [];
	lineLinks(text, line, offset, links);
	for (const link of links) if (link.kind !== "tag" || text.charCodeAt(link.from - offset + 1) === 91) add(link.target);
}

/** The page of the wiki link written from `from` to `to`: up to its first `|`, `#` or `^`, trimmed (as `linkTarget`). */
function targetBetween(text: string, from: number, to: number): string {
	let end = from;
	while (end < to) {
		const c = text.charCodeAt(end);
		if (c === 124 || c === 35 || c === 94) break;
		end++;
	}
	return text.slice(from, end).trim();
}
