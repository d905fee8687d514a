/** Which block of a page holds a line of the page's text, as `pageText` writes the blocks. */
import { childBlocks, type PageBlock } from "./page-blocks";

/** The block whose lines include line `line` (0-based) of `pageText(forest)`; null past the last block. Linear. */
export function blockAtLine(forest: readonly PageBlock[], line: number): PageBlock | null {
	let first = 0;
	const visit = (nodes: readonly PageBlock[]): PageBlock | null => {
		for (const node of nodes) {
			const count = (node.content ?? "").split("\n").length;
			if (line < first + count) return node;
			first += count;
			const inside = visit(childBlocks(node));
			if (inside) return inside;
		}
		return null;
	};
	return line < 0 ? null : visit(forest);
}
