/** A position of a page's text, shown in Logseq: the block that holds that line opens for editing, cursor at its end. */
import { blockAtLine } from "../core/logseq/block-at-line";
import type { PageBlock } from "../core/logseq/page-blocks";
import type { TextPosition } from "../core/sidebar";
import type { LogseqHost } from "./host";

/** Opens the block of `page` that holds line `at.line` of its text (as the graph library reads it), or says the page has changed. */
export async function showPosition(host: LogseqHost, page: string, at: TextPosition): Promise<void> {
	const forest = ((await host.Editor.getPageBlocksTree(page)) ?? []) as unknown as PageBlock[];
	const found = blockAtLine(forest, at.line);
	if (found === null) {
		await host.UI.showMsg("That section is no longer on the page.", "warning");
		return;
	}
	await host.Editor.editBlock(found.uuid);
}
