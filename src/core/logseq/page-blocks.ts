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
 * in whole (no split into lines). An explicit stack means a page nested thousands deep cannot overflow the call stack.
 */
export function pageText(forest: readonly PageBlock[], depth = 0): string {
	const out: string[] = [];
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
		const content = block.content ?? "";
		out.push(block["preBlock?"] === true && level.depth === 0 ? content : bulleted(content, level.depth));
		if (block.children !== undefined && block.children.length > 0) stack.push({ list: block.children, at: 0, depth: level.depth + 1 });
	}
	return out.join("\n");
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
