/** The pages a note links to, found with a few searches of the whole text instead of a link object for every link; kept across edits by `KeptLinkTargets`. */
import { lineLinks, type NoteLink } from "./links";
import { lineText, type NoteModel } from "./note-model";
import { linkTarget } from "../text/wiki-links";

/**
 * The pages the note links to (`[[Target]]`, `![[Target]]`, `{{embed [[Target]]}}`, `#[[Target]]`, `[label](Target.md)`),
 * outside code and metadata, each once, in order of appearance; plain `#tags` are not pages. The same targets as
 * `note.links` gives (see `lineLinks`), but a line without `[[` or `](` is passed over, and one without inline code
 * or Markdown links (found by searches of the whole text) is read without building its links. Linear in the note's length.
 */
export function linkTargets(note: NoteModel): string[] {
	const found: Found = { lines: [], targets: [] };
	readTargets(note, 0, note.lineStart.length, found);
	return distinct(found.targets);
}

/**
 * The link targets of successive versions of one note, as the sidebar reads it after each pause in typing: the lines
 * before and after the part an edit changed keep the targets read from them last time when their code state is
 * unchanged, and only the changed lines are read again. Always what `linkTargets` gives.
 */
export class KeptLinkTargets {
	#note: NoteModel | null = null;
	#codeLines: Uint8Array = new Uint8Array(0);
	#found: Found = { lines: [], targets: [] };
	/** Where each target read first appears in `#found.targets`. */
	#firstAt = new Map<string, number>();
	#distinct: readonly string[] = [];

	/** The targets of `note`, as `linkTargets(note)`; the same array as last time when the changed lines hold the targets they held. */
	targets(note: NoteModel): readonly string[] {
		if (note === this.#note) return this.#distinct;
		const { lineStart, codeLines } = note;
		const count = lineStart.length;
		const was = this.#found;
		const shift = count - this.#codeLines.length;
		const [first, to] = this.#changedLines(note);
		let kept = this.#codeLines.length > 0 && to - shift >= first && to - shift <= this.#codeLines.length;
		for (let i = 0; kept && i < count; i++) if (i < first || i >= to) kept = this.#codeLines[i < first ? i : i - shift] === codeLines[i];
		const read: Found = { lines: [], targets: [] };
		readTargets(note, kept ? first : 0, kept ? to : count, read);
		const head = kept ? atMost(was.lines, first - 1) : 0;
		const tail = kept ? atMost(was.lines, to - shift - 1) : was.lines.length;
		const same = kept && tail - head === read.targets.length && read.targets.every((target, k) => target === was.targets[head + k]);
		// The targets the changed lines held and hold, when each appears before them too, leave the distinct targets and their order as they were.
		const known = kept && !same && this.#allBefore(was.targets, head, tail, head) && this.#allBefore(read.targets, 0, read.targets.length, head);
		this.#found = {
			lines: was.lines.slice(0, head).concat(read.lines, was.lines.slice(tail).map((line) => line + shift)),
			targets: same ? was.targets : was.targets.slice(0, head).concat(read.targets, was.targets.slice(tail)),
		};
		this.#note = note;
		this.#codeLines = codeLines;
		if (known) this.#shiftFirsts(tail, read.targets.length - (tail - head));
		else if (!same) this.#distinct = this.#readFirsts(this.#found.targets);
		return this.#distinct;
	}

	/**
	 * The lines to read again, [first, to) of `note`: those `rereadNote` read when it built `note` from the last note
	 * given here; else from the line before the first character the texts differ in, to the first line whose line end
	 * before it is unchanged.
	 */
	#changedLines(note: NoteModel): [number, number] {
		const { change, text, lineStart } = note;
		const last = this.#note;
		if (last !== null && change !== undefined && change.before === last.lineStart) return [change.from, change.from + change.lines];
		const before = last?.text ?? "";
		const prefix = shared(before, text, 0, false);
		const first = Math.max(0, atMost(lineStart, prefix) - 1);
		return [first, Math.max(first + 1, atMost(lineStart, text.length - shared(before, text, prefix, true)))];
	}

	/** True when each of `targets` [from, to) first appears before index `limit` of the targets kept. */
	#allBefore(targets: readonly string[], from: number, to: number, limit: number): boolean {
		for (let k = from; k < to; k++) if ((this.#firstAt.get(targets[k]) ?? limit) >= limit) return false;
		return true;
	}

	/** Moves by `shift` the first appearances from index `from` on, after the targets before them changed in number. */
	#shiftFirsts(from: number, shift: number): void {
		if (shift !== 0) for (const [target, at] of this.#firstAt) if (at >= from) this.#firstAt.set(target, at + shift);
	}

	/** Reads where each target first appears, and gives each once in that order, the empty one left out. */
	#readFirsts(targets: readonly string[]): string[] {
		this.#firstAt = new Map();
		for (let k = 0; k < targets.length; k++) if (!this.#firstAt.has(targets[k])) this.#firstAt.set(targets[k], k);
		const distinct = [...this.#firstAt.keys()];
		return this.#firstAt.has("") ? distinct.filter((target) => target !== "") : distinct;
	}
}

/** Every link target read, with the line it was read on, in order. */
interface Found {
	lines: number[];
	targets: string[];
}

function push(found: Found, line: number, target: string): void {
	found.lines.push(line);
	found.targets.push(target);
}

/** Each target once, in order of first appearance, the empty one left out. */
function distinct(targets: readonly string[]): string[] {
	const seen = new Set(targets);
	seen.delete("");
	return [...seen];
}

/** How many entries of the ascending `sorted` are at most `value`. */
function atMost(sorted: readonly number[], value: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (sorted[mid] <= value) low = mid + 1;
		else high = mid;
	}
	return low;
}

/**
 * How many characters `a` and `b` share at their start, or (`atEnd`) at their end within what `skip` characters at
 * the start leave of the shorter; found by comparing slices (natively) of doubling, then halving, length.
 */
function shared(a: string, b: string, skip: number, atEnd: boolean): number {
	const max = Math.min(a.length, b.length) - skip;
	const same = (from: number, length: number) =>
		atEnd ? a.slice(a.length - from - length, a.length - from) === b.slice(b.length - from - length, b.length - from) : a.slice(from, from + length) === b.slice(from, from + length);
	let at = 0;
	let step = 256;
	while (at + step <= max && same(at, step)) {
		at += step;
		step *= 2;
	}
	for (; step > 0; step >>= 1) if (at + step <= max && same(at, step)) at += step;
	return at;
}

/** Reads the targets of lines [from, to) into `found`; the searches run over those lines only (a slice of the text). */
function readTargets(note: NoteModel, from: number, to: number, found: Found): void {
	const { text, lineStart, codeLines } = note;
	const count = lineStart.length;
	const base = from === 0 ? 0 : lineStart[from];
	const source = from === 0 && to === count ? text : text.slice(base, to < count ? lineStart[to] : text.length);
	let wiki = source.indexOf("[[");
	let markdown = source.indexOf("](");
	let tick = wiki === -1 && markdown === -1 ? -1 : backtick(source, 0);
	/** The next `]]` found (2^32 - 1 for none), searched again only once passed: unclosed `[[` cost no extra search. */
	let close = -1;
	let line = from;
	while (wiki !== -1 || markdown !== -1) {
		const at = wiki === -1 ? markdown : markdown === -1 ? wiki : Math.min(wiki, markdown);
		while (line + 1 < to && lineStart[line + 1] - base <= at) line++;
		const start = lineStart[line] - base;
		const next = line + 1 < count ? lineStart[line + 1] - base : source.length;
		/** The line's "\n" (its text may end with "\r", which opens no link and no code). */
		const end = line + 1 < count ? next - 1 : next;
		if (tick !== -1 && tick < start) tick = backtick(source, start);
		const plain = (markdown === -1 || markdown >= end) && (tick === -1 || tick >= end);
		if (codeLines[line] === 0 && !plain) addLinkTargets(lineText(note, line), line, start + base, found);
		let open = codeLines[line] === 0 && plain ? wiki : -1;
		while (open !== -1 && open < end) {
			if (close < open + 2) close = source.indexOf("]]", open + 2) >>> 0;
			if (close >= end) break;
			const inner = source.lastIndexOf("[[", close);
			if (close > inner + 2) push(found, line, linkTarget(source, inner + 2, close));
			open = source.indexOf("[[", close + 2);
		}
		/** The search of the line's links may have found the next line's first `[[` already. */
		if (wiki !== -1 && wiki < next) wiki = open >= next ? open : source.indexOf("[[", next);
		if (markdown !== -1 && markdown < next) markdown = source.indexOf("](", next);
	}
}

/**
 * The next backtick from `from`, or -1, found by a regular expression: `indexOf("`")` over a long text that holds none
 * ran about 15x slower in V8 in half of fresh processes once optimised (35 ms instead of 2.5 on a 10,000-link page).
 */
function backtick(text: string, from: number): number {
	BACKTICK.lastIndex = from;
	return BACKTICK.test(text) ? BACKTICK.lastIndex - 1 : -1;
}

const BACKTICK = /`/g;

/** Adds the page targets of a line that may hold inline code or Markdown links, read through `lineLinks`. */
function addLinkTargets(text: string, line: number, offset: number, found: Found): void {
	const links: NoteLink[] = [];
	lineLinks(text, line, offset, links);
	for (const link of links) if (link.kind !== "tag" || text.charCodeAt(link.from - offset + 1) === 91) push(found, line, link.target);
}
