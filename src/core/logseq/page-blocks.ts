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
	const { contents, kinds } = readBlocks(forest, depth, NO_BLOCKS).rest;
	// Each block's lines in place of its content: the one array the walk made is joined.
	for (let i = 0; i < contents.length; i++) contents[i] = blockLines(contents[i], kinds[i]);
	return contents.join("\n");
}

/**
 * The text of successive versions of one page's tree, as the copilot panel reads it after each change: the blocks the
 * new tree shares with the last one, at its start and at its end, keep their text, and only the lines of the blocks
 * between (typed in, added, removed or moved) are written; `edit` says which lines of the last text they replaced.
 * The text is kept in runs of blocks, so that a change writes one run again and the page text is the runs put together
 * (never copied whole until someone reads it). Gives what `pageText` gives, for any sequence.
 */
export class PageTextCache {
	/** Each block's content and kind in reading order, its lines, and its first line in the text. */
	#blocks: BlockRows = { contents: [], kinds: [] };
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
		const old = this.#blocks;
		const oldCount = old.contents.length;
		const read = readBlocks(forest, 0, old);
		const { rest } = read;
		let head = read.head;
		const count = head + rest.contents.length;
		if (head === oldCount && count === oldCount) {
			if (this.#runs.length === 0 && oldCount > 0) this.#cut();
			this.#edit = { from: this.#lineCount, to: this.#lineCount, text: "" };
			return this.#text;
		}
		const room = Math.min(oldCount, count) - head;
		let tail = 0;
		for (let i = oldCount - 1, j = rest.contents.length - 1; tail < room && old.contents[i] === rest.contents[j] && old.kinds[i] === rest.kinds[j]; i--, j--) tail++;
		// A change that reaches the page's end takes the block before it along, so that it replaces some lines by some lines.
		if (tail === 0 && head > 0 && (head === oldCount || head === count)) {
			head--;
			rest.contents.unshift(old.contents[head]);
			rest.kinds.unshift(old.kinds[head]);
		}
		if (head === 0 && tail === 0) this.#write(rest);
		else this.#splice(rest, head, tail);
		return this.#text;
	}

	/** Writes the blocks of `rest` but its last `tail` in place of the old blocks from `head` to the same last `tail`. */
	#splice(rest: BlockRows, head: number, tail: number): void {
		if (this.#runs.length === 0) this.#cut();
		const oldEnd = this.#blocks.contents.length - tail;
		const written = rest.contents.length - tail;
		const lineTo = tail > 0 ? this.#lines[oldEnd] : this.#lineCount;
		const pieces: string[] = [];
		const firstLines: number[] = [];
		let line = this.#lines[head];
		for (let i = 0; i < written; i++) {
			const lines = blockLines(rest.contents[i], rest.kinds[i]);
			pieces.push(lines);
			firstLines.push(line);
			line += lineCount(lines);
		}
		const lineShift = line - lineTo;
		const text = pieces.join("\n");
		this.#edit = { from: this.#lines[head], to: lineTo, text: tail > 0 && written > 0 ? `${text}\n` : text };
		this.#blocks = {
			contents: replaced(this.#blocks.contents, head, oldEnd, rest.contents.slice(0, written)),
			kinds: replaced(this.#blocks.kinds, head, oldEnd, rest.kinds.slice(0, written)),
		};
		this.#pieces = replaced(this.#pieces, head, oldEnd, pieces);
		this.#lines = replaced(this.#lines, head, oldEnd, firstLines);
		if (lineShift !== 0) for (let i = head + written; i < this.#lines.length; i++) this.#lines[i] += lineShift;
		this.#rerun(this.#pieces, head, oldEnd, head + written - oldEnd);
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

	#write(blocks: BlockRows): void {
		const { contents, kinds } = blocks;
		const pieces: string[] = [];
		for (let i = 0; i < contents.length; i++) pieces.push(blockLines(contents[i], kinds[i]));
		this.#blocks = blocks;
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

/** Blocks in reading order: each one's content, and its kind: -1 for the page's pre-block (its properties, unbulleted), else its depth. */
interface BlockRows {
	contents: string[];
	kinds: number[];
}

const NO_BLOCKS: BlockRows = { contents: [], kinds: [] };

/**
 * The loaded blocks of `forest` (at `depth`) in reading order, told apart from the blocks `old` holds: `head` counts
 * those equal to old's first ones, block for block, and `rest` holds every block after them. One walk, comparing as it
 * goes; the lists being walked are kept on a stack of our own, so that a page nested thousands deep cannot overflow
 * the call stack.
 */
function readBlocks(forest: readonly PageBlock[], depth: number, old: BlockRows): { head: number; rest: BlockRows } {
	const { contents: oldContents, kinds: oldKinds } = old;
	const oldCount = oldContents.length;
	const lists: BlockList[] = [];
	const resume: number[] = [];
	let list: BlockList = forest;
	let at = 0;
	let head = 0;
	/** Empty while every block so far matches; then sized for as many blocks as old has left, if any (growing one by one is slower). */
	let contents: string[] = [];
	let kinds: number[] = [];
	let matching = true;
	let count = 0;
	for (;;) {
		if (at === list.length) {
			if (lists.length === 0) break;
			list = lists.pop() as BlockList;
			at = resume.pop() as number;
			continue;
		}
		const node = list[at++];
		if (Array.isArray(node)) continue;
		const block = node as PageBlock;
		const level = depth + lists.length;
		const content = block.content ?? "";
		const kind = level === 0 && block["preBlock?"] === true ? -1 : level;
		if (matching && head < oldCount && oldContents[head] === content && oldKinds[head] === kind) head++;
		else {
			if (matching && head < oldCount) {
				contents = new Array<string>(oldCount - head);
				kinds = new Array<number>(oldCount - head);
			}
			matching = false;
			contents[count] = content;
			kinds[count++] = kind;
		}
		const children = block.children;
		if (children !== undefined && children.length > 0) {
			lists.push(list);
			resume.push(at);
			list = children;
			at = 0;
		}
	}
	contents.length = count;
	kinds.length = count;
	return { head, rest: { contents, kinds } };
}

/** A list of blocks as the host gives it: entities, and pairs for children it did not load. */
type BlockList = readonly (PageBlock | readonly [string, string])[];

/** `list` with its items [from, to) replaced by `items`: changed in place when a few items go in, else built anew (a spread of many arguments could overflow the stack). */
function replaced<T>(list: T[], from: number, to: number, items: readonly T[]): T[] {
	if (items.length <= 1000) {
		list.splice(from, to - from, ...items);
		return list;
	}
	return list.slice(0, from).concat(items, list.slice(to));
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
