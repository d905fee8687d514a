/**
 * Embed tool summaries as text, on a Logseq page: the one block tree that writes the summaries of a Tools section's
 * links. Logseq inserts a batch at one place only, and every other editor call is an undo step of its own (0.10.9:
 * `insert_batch_block`, `update_block` in src/main/logseq/api.cljs each run their own transaction, and
 * `listen-db-changes!` in src/main/frontend/modules/editor/undo_redo.cljs pushes one undo entry per transaction). So the
 * summaries go in one block, "Tool summaries", last in the section, one child per tool, never under the user's own
 * link blocks. See also `embedToolSummaries`, the same command on a note's text.
 */
import { oneLine } from "../text/one-line";
import { recogniseHeading } from "../profile/section-names";
import { err, ok, type Result } from "../result";
import { linksInLine } from "../text/wiki-links";
import type { EmbedEdit } from "../tools/embed-summaries";
import { foldToolName } from "../tools/tool-names";
import { block, type BlockNode } from "./block-tree";
import { childBlocks, visibleText, type PageBlock } from "./page-blocks";
import { TOOL_RENDERER } from "./tool-macro";

/** The block that holds the summaries, as it reads on the page. */
export const SUMMARIES_TITLE = "Tool summaries";

/** What the command does: the batch to insert (null when nothing is to be written), what it counted, and the sections left. */
export interface SummaryBatch {
	insert: { anchor: string; sibling: boolean; blocks: BlockNode[] } | null;
	counts: Omit<EmbedEdit, "changes">;
	/** Later Tools sections that also lack summaries: each needs a run of its own, so that each run is one undo step. */
	waiting: number;
}

/** The tool names the Tools sections of a page link to, in order, each once: what to look summaries up for. */
export function toolLinkNames(forest: readonly PageBlock[]): string[] {
	const names = new Map<string, string>();
	for (const section of toolsSections(forest)) for (const link of linkBlocks(section)) if (!names.has(foldToolName(link.name))) names.set(foldToolName(link.name), link.name);
	return [...names.values()];
}

/**
 * The summaries to write for the first Tools section that lacks some: links whose block has nothing under it and
 * nothing after it on its line, and whose tool is not already in the section's "Tool summaries" block. `summaries`
 * gives each tool's summary by folded name ("" or missing for a tool without one). An error says why nothing can be done.
 */
export function summaryBatch(forest: readonly PageBlock[], summaries: ReadonlyMap<string, string>): Result<SummaryBatch, string> {
	const sections = toolsSections(forest);
	if (sections.length === 0) return err("This page has no tools section: add a “### Tools” block with tool links under it.");
	const counts = { added: 0, replaced: 0, current: 0, unknown: 0, kept: [] as string[] };
	let insert: SummaryBatch["insert"] = null;
	let waiting = 0;
	for (const section of sections) {
		const written = summariesBlock(section);
		const already = new Map((written ? childBlocks(written) : []).map((child) => [summaryName(visibleText(child)), visibleText(child)]));
		const missing: BlockNode[] = [];
		for (const link of linkBlocks(section)) {
			const folded = foldToolName(link.name);
			const summary = oneLine(summaries.get(folded) ?? "");
			const line = `**${link.name}**: ${summary}`;
			if (summary === "") counts.unknown++;
			else if (already.get(folded) === line) counts.current++;
			else if (already.has(folded)) counts.kept.push(link.name);
			else if (link.hasOwnText) counts.kept.push(link.name);
			else if (!missing.some((each) => each.content === line)) missing.push(block(line));
		}
		if (missing.length === 0) continue;
		if (insert !== null) {
			waiting++;
			continue;
		}
		counts.added = missing.length;
		const last = written ? childBlocks(written).at(-1) : childBlocks(section).at(-1);
		if (written) insert = last ? { anchor: last.uuid, sibling: true, blocks: missing } : { anchor: written.uuid, sibling: false, blocks: missing };
		else insert = { anchor: last?.uuid ?? section.uuid, sibling: last !== undefined, blocks: [block(SUMMARIES_TITLE, missing)] };
	}
	return ok({ insert, counts, waiting });
}

/** The blocks that head a Tools section: a heading block (`### Tools`, `## 🧰 Tools`), at any depth. */
function toolsSections(forest: readonly PageBlock[]): PageBlock[] {
	return forest.flatMap((node) => {
		const text = visibleText(node);
		const own = /^#{1,6}\s/.test(text) && recogniseHeading(text.replace(/^#+\s*/, ""))?.kind === "tools" ? [node] : [];
		return [...own, ...toolsSections(childBlocks(node))];
	});
}

/** The section's link blocks: children that start with a `[[link]]`; their own text is anything under them or after the link besides our chip macro. */
function linkBlocks(section: PageBlock): { name: string; hasOwnText: boolean }[] {
	return childBlocks(section).flatMap((child) => {
		const text = visibleText(child);
		const link = text.startsWith("[[") ? linksInLine(text)[0] : undefined;
		if (!link || link.from !== 0) return [];
		const after = text.slice(link.to).replace(new RegExp(`\\{\\{renderer ${TOOL_RENDERER},[^}]*\\}\\}`, "g"), "");
		return [{ name: link.target, hasOwnText: childBlocks(child).length > 0 || after.replace(/^[\s:–—-]+/, "") !== "" }];
	});
}

function summariesBlock(section: PageBlock): PageBlock | undefined {
	return childBlocks(section).find((child) => visibleText(child) === SUMMARIES_TITLE);
}

/** The tool a summary line is about (`**Name**: …`), folded; "" for a line of another shape. */
function summaryName(line: string): string {
	const bold = /^\*\*(.+?)\*\*/.exec(line);
	return bold ? foldToolName(bold[1]) : "";
}
