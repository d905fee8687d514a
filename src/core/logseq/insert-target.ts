/** Where a worksheet goes relative to the block the command ran in, so that no empty block is left above it. */

/** What the decision needs to know about the block the command ran in (Logseq 0.10.x file-graph block fields). */
export interface TargetBlock {
	uuid: string;
	/** The block's text without its property lines. */
	text: string;
	hasChildren: boolean;
	/** Database ids: the block before it (its parent when it is a first child), its parent, its page. */
	leftId: number | null;
	parentId: number | null;
	pageId: number | null;
}

/** An anchor for `Editor.insertBatchBlock`: a block (by uuid, or by database id still to be looked up) and `sibling`. */
export type Placement = { anchor: { uuid: string } | { id: number }; sibling: boolean };

/**
 * After a block with text, the worksheet goes as its next siblings. An empty, childless block (what a slash command
 * leaves) cannot be replaced in the same call, since the 0.10.x host never replaces an empty target of
 * `insertBatchBlock`; so the worksheet goes just before it, after its previous sibling or as its parent's first children,
 * and the empty block follows the worksheet, where writing goes on. An empty first block of a page has no such anchor
 * (the API takes blocks, not pages) and is left above the worksheet.
 */
export function placeWorksheet(target: TargetBlock): Placement {
	const after: Placement = { anchor: { uuid: target.uuid }, sibling: true };
	if (target.text !== "" || target.hasChildren || target.leftId === null || target.parentId === null) return after;
	if (target.leftId !== target.parentId) return { anchor: { id: target.leftId }, sibling: true };
	if (target.parentId === target.pageId) return after;
	return { anchor: { id: target.parentId }, sibling: false };
}

/** A block of a page tree as far as finding one by database id needs (the SDK's tree entities carry `id`). */
export interface IdentifiedBlock {
	id?: number;
	uuid: string;
	children?: readonly (IdentifiedBlock | readonly [string, string])[];
}

/** The uuid of the block with database id `id` in `forest`, or null when the tree does not hold it. */
export function uuidOfId(forest: readonly (IdentifiedBlock | readonly [string, string])[], id: number): string | null {
	const stack = [...forest];
	while (stack.length > 0) {
		const node = stack.pop();
		if (node === undefined || Array.isArray(node)) continue;
		const block = node as IdentifiedBlock;
		if (block.id === id) return block.uuid;
		stack.push(...(block.children ?? []));
	}
	return null;
}
