/** Embed tool summaries as text in Logseq: the summaries of the current page's tool links written as blocks, in one insertBatchBlock. */
import { summaryBatch, toolLinkNames } from "../core/logseq/summary-blocks";
import type { PageBlock } from "../core/logseq/page-blocks";
import { embedNotice } from "../core/tools/embed-summaries";
import { foldToolName } from "../core/tools/tool-names";
import type { GraphLibrary } from "./graph-library";
import type { LogseqHost } from "./host";

/** The palette command's label, the Obsidian command's name. */
export const EMBED_LABEL = "Embed tool summaries as text";

/** Registers the palette command (no default keys). */
export function registerEmbedSummaries(host: LogseqHost, library: GraphLibrary): void {
	host.App.registerCommandPalette({ key: "embed-tool-summaries", label: EMBED_LABEL }, () => void embedSummaries(host, library));
}

/** Writes the summaries of the current page's first Tools section that lacks some, as one undo step, and says what it did. */
export async function embedSummaries(host: LogseqHost, library: GraphLibrary): Promise<void> {
	const forest = ((await host.Editor.getCurrentPageBlocksTree()) ?? []) as unknown as PageBlock[];
	const summaries = new Map<string, string>();
	for (const name of toolLinkNames(forest)) summaries.set(foldToolName(name), await library.toolSummary(name));
	const batch = summaryBatch(forest, summaries);
	if (!batch.ok) {
		await host.UI.showMsg(batch.error, "warning");
		return;
	}
	const { insert, counts, waiting } = batch.value;
	if (insert !== null) {
		try {
			await host.Editor.insertBatchBlock(insert.anchor, insert.blocks, { sibling: insert.sibling });
		} catch (error) {
			await host.UI.showMsg(`The summaries could not be written: ${error instanceof Error ? error.message : String(error)}`, "error");
			return;
		}
	}
	const more = waiting === 0 ? "" : ` ${waiting === 1 ? "Another tools section" : `${waiting} more tools sections`} on this page: run the command again for each.`;
	await host.UI.showMsg(embedNotice(counts) + more);
}
