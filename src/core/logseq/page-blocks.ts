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

/** The Markdown page a file graph stores for these blocks: a bullet per block, its further lines indented under it. */
export function pageText(forest: readonly PageBlock[], depth = 0): string {
	const pad = "  ".repeat(depth);
	const out: string[] = [];
	for (const node of forest) {
		const lines = (node.content ?? "").split("\n");
		if (node["preBlock?"] === true && depth === 0) out.push(...lines);
		else out.push(...lines.map((line, i) => (i === 0 ? `${pad}- ${line}`.trimEnd() : `${pad}  ${line}`)));
		const children = childBlocks(node);
		if (children.length > 0) out.push(pageText(children, depth + 1));
	}
	return out.join("\n");
}
