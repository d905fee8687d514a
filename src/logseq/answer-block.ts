/** A click on a question in the Logseq panel: its answer block opens for editing, made first (one insertBatchBlock) when missing. */
import { block } from "../core/logseq/block-tree";
import { childBlocks, visibleText, type PageBlock } from "../core/logseq/page-blocks";
import { foldName } from "../core/catalog/profile-catalog";
import type { LogseqHost } from "./host";
import { errorMessage } from "../core/result";

/** Where the answer goes: an existing block to edit, or where to insert the question and its empty answer block. */
export type AnswerPlace = { kind: "edit"; uuid: string } | { kind: "insert"; anchor: string; sibling: boolean } | { kind: "none" };

/**
 * The question's block on the page (heading marks ignored) gives its first child, or itself when it has none, to edit.
 * Otherwise the question goes last in the worksheet of that profile (a block whose `profiles` names it), else last in
 * the first worksheet, else after the page's last block.
 */
export function answerPlace(forest: readonly PageBlock[], profile: string, question: string): AnswerPlace {
	const asked = findBlock(forest, (node) => foldName(visibleText(node).replace(/^#+\s*/, "")) === foldName(question));
	if (asked) return { kind: "edit", uuid: childBlocks(asked)[0]?.uuid ?? asked.uuid };
	const worksheets = allBlocks(forest).filter((node) => node.properties?.profiles !== undefined);
	const sheet = worksheets.find((node) => String(node.properties?.profiles).split(",").some((name) => foldName(name.replace(/\[\[|\]\]/g, "")) === foldName(profile))) ?? worksheets[0];
	if (sheet) {
		const last = childBlocks(sheet).at(-1);
		return last ? { kind: "insert", anchor: last.uuid, sibling: true } : { kind: "insert", anchor: sheet.uuid, sibling: false };
	}
	const end = forest.at(-1);
	return end ? { kind: "insert", anchor: end.uuid, sibling: true } : { kind: "none" };
}

/** Opens the answer block of `question` on `page`, inserting the question with an empty answer under it when the page has none. */
export async function addAnswerBlock(host: LogseqHost, page: string, profile: string, question: string, newUuid: () => string): Promise<void> {
	const forest = ((await host.Editor.getPageBlocksTree(page)) ?? []) as unknown as PageBlock[];
	const place = answerPlace(forest, profile, question);
	if (place.kind === "none") {
		await host.UI.showMsg("Click into the page first: it has no block to put the question after.", "warning");
		return;
	}
	if (place.kind === "edit") {
		await host.Editor.editBlock(place.uuid);
		return;
	}
	const id = newUuid();
	const blocks = [block(`### ${question.replace(/\s+/g, " ").trim()}`, [block("", [], { id })])];
	try {
		await host.Editor.insertBatchBlock(place.anchor, blocks, { sibling: place.sibling, keepUUID: true });
	} catch (error) {
		await host.UI.showMsg(`The question could not be added: ${errorMessage(error)}`, "error");
		return;
	}
	await host.Editor.editBlock(id);
}

function allBlocks(forest: readonly PageBlock[]): PageBlock[] {
	return forest.flatMap((node) => [node, ...allBlocks(childBlocks(node))]);
}

function findBlock(forest: readonly PageBlock[], wanted: (node: PageBlock) => boolean): PageBlock | undefined {
	return allBlocks(forest).find(wanted);
}
