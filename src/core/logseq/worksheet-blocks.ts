/** Turns a rendered worksheet (Markdown text with field ranges) into the block tree Logseq inserts in one call. */
import { oneLine } from "../text/one-line";
import type { RenderedWorksheet } from "../worksheet/render-worksheet";
import { block, flattenBlocks, withProperties, type BlockNode, type BlockPath } from "./block-tree";
import { closedFences } from "./fences";
import { toolChipMacro } from "./tool-macro";

/** A worksheet as Logseq blocks: the forest to insert, and the blocks holding a field, in reading order. */
export interface WorksheetBlocks {
	blocks: BlockNode[];
	fields: BlockPath[];
}

/** What the conversion needs to know beyond the text. */
export interface WorksheetBlockOptions {
	/** Recorded as `profiles:: <name>` on the first top-level block, so the page knows what the worksheet is about. */
	profileName: string;
	/** Tool names whose `[[link]]` blocks get a summary chip macro after the link. */
	toolNames: readonly string[];
}

const HEADING = /^(#{1,6})(?:[ \t]+|$)/;
const BULLET = /^([-*+])(?:[ \t]+|$)/;

interface Open {
	node: BlockNode;
	/** How many leading white-space characters a continuation line loses. */
	indent: number;
}

interface Placed {
	node: BlockNode;
	/** Offset in the block's final content where this line's kept text starts. */
	at: number;
	/** How many characters of the line were dropped before the kept text. */
	cut: number;
	lineFrom: number;
	lineTo: number;
}

/**
 * Splits the worksheet so that each block holds one heading, one list item or one paragraph (a fenced code block stays
 * whole): headings nest by level, list items by indentation, and every other line continues the block above it.
 * Each content is therefore exactly one block for Logseq's parser, which keeps only the first block of each content.
 * A field that fills its whole block leaves that block empty, ready to type in; a field inside text keeps its placeholder.
 */
export function worksheetBlocks(worksheet: RenderedWorksheet, options: WorksheetBlockOptions): WorksheetBlocks {
	const roots: BlockNode[] = [];
	const lines = worksheet.text.split("\n");
	const fenced = closedFences(lines);
	const headings: { level: number; node: BlockNode }[] = [];
	const items: { indent: number; node: BlockNode }[] = [];
	const placed: Placed[] = [];
	let open: Open | null = null;
	let offset = 0;
	const section = (): BlockNode[] => headings.at(-1)?.node.children ?? roots;
	const add = (parent: BlockNode[], content: string, lineFrom: number, lineTo: number, cut: number): BlockNode => {
		const node = block(content);
		parent.push(node);
		placed.push({ node, at: 0, cut, lineFrom, lineTo });
		return node;
	};
	lines.forEach((line, index) => {
		const from = offset;
		offset += line.length + 1;
		const to = from + line.length;
		const stripped = line.trimStart();
		const indent = line.length - stripped.length;
		if (fenced[index] === "inside" && open) {
			const cut = Math.min(indent, open.indent);
			placed.push({ node: open.node, at: open.node.content.length + 1, cut, lineFrom: from, lineTo: to });
			open.node.content += `\n${line.slice(cut)}`;
			return;
		}
		if (stripped === "") {
			open = null;
			return;
		}
		const heading = HEADING.exec(stripped);
		const bullet = BULLET.exec(stripped);
		while (items.length > 0 && (bullet || heading || open === null) && items[items.length - 1].indent >= indent) items.pop();
		if (heading && items.length === 0) {
			const level = heading[1].length;
			while (headings.length > 0 && headings[headings.length - 1].level >= level) headings.pop();
			headings.push({ level, node: add(section(), stripped.trimEnd(), from, to, indent) });
			open = null;
			return;
		}
		const parent = items.at(-1)?.node.children ?? section();
		if (bullet) {
			const node = add(parent, stripped.slice(bullet[0].length).trimEnd(), from, to, indent + bullet[0].length);
			items.push({ indent, node });
			open = { node, indent: indent + bullet[0].length };
			return;
		}
		if (heading) {
			add(parent, stripped.trimEnd(), from, to, indent);
			open = null;
			return;
		}
		if (open) {
			const cut = Math.min(indent, open.indent);
			placed.push({ node: open.node, at: open.node.content.length + 1, cut, lineFrom: from, lineTo: to });
			open.node.content += `\n${line.slice(cut).trimEnd()}`;
			return;
		}
		open = { node: add(parent, stripped.trimEnd(), from, to, indent), indent };
	});
	const fieldNodes = worksheet.fields.map((field) => fieldBlock(placed, field.from, field.to));
	const fields: BlockNode[] = [];
	for (const found of fieldNodes) {
		if (!found || fields.includes(found.node)) continue;
		if (found.node.content.trim() === found.text) found.node.content = "";
		fields.push(found.node);
	}
	const tools = new Set(options.toolNames);
	for (const { node } of flattenBlocks(roots)) {
		const link = /^\[\[([^[\]\n]+)\]\]$/.exec(node.content);
		if (link && tools.has(link[1])) node.content += toolChipMacro(link[1]);
	}
	const entries = flattenBlocks(roots);
	const paths = fields.map((node) => entries.find((entry) => entry.node === node)?.path).filter((path): path is BlockPath => path !== undefined);
	const name = oneLine(options.profileName);
	const blocks = roots.length > 0 && name !== "" ? withProperties(roots, [0], { profiles: name }) : roots;
	return { blocks, fields: paths };
}

/** The block a field's range landed in, and the field's text, when the range lies within one line. */
function fieldBlock(placed: readonly Placed[], from: number, to: number): { node: BlockNode; text: string } | undefined {
	const line = placed.find((each) => each.lineFrom <= from && to <= each.lineTo);
	if (!line) return undefined;
	const start = line.at + (from - line.lineFrom - line.cut);
	return { node: line.node, text: line.node.content.slice(start, start + (to - from)) };
}
