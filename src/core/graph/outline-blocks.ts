/** A Logseq page body as its tree of blocks: each bullet with its continuation lines and its child bullets. */
import { fenceMarker, nextFence } from "../text/code";
import { indentWidth, isBlank } from "../text/lines";

/** One bullet: its first line's text after `- `, the lines that continue it (dedented), its children. */
export interface OutlineBlock {
	text: string;
	lines: string[];
	children: OutlineBlock[];
}

/**
 * Reads `lines` from `from` into blocks, one pass: a `- ` line opens a block under the nearest less indented one, any
 * other line continues the block above it; lines inside fenced code never open a block. Text before the first bullet
 * becomes a block of its own.
 */
export function outlineBlocks(lines: readonly string[], from = 0): OutlineBlock[] {
	const roots: OutlineBlock[] = [];
	const stack: { indent: number; block: OutlineBlock }[] = [];
	let fence = "";
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		const indent = indentWidth(line);
		const rest = line.trimStart();
		const opens = fence === "" && (rest.startsWith("- ") || rest === "-");
		if (opens) {
			while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
			const block: OutlineBlock = { text: rest.slice(2).trim(), lines: [], children: [] };
			(stack.length > 0 ? stack[stack.length - 1].block.children : roots).push(block);
			stack.push({ indent, block });
		} else if (stack.length > 0) {
			if (!isBlank(line) || stack[stack.length - 1].block.lines.length > 0) stack[stack.length - 1].block.lines.push(rest.trimEnd());
		} else if (!isBlank(line)) {
			const block: OutlineBlock = { text: rest.trim(), lines: [], children: [] };
			roots.push(block);
			stack.push({ indent: -1, block });
		}
		fence = nextFence(fence, fenceMarker(line));
	}
	return roots;
}

/** A block's whole text: its first line and its continuation lines, blank lines at the end dropped. */
export function blockText(block: OutlineBlock): string {
	return [block.text, ...block.lines].join("\n").trim();
}
