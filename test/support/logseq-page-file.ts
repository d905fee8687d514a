/** A Markdown file of a Logseq file graph, read into a page as the 0.10.9 graph parser would, for the fake graph. */
import { pageNameOfFile } from "../../src/core/graph/page-names";
import type { SeedBlock } from "./logseq-block-store";

/**
 * The page a file at `path` holds. Its name comes from the file name alone, not its folder, under the `:triple-lowbar`
 * format (`title-parsing` in deps/graph-parser/src/logseq/graph_parser/util.cljs: `___` is `/`, `%3F` and the like are
 * decoded). Lines before the first bullet make the first block (the store turns one of `key:: value` lines into page
 * properties); each `- ` line starts a block, nested by its indent (a tab or two spaces), its further lines under it.
 */
export function pageOfFile(path: string, text: string): { name: string; forest: SeedBlock[] } {
	const name = pageNameOfFile(path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, ""));
	const forest: SeedBlock[] = [];
	const open: { depth: number; block: SeedBlock; lines: string[]; raw?: true }[] = [];
	const close = (depth: number) => {
		while (open.length > 0 && open[open.length - 1].depth >= depth) {
			const done = open.pop();
			// The lines before the first bullet end where the blank line before it starts (the parser keeps no trailing blank in a block).
			if (done) done.block.content = done.raw ? done.lines.join("\n").trimEnd() : done.lines.join("\n");
		}
	};
	for (const line of text === "" ? [] : text.split("\n")) {
		const bullet = /^(\t*|(?: {2})*)-(?: (.*)|)$/.exec(line);
		if (bullet) {
			const depth = bullet[1].startsWith("\t") ? bullet[1].length : bullet[1].length / 2;
			close(depth);
			const block: SeedBlock = { content: "", children: [] };
			(open.length > 0 ? (open[open.length - 1].block.children ?? []) : forest).push(block);
			open.push({ depth, block, lines: [bullet[2] ?? ""] });
		} else if (open.length > 0) {
			const top = open[open.length - 1];
			top.lines.push(top.raw ? line : line.slice(Math.min(line.length - line.trimStart().length, 2 * top.depth + 2)));
		} else {
			const block: SeedBlock = { content: "", children: [] };
			forest.push(block);
			open.push({ depth: 0, block, lines: [line], raw: true });
		}
	}
	close(0);
	return { name, forest };
}
