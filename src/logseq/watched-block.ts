/** The block a command runs from, read once and read again whenever the host reports a change to it. */
import type { BlockEntity } from "@logseq/libs/dist/LSPlugin";
import type { LogseqHost } from "./host";

/** A block kept as fresh as the host's change reports make it. */
export interface WatchedBlock {
	/** The first read of the block. */
	readonly first: Promise<BlockEntity | null>;
	/** The latest read, made after every change of the block the host has reported so far; no new round trip when none was. */
	latest: () => Promise<BlockEntity | null>;
	/** Stops listening to the host's changes. */
	stop: () => void;
}

/**
 * Reads the block `uuid` now, and again each time `DB.onChanged` names it (by uuid, or by the database id of the first
 * read). The 0.10.9 host reports every transaction's blocks (`invoke-hooks` in frontend/modules/outliner/pipeline.cljs,
 * through the `:plugin/hook-db-tx` event), so this stands in for a read after the user's choice. What it can miss is a
 * save whose report is still on its way when the choice comes (the host's event queue runs on a later tick): the auto-save
 * of a block whose typed "/command" was saved earlier would then place the worksheet after that block, emptied, rather
 * than before it; nothing is lost, since the host saves the text itself before it inserts (`paste-blocks`, editor.cljs).
 */
export function watchBlock(host: Pick<LogseqHost, "Editor" | "DB">, uuid: string): WatchedBlock {
	const read = () => {
		const reading = host.Editor.getBlock(uuid);
		// A read that a newer one replaces is never awaited; its failure, if any, is the newer one's to report.
		reading.catch(() => undefined);
		return reading;
	};
	const first = read();
	let latest = first;
	let id: number | null = null;
	first.then((block) => (id = typeof block?.id === "number" ? block.id : null), () => undefined);
	const stop = host.DB.onChanged(({ blocks }) => {
		if (blocks.some((each) => each.uuid === uuid || (id !== null && each.id === id))) latest = read();
	});
	return { first, latest: () => latest, stop };
}
