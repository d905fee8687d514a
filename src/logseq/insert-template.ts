/** Insert profile template in Logseq: pick a profile, then its worksheet goes in as one block tree, in one host call. */
import type { BlockEntity } from "@logseq/libs/dist/LSPlugin";
import type { CatalogProfile } from "../core/catalog/profile-catalog";
import { withProperties } from "../core/logseq/block-tree";
import { placeWorksheet, uuidOfId, type TargetBlock } from "../core/logseq/insert-target";
import { logseqWorksheet } from "../core/logseq/logseq-worksheet";
import { blockAtLine } from "../core/logseq/block-at-line";
import { pageText, visibleText, type PageBlock } from "../core/logseq/page-blocks";
import { findWorksheet } from "../core/worksheet/existing-worksheet";
import type { ExistingWorksheetChoice } from "../ui/existing-worksheet-question";
import type { TemplateEngine } from "../core/templates/template-engine";
import type { GraphLibrary } from "./graph-library";
import type { LogseqHost } from "./host";
import type { PickedProfile } from "./profile-picker";
import { watchBlock } from "./watched-block";
import { worksheetAhead, type BuiltWorksheet } from "./worksheet-ahead";
import type { DebouncePort } from "../ui/sidebar/sidebar-host";
import { err, errorMessage, ok, type Result } from "../core/result";

/** What the command needs: the host, the graph, the template engine, ways to ask for a profile and about a second worksheet, fresh block uuids, timers. */
export interface InsertTemplateDeps {
	host: LogseqHost;
	library: GraphLibrary;
	engine: TemplateEngine;
	/** Asks for a profile, telling `highlighted` each profile the picker highlights; the picker stays drawn until the command closes it. */
	pick: (entries: readonly CatalogProfile[], highlighted: (entry: CatalogProfile) => void) => Promise<PickedProfile | null>;
	/** Asks, in the plugin's frame, what to do when the page already has the profile's worksheet. */
	ask: (profileName: string) => Promise<ExistingWorksheetChoice>;
	newUuid: () => string;
	debounce: DebouncePort;
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
 * While the picker is open, the block, the page and the template are read, and for the profile the highlight rests on its
 * worksheet is built and the page's worksheet of it looked up; the block is read again whenever the host reports a change
 * to it (it may save the block's text meanwhile). So after the choice nothing is read or built before the insertion, and
 * the picker closes and the frame hides after it.
 */
export async function insertProfileTemplate(deps: InsertTemplateDeps, uuid: string | null): Promise<void> {
	const { host } = deps;
	const from = uuid ?? (await host.Editor.getCurrentBlock())?.uuid ?? null;
	if (from === null) {
		await host.UI.showMsg("Click into a block first: the worksheet goes after it.", "warning");
		return;
	}
	const watched = watchBlock(host, from);
	const ahead = readAhead(deps, watched.first);
	const worksheets = worksheetAhead((entry) => ahead.then((read) => prepareInsertion(deps.engine, entry, read)), deps.debounce);
	const entries = await deps.library.profiles();
	host.showMainUI({ autoFocus: true });
	const picked = await deps.pick(entries, worksheets.highlighted);
	worksheets.stop();
	if (picked === null) {
		watched.stop();
		host.hideMainUI({ restoreEditingCursor: true });
		return;
	}
	const done = (opened: boolean) => {
		picked.close();
		host.hideMainUI({ restoreEditingCursor: !opened });
	};
	const { profile } = picked.entry;
	const { forest } = await ahead;
	const target = await watched.latest().finally(watched.stop);
	const prepared = await worksheets.take(picked.entry);
	const existing = target ? prepared.existing : null;
	if (existing !== null) {
		picked.close();
		const answer = await deps.ask(profile.name);
		if (answer !== "insert") {
			done(answer === "go");
			if (answer === "go") await host.Editor.editBlock(existing);
			return;
		}
	}
	if (!target) {
		done(false);
		await host.UI.showMsg("The block the command ran in is gone; nothing was inserted.", "warning");
		return;
	}
	const { built } = prepared;
	if (!built.ok) {
		done(false);
		await host.UI.showMsg(built.error, "error");
		return;
	}
	const placement = placeWorksheet(targetBlock(target));
	const anchor = ("uuid" in placement.anchor ? placement.anchor.uuid : await uuidOf(host, forest, placement.anchor.id)) ?? target.uuid;
	const sibling = anchor === target.uuid ? true : placement.sibling;
	const first = built.value.fields[0] ?? [0];
	const id = deps.newUuid();
	const blocks = withProperties(built.value.blocks, first, { id });
	try {
		await host.Editor.insertBatchBlock(anchor, blocks, { sibling, keepUUID: true });
	} catch (error) {
		done(false);
		await host.UI.showMsg(`The worksheet could not be inserted: ${errorMessage(error)}`, "error");
		return;
	}
	done(true);
	// The 0.10.x host returns nothing from insertBatchBlock; the custom uuid (kept by keepUUID) finds the first field.
	await host.Editor.editBlock(id);
}

/** What inserting a profile's worksheet needs, prepared while the picker's highlight rests on the profile. */
interface PreparedInsertion {
	/** Its worksheet in the user's template (or the bundled one), or the fault reading the template. */
	built: BuiltWorksheet;
	/** The block heading the page's first worksheet of the profile, or null when the page (as read ahead) has none. */
	existing: string | null;
}

/** Prepares the insertion of `entry`'s worksheet into the page read ahead. */
function prepareInsertion(engine: TemplateEngine, entry: CatalogProfile, { template, forest }: ReadAhead): PreparedInsertion {
	return {
		built: template.ok ? logseqWorksheet(entry.profile, engine, template.value ?? {}) : template,
		existing: forest ? existingWorksheet(forest, entry.profile.name) : null,
	};
}

/** What is read while the picker is open: the tree of the page the command ran in (null when unreadable), and the template. */
interface ReadAhead {
	forest: PageBlock[] | null;
	template: Result<{ source: string; path: string } | null, string>;
}

/** Reads the page of `reading` (the block's first read) and the user's worksheet template; never rejects, since the user may leave the picker first. */
async function readAhead(deps: InsertTemplateDeps, reading: Promise<BlockEntity | null>): Promise<ReadAhead> {
	const template = deps.library.worksheetTemplate().then(ok, (error: unknown) => err(`The worksheet template could not be read: ${errorMessage(error)}`));
	const forest = (async () => {
		const block = await reading;
		const page = typeof block?.page?.id === "number" ? await deps.host.Editor.getPage(block.page.id) : null;
		if (!page) return null;
		return ((await deps.host.Editor.getPageBlocksTree(page.originalName ?? page.name)) ?? []) as unknown as PageBlock[];
	})().catch(() => null);
	return { forest: await forest, template: await template };
}

/** The uuid of the block of database id `id`: from the page read ahead, else asked of the host. */
async function uuidOf(host: LogseqHost, forest: readonly PageBlock[] | null, id: number): Promise<string | null> {
	return (forest && uuidOfId(forest, id)) ?? (await host.Editor.getBlock(id))?.uuid ?? null;
}

/**
 * The uuid of the block that heads the first worksheet of `profileName` in the page's blocks (found in the page's text as
 * Obsidian finds it, `findWorksheet`), or null when the page has none.
 */
function existingWorksheet(forest: readonly PageBlock[], profileName: string): string | null {
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
