/** Insert profile template in Logseq: pick a profile, then its worksheet goes in as one block tree, in one host call. */
import type { BlockEntity } from "@logseq/libs/dist/LSPlugin";
import type { CatalogProfile } from "../core/catalog/profile-catalog";
import { withProperties } from "../core/logseq/block-tree";
import { placeWorksheet, type TargetBlock } from "../core/logseq/insert-target";
import { logseqWorksheet } from "../core/logseq/logseq-worksheet";
import { blockAtLine } from "../core/logseq/block-at-line";
import { pageText, visibleText, type PageBlock } from "../core/logseq/page-blocks";
import { findWorksheet } from "../core/worksheet/existing-worksheet";
import type { ExistingWorksheetChoice } from "../ui/existing-worksheet-question";
import type { TemplateEngine } from "../core/templates/template-engine";
import type { GraphLibrary } from "./graph-library";
import type { LogseqHost } from "./host";
import { errorMessage } from "../core/result";

/** What the command needs: the host, the graph, the template engine, ways to ask for a profile and about a second worksheet, fresh block uuids. */
export interface InsertTemplateDeps {
	host: LogseqHost;
	library: GraphLibrary;
	engine: TemplateEngine;
	pick: (entries: readonly CatalogProfile[]) => Promise<CatalogProfile | null>;
	/** Asks, in the plugin's frame, what to do when the page already has the profile's worksheet. */
	ask: (profileName: string) => Promise<ExistingWorksheetChoice>;
	newUuid: () => string;
}

/** The label of the slash command and of the palette command. */
export const INSERT_LABEL = "Insert profile template";

/** Registers the slash command and the palette command. */
export function registerInsertTemplate(deps: InsertTemplateDeps): void {
	deps.host.Editor.registerSlashCommand(INSERT_LABEL, async (event) => {
		await insertProfileTemplate(deps, event.uuid);
	});
	deps.host.App.registerCommandPalette({ key: "insert-profile-template", label: INSERT_LABEL }, () => {
		void insertProfileTemplate(deps, null);
	});
}

/**
 * Runs the command from the block `uuid` (the slash command's), or the block being edited: asks for a profile, builds its
 * worksheet and inserts it with one `insertBatchBlock`, then opens the first field. Every failure is a message, never a change.
 */
export async function insertProfileTemplate(deps: InsertTemplateDeps, uuid: string | null): Promise<void> {
	const { host } = deps;
	const from = uuid ?? (await host.Editor.getCurrentBlock())?.uuid ?? null;
	if (from === null) {
		await host.UI.showMsg("Click into a block first: the worksheet goes after it.", "warning");
		return;
	}
	const entries = await deps.library.profiles();
	host.showMainUI({ autoFocus: true });
	const chosen = await deps.pick(entries);
	if (chosen === null) {
		host.hideMainUI({ restoreEditingCursor: true });
		return;
	}
	const target = await host.Editor.getBlock(from);
	const existing = target ? await existingWorksheet(host, target, chosen.profile.name) : null;
	const answer = existing === null ? "insert" : await deps.ask(chosen.profile.name);
	host.hideMainUI({ restoreEditingCursor: answer === "cancel" });
	if (existing !== null && answer === "go") await host.Editor.editBlock(existing);
	if (answer !== "insert") return;
	if (!target) {
		await host.UI.showMsg("The block the command ran in is gone; nothing was inserted.", "warning");
		return;
	}
	const template = await deps.library.worksheetTemplate();
	const built = logseqWorksheet(chosen.profile, deps.engine, template ?? {});
	if (!built.ok) {
		await host.UI.showMsg(built.error, "error");
		return;
	}
	const placement = placeWorksheet(targetBlock(target));
	const anchor = "uuid" in placement.anchor ? placement.anchor.uuid : ((await host.Editor.getBlock(placement.anchor.id))?.uuid ?? target.uuid);
	const sibling = anchor === target.uuid ? true : placement.sibling;
	const first = built.value.fields[0] ?? [0];
	const id = deps.newUuid();
	const blocks = withProperties(built.value.blocks, first, { id });
	try {
		await host.Editor.insertBatchBlock(anchor, blocks, { sibling, keepUUID: true });
	} catch (error) {
		await host.UI.showMsg(`The worksheet could not be inserted: ${errorMessage(error)}`, "error");
		return;
	}
	// The 0.10.x host returns nothing from insertBatchBlock; the custom uuid (kept by keepUUID) finds the first field.
	await host.Editor.editBlock(id);
}

/**
 * The uuid of the block that heads the first worksheet of `profileName` on the target's page (found in the page's text as
 * Obsidian finds it, `findWorksheet`), or null when the page has none.
 */
async function existingWorksheet(host: LogseqHost, target: BlockEntity, profileName: string): Promise<string | null> {
	const page = typeof target.page?.id === "number" ? await host.Editor.getPage(target.page.id) : null;
	if (!page) return null;
	const forest = ((await host.Editor.getPageBlocksTree(page.originalName ?? page.name)) ?? []) as unknown as PageBlock[];
	const text = pageText(forest);
	const found = findWorksheet(text, profileName);
	if (found === null) return null;
	return blockAtLine(forest, text.slice(0, found.from).split("\n").length - 1)?.uuid ?? null;
}

/** What the placement needs of a 0.10.x block entity; `left` is a file-graph field the SDK's newer types no longer declare. */
function targetBlock(block: BlockEntity): TargetBlock {
	const left = block.left as { id?: number } | undefined;
	return {
		uuid: block.uuid,
		text: visibleText(block),
		hasChildren: (block.children ?? []).length > 0,
		leftId: typeof left?.id === "number" ? left.id : null,
		parentId: typeof block.parent?.id === "number" ? block.parent.id : null,
		pageId: typeof block.page?.id === "number" ? block.page.id : null,
	};
}
