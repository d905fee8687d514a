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
 * read). The host sends that event after every transaction, on the same channel as its answers and in order, so the
 * latest read never misses a change reported before it was asked for: this replaces a read after the user's choice.
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
