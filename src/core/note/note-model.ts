/**
 * THE model of a note's structure. One pass over the text gives its metadata block, its fenced code, its headings
 * (ATX and Logseq `- ## ` bullets, each with the lines its section covers), its Logseq block outline and its links.
 * Every feature asks this model; see `readNote`.
 */
import { fenceMarker } from "../text/code";
import { isSpaceOrTab, textIndent, textStart } from "../text/lines";
import { readFrontMatter, type MetaEntry, type MetaProblem, type PageMeta } from "./front-matter";
import { readHeading, type Heading } from "./headings";
import { lineLinks, type NoteLink } from "./links";
import type { NoteChange } from "./note-edit";
import { OutlineBuilder, PROPERTY_LINE, type OutlineBlock } from "./outline";

/** The metadata block at the top of a note: YAML front matter or Logseq `key:: value` page properties. */
export interface NoteMetadata {
	/** "yaml" for front matter, "properties" for page properties only, "none", or "unclosed" front matter (read as text). */
	kind: "yaml" | "properties" | "none" | "unclosed";
	/** The lines inside the block, [from, to): between the `---` lines, or the property lines. */
	from: number;
	to: number;
	/** The closing `---` line of front matter, or -1. */
	close: number;
	/** The first line of the body: after the front matter and the page properties that follow it. */
	bodyStart: number;
	/** Keys lower-cased, front matter first, then page properties. */
	values: PageMeta;
	/** Where each front matter key is written, for edits that extend a value. */
	entries: MetaEntry[];
	/** Why the front matter cannot be read (unclosed: the whole sentence `metaProblem` gives; or a line that is not YAML), or null. */
	problem: MetaProblem | null;
}

/** A fenced code block by 0-based lines, fences included; `to` is its last line (the note's last when never closed). */
export interface CodeBlock {
	from: number;
	to: number;
	/** The fence that opened it: ``` or ~~~, any length. */
	fence: string;
	closed: boolean;
}

/** Everything `readNote` reads. Positions are 0-based lines and columns; `lineStart` turns them into offsets. */
export interface NoteModel {
	/** The note's text, as given. */
	text: string;
	/** Its lines, line ends ("\n", "\r\n") removed, a leading byte-order mark dropped; split on first use (`lineText` reads one). */
	lines: readonly string[];
	/** The offset in `text` where each line starts. */
	lineStart: readonly number[];
	meta: NoteMetadata;
	/** Fenced code blocks of the body, in order. */
	code: CodeBlock[];
	/** 1 for every line of fenced code (fences included) and of the metadata block, else 0. */
	codeLines: Uint8Array;
	/** Headings outside code, in order, each with its section's extent and its parent. */
	headings: Heading[];
	/** The Logseq block outline: the top-level bullets of the body, each with its children. Read on first use. */
	readonly blocks: OutlineBlock[];
	/** Links outside code and metadata, in order. Read on first use. */
	readonly links: NoteLink[];
	/** True when the body is a Logseq outline (nearly every top-level line a bullet). */
	outline: boolean;
	/** Set on a model `rereadNote` built from an earlier one: which of its lines were read again. */
	readonly change?: NoteChange;
}


/** Reads a note once, linearly in its length; never throws, whatever the text holds. */
export function readNote(input: string): NoteModel {
	const text = typeof input === "string" ? input : "";
	const lineStart = lineStarts(text);
	const count = lineStart.length;
	const meta = readMetadata(text, lineStart);
	const codeLines = new Uint8Array(count);
	for (let i = 0; i < meta.bodyStart; i++) codeLines[i] = 1;
	const body = readLines(text, lineStart, meta.bodyStart, count, codeLines);
	for (const index of body.open) body.headings[index].end = count;
	return new ReadNote(text, lineStart, meta, body.code, codeLines, body.headings, body.bullets, body.others);
}

/** What `readLines` found: fenced code, headings (`open`: those whose section is still open), bullet and other lines. */
export interface BodyLines {
	code: CodeBlock[];
	headings: Heading[];
	open: number[];
	/** The fence still open after the last line read, or null. */
	fence: CodeBlock | null;
	bullets: number;
	others: number;
}

/** Reads lines [from, to) of the body of `text` (lines starting at `lineStart`), none inside a fence before `from`, marking code in `codeLines`. */
export function readLines(text: string, lineStart: readonly number[], from: number, to: number, codeLines: Uint8Array): BodyLines {
	const count = lineStart.length;
	const code: CodeBlock[] = [];
	const headings: Heading[] = [];
	const open: number[] = [];
	let fence: CodeBlock | null = null;
	let bullets = 0;
	let others = 0;
	/** The next `#`, backtick and tilde (the text's length for none): a line holding none of them is no heading and no fence, and is not sliced. */
	let hash = -1;
	let tick = -1;
	let tilde = -1;
	for (let i = from; i < to; i++) {
		const start = lineStart[i];
		const end = lineEnd(text, lineStart, i);
		if (tick < start) tick = nextIndex(text, "`", start);
		if (tilde < start) tilde = nextIndex(text, "~", start);
		const mayFence = tick < end || tilde < end;
		const line = mayFence ? text.slice(start, end) : "";
		if (mayFence) {
			const first = firstTextCode(line);
			const marker = first === 96 || first === 126 || first === 45 ? fenceMarker(line) : "";
			if (marker !== "" && (fence === null || marker.startsWith(fence.fence))) {
				if (fence === null) {
					fence = { from: i, to: count - 1, fence: marker, closed: false };
					code.push(fence);
				} else {
					fence.to = i;
					fence.closed = true;
					fence = null;
				}
				codeLines[i] = 1;
				continue;
			}
		}
		if (fence !== null) {
			codeLines[i] = 1;
			continue;
		}
		const c = text.charCodeAt(start);
		if (end === start) continue;
		if (c === 45 && (end - start === 1 || text.charCodeAt(start + 1) === 32)) bullets++;
		else if (c !== 35 && !isSpaceOrTab(c)) others++;
		if (hash < start) hash = nextIndex(text, "#", start);
		if (hash >= end) continue;
		const heading = mayFence ? line : text.slice(start, end);
		const first = firstTextCode(heading);
		if (first === 35 || first === 45 || first === 62 || first === 42 || first === 43 || (first >= 48 && first <= 57)) {
			const found = readHeading(heading, i, textStart(heading));
			if (found !== null) addHeading(headings, open, found);
		}
	}
	return { code, headings, open, fence, bullets, others };
}

/** The model `readNote` returns; its lines, links and block outline are built on first use, each once. */
export class ReadNote implements NoteModel {
	#lines: readonly string[] | null = null;
	#links: NoteLink[] | null = null;
	#blocks: OutlineBlock[] | null = null;
	readonly outline: boolean;

	constructor(
		readonly text: string,
		readonly lineStart: readonly number[],
		readonly meta: NoteMetadata,
		readonly code: CodeBlock[],
		readonly codeLines: Uint8Array,
		readonly headings: Heading[],
		/** The bullet lines and other lines of the body outside code, which tell an outline. */
		readonly bullets: number,
		readonly others: number,
	) {
		this.outline = bullets > 0 && others * 10 <= bullets;
	}

	get lines(): readonly string[] {
		return (this.#lines ??= sliceLines(this.text, this.lineStart));
	}

	get links(): NoteLink[] {
		return (this.#links ??= readLinks(this));
	}

	get blocks(): OutlineBlock[] {
		return (this.#blocks ??= readOutline(this));
	}
}

/** The links of the body's lines outside code, in order. */
function readLinks(note: NoteModel): NoteLink[] {
	const { lines, codeLines, lineStart } = note;
	const links: NoteLink[] = [];
	for (let i = note.meta.bodyStart; i < lines.length; i++) {
		if (codeLines[i] === 0) lineLinks(lines[i], i, lineStart[i], links);
	}
	return links;
}

/** The block outline of the body: a fence's opening line may be a bullet, the code under it belongs to the open block. */
function readOutline(note: NoteModel): OutlineBlock[] {
	const { lines, codeLines, code } = note;
	const outline = new OutlineBuilder();
	let block = 0;
	for (let i = note.meta.bodyStart; i < lines.length; i++) {
		const line = lines[i];
		if (codeLines[i] === 1) {
			while (block < code.length && code[block].to < i) block++;
			if (block < code.length && code[block].from === i) outline.line(i, line);
			else outline.code(i);
		} else if (firstTextCode(line) === 45 || (outline.isOpen && firstTextCode(line) !== -1)) {
			outline.line(i, line);
		}
	}
	return outline.finish();
}

/** What a user should hear of the page's front matter, or null when it reads fine.  */
export function metaProblem(meta: NoteMetadata): string | null {
	if (meta.problem === null) return null;
	if (meta.kind === "unclosed") return meta.problem.message;
	return `The front matter cannot be read on line ${meta.problem.line}: ${meta.problem.message}.`;
}

/** Line `index` of the note (0-based, its line end removed), as `note.lines[index]` but without splitting the whole text. */
export function lineText(note: NoteModel, index: number): string {
	return lineAt(note.text, note.lineStart, index);
}

/** The offset of `line`:`ch` in the note's text. */
export function offsetAt(note: NoteModel, line: number, ch: number): number {
	return note.lineStart[line] + ch;
}

/** Closes the sections the new heading ends, and links it to the heading it sits under. */
export function addHeading(headings: Heading[], open: number[], heading: Heading): void {
	while (open.length > 0 && headings[open[open.length - 1]].level >= heading.level) headings[open.pop() as number].end = heading.line;
	heading.parent = open.length > 0 ? open[open.length - 1] : -1;
	open.push(headings.length);
	headings.push(heading);
}

/** Where each line starts: after each "\n", the first after a leading byte-order mark. */
function lineStarts(text: string): number[] {
	const starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
	for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", newline + 1)) starts.push(newline + 1);
	return starts;
}

/** Every line, sliced at the line starts already found (cheaper than `split`, which searches the text for line ends again). */
function sliceLines(text: string, lineStart: readonly number[]): string[] {
	const lines = new Array<string>(lineStart.length);
	for (let i = 0; i < lineStart.length; i++) lines[i] = lineAt(text, lineStart, i);
	return lines;
}

/** Line `index` of `text`, its line end removed. */
function lineAt(text: string, lineStart: readonly number[], index: number): string {
	return text.slice(lineStart[index], lineEnd(text, lineStart, index));
}

/** The offset where line `index` ends, its "\n" or "\r\n" left out (a lone "\r" before the text's end too, as `splitLines`). */
function lineEnd(text: string, lineStart: readonly number[], index: number): number {
	const start = lineStart[index];
	const end = index + 1 < lineStart.length ? lineStart[index + 1] - 1 : text.length;
	return end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/** The index of `ch` in `text` from `from`, or the text's length when there is none. */
function nextIndex(text: string, ch: string, from: number): number {
	const at = text.indexOf(ch, from);
	return at === -1 ? text.length : at;
}

/** Finds and reads the metadata block: front matter between `---` lines (closed within 1,000 lines), then page properties. */
function readMetadata(text: string, lineStart: readonly number[]): NoteMetadata {
	const meta: NoteMetadata = { kind: "none", from: 0, to: 0, close: -1, bodyStart: 0, values: new Map(), entries: [], problem: null };
	const line = (index: number) => lineAt(text, lineStart, index);
	let i = 0;
	const first = line(0);
	if (first.trimEnd() === "---") {
		const limit = Math.min(lineStart.length, 1000);
		const head = [first];
		let close = -1;
		for (let k = 1; k < limit && close === -1; k++) {
			head.push(line(k));
			const trimmed = head[k].trimEnd();
			if (trimmed === "---" || trimmed === "...") close = k;
		}
		if (close === -1) {
			meta.kind = "unclosed";
			meta.problem = { line: 1, message: "The front matter starting on line 1 is never closed with ---; it was read as text." };
			return meta;
		}
		Object.assign(meta, readFrontMatter(head, 1, close), { kind: "yaml", from: 1, to: close, close });
		i = close + 1;
	}
	const from = i;
	while (i < lineStart.length) {
		const match = PROPERTY_LINE.exec(line(i));
		if (!match) break;
		meta.values.set(match[1].toLowerCase(), match[2].trim());
		i++;
	}
	if (meta.kind === "none" && i > from) Object.assign(meta, { kind: "properties", from, to: i });
	meta.bodyStart = i;
	return meta;
}

/** The character code of the line's first non-blank character, or -1. */
function firstTextCode(line: string): number {
	const at = textIndent(line);
	return at < line.length ? line.charCodeAt(at) : -1;
}
