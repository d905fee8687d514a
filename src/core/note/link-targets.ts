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
	#distinct: string[] = [];

	/** The targets of `note`, as `linkTargets(note)`. */
	targets(note: NoteModel): readonly string[] {
		const { lines, codeLines } = note;
		const count = lines.length;
		const { lines: at, targets } = this.#found;
		const shift = this.#codeLines.length - count;
		let [from, to] = this.#codeLines.length === 0 ? [0, count] : changedLines(this.#text, note);
		for (let i = 0; i < from; i++) if (this.#codeLines[i] !== codeLines[i]) from = i;
		for (let i = count - 1; i >= to; i--) if (this.#codeLines[i + shift] !== codeLines[i]) to = i + 1;
		const read: LineTargets = { lines: [], targets: [] };
		readTargets(note, from, to, read);
		const first = countBelow(at, from);
		const last = countBelow(at, to + shift);
		const same = last - first === read.targets.length && read.targets.every((target, i) => target === targets[first + i]);
		this.#found = {
			lines: at.slice(0, first).concat(read.lines, at.slice(last).map((line) => line - shift)),
			targets: targets.slice(0, first).concat(read.targets, targets.slice(last)),
		};
		if (!same) this.#distinct = distinct(this.#found.targets);
		this.#text = note.text;
		this.#codeLines = codeLines;
		return this.#distinct;
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
	const shorter = Math.min(previous.length, text.length);
	const prefix = commonRun(previous, text, shorter, false);
	const suffix = commonRun(previous, text, shorter - prefix, true);
	// Line i is the same in both when the text through its line end lies in the common start, or the text from the line
	// end before it in the common end.
	const from = Math.max(0, Math.min(countBelow(lineStart, prefix + 1) - 1, count - 1));
	const to = Math.max(countBelow(lineStart, text.length - suffix + 1), from + 1);
	return [from, to];
}

/**
 * How many characters, at most `max`, `a` and `b` start with in common (end with, when `end`): compared in blocks that
 * double while they match and halve when they do not (a few native comparisons for a whole note), then one by one.
 */
function commonRun(a: string, b: string, max: number, end: boolean): number {
	const part = (text: string, n: number, size: number) => (end ? text.slice(text.length - n - size, text.length - n) : text.slice(n, n + size));
	let n = 0;
	for (let size = 1024; size > 0; ) {
		if (n + size <= max && part(a, n, size) === part(b, n, size)) {
			n += size;
			size *= 2;
		} else size >>= 1;
	}
	return n;
}

/** How many of the ascending `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (values[mid] < limit) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** Each target once, in order of first appearance, the empty one left out. */
function distinct(targets: readonly string[]): string[] {
	const seen = new Set(targets);
	seen.delete("");
	return [...seen];
}

/**
 * Adds the targets of lines [from, to), in order, to `found`. The searches run over those lines only (a slice of the
 * text, which V8 does not copy), so that reading the few lines an edit changed costs no search of the whole note.
 */
function readTargets(note: NoteModel, from: number, to: number, found: LineTargets): void {
	const { lines, lineStart, codeLines } = note;
	if (from >= to) return;
	const origin = lineStart[from];
	const whole = from === 0 && to === lines.length;
	const text = whole ? note.text : note.text.slice(origin, to < lines.length ? lineStart[to] : note.text.length);
	const base = whole ? 0 : origin;
	let line = from;
	const add = (target: string) => {
		found.lines.push(line);
		found.targets.push(target);
	};
	let wiki = text.indexOf("[[");
	let markdown = text.indexOf("](");
	let tick = wiki === -1 && markdown === -1 ? -1 : text.indexOf("`");
	/** The next `]]` found (2^32 - 1 for none), searched again only once passed: unclosed `[[` cost no extra search. */
	let close = -1;
	while (wiki !== -1 || markdown !== -1) {
		const at = (wiki === -1 ? markdown : markdown === -1 ? wiki : Math.min(wiki, markdown)) + base;
		while (line + 1 < to && lineStart[line + 1] <= at) line++;
		const start = lineStart[line] - base;
		const end = start + lines[line].length;
		const next = line + 1 < to ? lineStart[line + 1] - base : text.length;
		if (tick !== -1 && tick < start) tick = text.indexOf("`", start);
		const plain = (markdown === -1 || markdown >= end) && (tick === -1 || tick >= end);
		if (codeLines[line] === 0 && !plain) addLinkTargets(lines[line], line, start + base, add);
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
