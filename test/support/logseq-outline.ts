/** Checks a page against Logseq's own parser (mldoc): every line must be a bullet block or a continuation of one. */
import { Mldoc } from "mldoc";

const CONFIG = JSON.stringify({
	toc: false,
	parse_outline_only: false,
	heading_number: false,
	keep_line_break: true,
	format: "Markdown",
	heading_to_list: false,
	exporting_keep_properties: true,
	inline_type_with_pos: false,
	inline_skip_macro: false,
	export_md_remove_options: [],
	export_md_indent_style: "dashes",
	hiccup_in_block: true,
	enable_drawers: true,
});

type Position = { start_pos: number; end_pos: number };
type Node = [string, { unordered?: boolean; level?: number }];

/** The lines mldoc could not place in a bullet block (empty when the page is a valid outline). */
export function linesOutsideBlocks(page: string): string[] {
	const parsed = Mldoc.parseJson(page, CONFIG);
	if (!parsed.startsWith("[")) throw new Error(`mldoc refused the page: ${parsed}`);
	const nodes = JSON.parse(parsed) as [Node, Position][];
	const bytes = new TextEncoder().encode(page);
	const textAt = (pos: Position) => new TextDecoder().decode(bytes.slice(pos.start_pos, pos.end_pos));
	const problems: string[] = [];
	let blockLevel = -1;
	nodes.forEach(([[kind, value], position], index) => {
		if (kind === "Property_Drawer" && index === 0) return;
		if (kind === "Heading") {
			if (!value.unordered) problems.push(`not a bullet: ${textAt(position)}`);
			blockLevel = value.level ?? 1;
			return;
		}
		const needed = blockLevel + 1;
		for (const line of textAt(position).split("\n")) {
			if (line.trim() === "") continue;
			const indent = line.length - line.trimStart().length;
			if (blockLevel < 0 || indent < needed) problems.push(line);
		}
	});
	return problems;
}
