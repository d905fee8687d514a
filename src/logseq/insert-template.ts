/** Insert profile template in Logseq: pick a profile, then its worksheet goes in as one block tree, in one host call. */
import type { BlockEntity } from "@logseq/libs/dist/LSPlugin";
import type { CatalogProfile } from "../core/catalog/profile-catalog";
import { withProperties } from "../core/logseq/block-tree";
import { placeWorksheet, type TargetBlock } from "../core/logseq/insert-target";
import { logseqWorksheet } from "../core/logseq/logseq-worksheet";
import { visibleText } from "../core/logseq/page-blocks";
import type { TemplateEngine } from "../core/templates/template-engine";
import type { GraphLibrary } from "./graph-library";
import type { LogseqHost } from "./host";
import { errorMessage } from "../core/result";

/** What the command needs: the host, the graph, the template engine, a way to ask for a profile, and fresh block uuids. */
export interface InsertTemplateDeps {
	host: LogseqHost;
	library: GraphLibrary;
	engine: TemplateEngine;
	pick: (entries: readonly CatalogProfile[]) => Promise<CatalogProfile | null>;
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
	host.hideMainUI({ restoreEditingCursor: chosen === null });
	if (chosen === null) return;
	const template = await deps.library.worksheetTemplate();
	const built = logseqWorksheet(chosen.profile, deps.engine, template ?? {});
	if (!built.ok) {
		await host.UI.showMsg(built.error, "error");
		return;
	}
	const target = await host.Editor.getBlock(from);
	if (!target) {
		await host.UI.showMsg("The block the command ran in is gone; nothing was inserted.", "warning");
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
