/** The block tree Logseq's `Editor.insertBatchBlock` takes, and the few pure operations the plugin needs on it. */

/** One block: its text (without the leading "- "), its `key:: value` properties, and its child blocks. */
export interface BlockNode {
	content: string;
	properties: Record<string, string>;
	children: BlockNode[];
}

/** Where a block sits in a forest: the index among the top-level blocks, then among each level's children. */
export type BlockPath = readonly number[];

/** A new block with no properties unless given. */
export function block(content: string, children: BlockNode[] = [], properties: Record<string, string> = {}): BlockNode {
	return { content, properties, children };
}

/** The block at `path`, or undefined when the path leads nowhere. */
export function blockAt(forest: readonly BlockNode[], path: BlockPath): BlockNode | undefined {
	let level: readonly BlockNode[] = forest;
	let found: BlockNode | undefined;
	for (const index of path) {
		found = level[index];
		if (!found) return undefined;
		level = found.children;
	}
	return found;
}

/** A copy of `forest` whose block at `path` has `properties` added; the original is left as it was. */
export function withProperties(forest: readonly BlockNode[], path: BlockPath, properties: Record<string, string>): BlockNode[] {
	const [first, ...rest] = path;
	return forest.map((node, index) => {
		if (index !== first) return node;
		if (rest.length === 0) return { ...node, properties: { ...node.properties, ...properties } };
		return { ...node, children: withProperties(node.children, rest, properties) };
	});
}

/** Every block in reading order (a block before its children), each with its path. */
export function flattenBlocks(forest: readonly BlockNode[], prefix: BlockPath = []): { node: BlockNode; path: BlockPath }[] {
	return forest.flatMap((node, index) => {
		const path = [...prefix, index];
		return [{ node, path }, ...flattenBlocks(node.children, path)];
	});
}
