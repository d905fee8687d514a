/** Checks text against Logseq's own parser (mldoc 1.5.7, the version the 0.10.9 app pins) at the configuration it parses blocks with. */
import { Mldoc } from "mldoc";
import type { BlockNode } from "../../src/core/logseq/block-tree";

/**
 * Logseq 0.10.9's `gp-mldoc/default-config` for Markdown (deps/graph-parser/src/logseq/graph_parser/mldoc.cljc): the six
 * options below plus an empty `export_md_remove_options`; the export options are nil there and so left out.
 */
export const LOGSEQ_MLDOC_CONFIG = JSON.stringify({
	toc: false,
	parse_outline_only: false,
	heading_number: false,
	keep_line_break: true,
	format: "Markdown",
	heading_to_list: false,
	export_md_remove_options: [],
});

type Position = { start_pos: number; end_pos: number };
type Node = [string, { unordered?: boolean; level?: number } | [string, string, unknown][]];

function parse(text: string): [Node, Position][] {
	const parsed = Mldoc.parseJson(text, LOGSEQ_MLDOC_CONFIG);
	if (!parsed.startsWith("[")) throw new Error(`mldoc refused the text: ${parsed}`);
	return JSON.parse(parsed) as [Node, Position][];
}

/** The lines mldoc could not place in a bullet block (empty when the page is a valid outline). */
export function linesOutsideBlocks(page: string): string[] {
	const nodes = parse(page);
	const bytes = new TextEncoder().encode(page);
	const textAt = (pos: Position) => new TextDecoder().decode(bytes.slice(pos.start_pos, pos.end_pos));
	const problems: string[] = [];
	let blockLevel = -1;
	nodes.forEach(([[kind, value], position], index) => {
		if (kind === "Property_Drawer" && index === 0) return;
		if (kind === "Heading" && !Array.isArray(value)) {
			if (!value.unordered) problems.push(`not a bullet: ${textAt(position)}`);
			blockLevel = value.level ?? 1;
			return;
		}
		const needed = blockLevel + 1;
		// A body that starts on its bullet's own line (as a quote after "- " does) begins mid-line: that first piece is inside.
		const midLine = position.start_pos > 0 && bytes[position.start_pos - 1] !== 0x0a;
		textAt(position).split("\n").forEach((line, i) => {
			if (line.trim() === "" || (i === 0 && midLine && blockLevel >= 0)) return;
			const indent = line.length - line.trimStart().length;
			if (blockLevel < 0 || indent < needed) problems.push(line);
		});
	});
	return problems;
}

/** What Logseq's parser makes of one block's text as the host builds it: "- " + content + its `key:: value` lines. */
export function parseBlock(node: Pick<BlockNode, "content" | "properties">): { blocks: number; properties: Record<string, string> } {
	const lines = Object.entries(node.properties).map(([key, value]) => `${key}:: ${value}`);
	const text = `- ${[node.content, ...lines].join("\n")}`;
	const nodes = parse(text);
	const properties: Record<string, string> = {};
	for (const [[kind, value]] of nodes) {
		if (kind === "Property_Drawer" && Array.isArray(value)) for (const [key, text] of value) properties[key] = text;
	}
	return { blocks: nodes.filter(([[kind]]) => kind === "Heading").length, properties };
}

/** The page text Logseq writes for a forest of blocks: a bullet per block, continuation lines and properties indented under it. */
export function outlineOf(forest: readonly BlockNode[], depth = 0): string {
	const pad = "  ".repeat(depth);
	return forest
		.map((node) => {
			const lines = [...node.content.split("\n"), ...Object.entries(node.properties).map(([key, value]) => `${key}:: ${value}`)];
			const own = lines.map((line, i) => (i === 0 ? `${pad}- ${line}`.trimEnd() : `${pad}  ${line}`)).join("\n");
			return node.children.length > 0 ? `${own}\n${outlineOf(node.children, depth + 1)}` : own;
		})
		.join("\n");
}

/** How many blocks Logseq's parser finds in a page. */
export function countBlocks(page: string): number {
	return parse(page).filter(([[kind]]) => kind === "Heading").length;
}

/**
 * What the Logseq 0.10.9 host keeps of a block it is given: it parses "- " + content with mldoc and keeps only the first
 * block (`block-tree->blocks` in src/main/frontend/handler/editor.cljs takes `(first blocks)`); the rest is dropped.
 */
export function firstBlockOnly(content: string): string {
	const text = `- ${content}`;
	const headings = parse(text).filter(([[kind]]) => kind === "Heading");
	// mldoc's positions count UTF-8 bytes; they are needed only to cut off a second block, the rare case.
	if (headings.length < 2) return content.replace(/\n+$/, "");
	return new TextDecoder().decode(new TextEncoder().encode(text).slice(2, headings[1][1].start_pos)).replace(/\n+$/, "");
}
