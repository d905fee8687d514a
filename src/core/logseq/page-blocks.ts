/** A page's blocks as the Logseq host reports them, and the page text they stand for. */

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
 * The text of successive versions of one page's tree, as the copilot panel reads it after each change: when the tree
 * has the same blocks in the same places as last time and only a few contents changed (typing in a block), their lines
 * are spliced into the last text instead of joining every block again. Gives what `pageText` gives, for any sequence.
 */
export class PageTextCache {
	/** Each block's content and kind (see `eachBlock`), in reading order, and where its lines start in `#text`. */
	#contents: string[] = [];
	#kinds: number[] = [];
	#starts: number[] = [];
	#ends: number[] = [];
	#text = "";

	/** The page text of `forest`, as `pageText(forest)`. */
	text(forest: readonly PageBlock[]): string {
		const contents = this.#contents;
		const kinds = this.#kinds;
		const changed: number[] = [];
		let count = 0;
		let fits = true;
		eachBlock(forest, 0, (content, kind) => {
			if (!fits) return;
			if (count === contents.length || kinds[count] !== kind) fits = false;
			else if (contents[count] !== content) {
				fits = changed.push(count) <= SPLICED_AT_MOST;
				contents[count] = content;
			}
			count++;
		});
		if (!fits || count !== contents.length) return this.#rebuild(forest);
		if (changed.length > 0) this.#splice(changed);
		return this.#text;
	}

	/** Writes the blocks `changed` (their new contents already in `#contents`) over their old lines. */
	#splice(changed: readonly number[]): void {
		const old = this.#text;
		let text = "";
		let from = 0;
		let shift = 0;
		let next = 0;
		for (let i = changed[0]; i < this.#contents.length; i++) {
			this.#starts[i] += shift;
			if (i !== changed[next]) {
				this.#ends[i] += shift;
				continue;
			}
			next++;
			const lines = blockLines(this.#contents[i], this.#kinds[i]);
			text += old.slice(from, this.#starts[i] - shift) + lines;
			from = this.#ends[i];
			shift += lines.length - (this.#ends[i] - this.#starts[i] + shift);
			this.#ends[i] = this.#starts[i] + lines.length;
		}
		this.#text = text + old.slice(from);
	}

	#rebuild(forest: readonly PageBlock[]): string {
		const contents: string[] = [];
		const kinds: number[] = [];
		const starts: number[] = [];
		const ends: number[] = [];
		const out: string[] = [];
		let at = 0;
		eachBlock(forest, 0, (content, kind) => {
			const lines = blockLines(content, kind);
			contents.push(content);
			kinds.push(kind);
			starts.push(at);
			ends.push(at + lines.length);
			out.push(lines);
			at += lines.length + 1;
		});
		this.#contents = contents;
		this.#kinds = kinds;
		this.#starts = starts;
		this.#ends = ends;
		this.#text = out.join("\n");
		return this.#text;
	}
}

/** More changed blocks than this and the page is joined again: splicing pays for a few blocks typed in, not for many. */
const SPLICED_AT_MOST = 16;

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
