/** A page's blocks as the Logseq host reports them, and the page text they stand for. */
import type { LineEdit } from "../note";

/** One block of a page tree: what the plugin reads of Logseq's `BlockEntity` (file graphs keep properties in `content`). */
export interface PageBlock {
	uuid: string;
	content?: string;
	properties?: Record<string, unknown>;
	/** True for the block that holds the page's own properties (the SDK's JSON name for `:block/pre-block?`). */
	"preBlock?"?: boolean;
	/** Children as entities; a `["uuid", id]` pair stands for a child the host did not load. */
	children?: readonly (PageBlock | readonly [string, string])[];
}

const PROPERTY_LINE = /^\s*[^\s:][^\s]*::(?:\s|$)/;

/** The loaded children of a block (pairs the host did not expand are skipped). */
export function childBlocks(node: PageBlock): PageBlock[] {
	return (node.children ?? []).filter((child): child is PageBlock => !Array.isArray(child));
}

/** A block's text without its `key:: value` lines: what a user sees when the block is not being edited. */
export function visibleText(node: PageBlock): string {
	return (node.content ?? "")
		.split("\n")
		.filter((line) => !PROPERTY_LINE.test(line))
		.join("\n")
		.trim();
}

/**
 * The Markdown page a file graph stores for these blocks: a bullet per block, its further lines indented under it; page
 * properties (the page's pre-block) unbulleted. One string per block, joined once; a content without further lines goes
 * in whole (no split into lines).
 */
export function pageText(forest: readonly PageBlock[], depth = 0): string {
	const out: string[] = [];
	eachBlock(forest, depth, (content, kind) => out.push(blockLines(content, kind)));
	return out.join("\n");
}

/**
 * The text of successive versions of one page's tree, as the copilot panel reads it after each change: the blocks the
 * new tree shares with the last one, at its start and at its end, keep their text, and only the lines of the blocks
 * between (typed in, added, removed or moved) are written; `edit` says which lines of the last text they replaced.
 * The text is kept in runs of blocks, so that a change writes one run again and the page text is the runs put together
 * (never copied whole until someone reads it). Gives what `pageText` gives, for any sequence.
 */
export class PageTextCache {
	/** Each block's content and kind (see `eachBlock`) in reading order, its lines, and its first line in the text. */
	#contents: string[] = [];
	#kinds: number[] = [];
	#pieces: string[] = [];
	#lines: number[] = [];
	#lineCount = 1;
	/** The runs: how many blocks each holds, and their lines joined. */
	#sizes: number[] = [];
	#runs: string[] = [];
	#text = "";
	#edit: LineEdit | null = null;

	/** What the last `text` call changed in the text before it (`from` at its line count when nothing); null when it wrote the whole page. */
	get edit(): LineEdit | null {
		return this.#edit;
	}

	/** The page text of `forest`, as `pageText(forest)`. */
	text(forest: readonly PageBlock[]): string {
		const contents: string[] = [];
		const kinds: number[] = [];
		eachBlock(forest, 0, (content, kind) => {
			contents.push(content);
			kinds.push(kind);
		});
		const old = this.#contents;
		const same = (i: number, j: number) => old[i] === contents[j] && this.#kinds[i] === kinds[j];
		const shorter = Math.min(old.length, contents.length);
		let head = 0;
		while (head < shorter && same(head, head)) head++;
		if (head === old.length && head === contents.length) {
			if (this.#runs.length === 0 && old.length > 0) this.#cut();
			this.#edit = { from: this.#lineCount, to: this.#lineCount, text: "" };
			return this.#text;
		}
		let tail = 0;
		while (tail < shorter - head && same(old.length - 1 - tail, contents.length - 1 - tail)) tail++;
		// A change that reaches the page's end takes the block before it along, so that it replaces some lines by some lines.
		if (tail === 0 && head > 0 && (head === old.length || head === contents.length)) head--;
		if (head === 0 && tail === 0) this.#write(contents, kinds);
		else this.#splice(contents, kinds, head, tail);
		return this.#text;
	}

	/** Writes blocks [head, length - tail) of the new tree in place of the old ones between the same shared blocks. */
	#splice(contents: string[], kinds: number[], head: number, tail: number): void {
		if (this.#runs.length === 0) this.#cut();
		const oldEnd = this.#contents.length - tail;
		const newEnd = contents.length - tail;
		const lineTo = tail > 0 ? this.#lines[oldEnd] : this.#lineCount;
		const written: string[] = [];
		const firstLines = this.#lines.slice(0, head);
		let line = this.#lines[head];
		for (let i = head; i < newEnd; i++) {
			const lines = blockLines(contents[i], kinds[i]);
			written.push(lines);
			firstLines.push(line);
			line += lineCount(lines);
		}
		const lineShift = line - lineTo;
		for (let i = oldEnd; i < this.#contents.length; i++) firstLines.push(this.#lines[i] + lineShift);
		const text = written.join("\n");
		this.#edit = { from: this.#lines[head], to: lineTo, text: tail > 0 && written.length > 0 ? `${text}\n` : text };
		const pieces = this.#pieces.slice(0, head).concat(written, this.#pieces.slice(oldEnd));
		this.#rerun(pieces, head, oldEnd, newEnd - oldEnd);
		this.#contents = contents;
		this.#kinds = kinds;
		this.#pieces = pieces;
		this.#lines = firstLines;
		this.#lineCount += lineShift;
	}

	/** Joins again the runs that held old blocks [head, oldEnd) (or the one at `head`; all of them when there are none yet), now with `added` blocks more. */
	#rerun(pieces: readonly string[], head: number, oldEnd: number, added: number): void {
		let first = 0;
		let start = 0;
		while (first < this.#sizes.length && start + this.#sizes[first] <= head) start += this.#sizes[first++];
		let last = first;
		let end = start + (this.#sizes[first] ?? oldEnd - start);
		while (end < oldEnd) end += this.#sizes[++last];
		const sizes: number[] = [];
		const runs: string[] = [];
		for (let at = start; at < end + added; at += RUN) {
			const stop = Math.min(at + RUN, end + added);
			sizes.push(stop - at);
			runs.push(pieces.slice(at, stop).join("\n"));
		}
		this.#sizes.splice(first, last - first + 1, ...sizes);
		this.#runs.splice(first, last - first + 1, ...runs);
		this.#join();
	}

	/** The page text: the runs put together, not copied (a string of strings that is read whole only when someone reads it). */
	#join(): void {
		this.#text = this.#runs.reduce((text, run, i) => (i === 0 ? run : `${text}\n${run}`), "");
	}

	#write(contents: string[], kinds: number[]): void {
		const pieces: string[] = [];
		for (let i = 0; i < contents.length; i++) pieces.push(blockLines(contents[i], kinds[i]));
		this.#contents = contents;
		this.#kinds = kinds;
		this.#pieces = pieces;
		this.#sizes = [];
		this.#runs = [];
		this.#text = pieces.join("\n");
		this.#edit = null;
	}

	/** Cuts a page just written whole into runs, and counts its blocks' lines: done at its first change, not on every page opened. */
	#cut(): void {
		const firstLines: number[] = [];
		let line = 0;
		for (const piece of this.#pieces) {
			firstLines.push(line);
			line += lineCount(piece);
		}
		this.#lines = firstLines;
		this.#lineCount = Math.max(line, 1);
		this.#rerun(this.#pieces, 0, this.#pieces.length, 0);
	}
}

/** Blocks per run of the kept text: a change writes about this many blocks' lines again. */
const RUN = 64;

/** How many lines a block's lines are. */
function lineCount(lines: string): number {
	let count = 1;
	for (let at = lines.indexOf("\n"); at !== -1; at = lines.indexOf("\n", at + 1)) count++;
	return count;
}

/**
 * Calls `visit` with each loaded block's content in reading order, and its kind: -1 for the page's pre-block (its
 * properties, unbulleted), else its depth. An explicit stack means a page nested thousands deep cannot overflow the call stack.
 */
function eachBlock(forest: readonly PageBlock[], depth: number, visit: (content: string, kind: number) => void): void {
	const stack: { list: readonly (PageBlock | readonly [string, string])[]; at: number; depth: number }[] = [{ list: forest, at: 0, depth }];
	while (stack.length > 0) {
		const level = stack[stack.length - 1];
		if (level.at === level.list.length) {
			stack.pop();
			continue;
		}
		const node = level.list[level.at++];
		if (Array.isArray(node)) continue;
		const block = node as PageBlock;
		visit(block.content ?? "", block["preBlock?"] === true && level.depth === 0 ? -1 : level.depth);
		if (block.children !== undefined && block.children.length > 0) stack.push({ list: block.children, at: 0, depth: level.depth + 1 });
	}
}

/** A block's lines in the page text: a pre-block's content as it is, any other block bulleted at its depth. */
function blockLines(content: string, kind: number): string {
	return kind === -1 ? content : bulleted(content, kind);
}

/** `bullets[d]` is the bullet at depth d, 2·d spaces then "- "; `pads[d]` the indentation of its further lines. */
const bullets: string[] = ["- "];
const pads: string[] = ["  "];

/** One block's lines: its bullet and first line (trailing blanks dropped), then its further lines indented under it. */
function bulleted(content: string, depth: number): string {
	for (let d = bullets.length; d <= depth; d++) {
		bullets.push(`  ${bullets[d - 1]}`);
		pads.push(`  ${pads[d - 1]}`);
	}
	const end = content.indexOf("\n");
	const head = end === -1 ? content : content.slice(0, end);
	const last = head.charCodeAt(head.length - 1);
	const first = last > 32 && last < 127 ? bullets[depth] + head : (bullets[depth] + head).trimEnd();
	if (end === -1) return first;
	const more = pads[depth];
	return `${first}\n${more}${content.slice(end + 1).replaceAll("\n", `\n${more}`)}`;
}
