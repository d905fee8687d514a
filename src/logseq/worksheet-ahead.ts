/** Builds the worksheet of the profile highlighted in the picker while the user rests on it, so the choice finds it built. */
import type { CatalogProfile } from "../core/catalog/profile-catalog";
import type { WorksheetBlocks } from "../core/logseq/worksheet-blocks";
import type { Result } from "../core/result";
import type { DebouncePort } from "../ui/sidebar/sidebar-host";

/** How long the highlight rests on a profile before its worksheet is built, in milliseconds: typing a query is not slowed. */
export const HIGHLIGHT_REST_MS = 120;

/** A worksheet as the command builds it: the blocks, or a template fault to show. */
export type BuiltWorksheet = Result<WorksheetBlocks, string>;

/** The worksheets (`T`: a worksheet and what else its insertion needs) built while one picker is open. */
export interface WorksheetAhead<T = BuiltWorksheet> {
	/** The picker highlights `entry`; its worksheet is built once the highlight has rested on it. */
	highlighted: (entry: CatalogProfile) => void;
	/** The worksheet of the chosen `entry`: the one built ahead, else built now. */
	take: (entry: CatalogProfile) => Promise<T>;
	/** The picker has answered: a build still waiting for the highlight to rest is dropped. */
	stop: () => void;
}

/** Worksheets built by `build` (pure, so one built ahead equals one built at the choice), each profile at most once. */
export function worksheetAhead<T = BuiltWorksheet>(build: (entry: CatalogProfile) => Promise<T>, debounce: DebouncePort): WorksheetAhead<T> {
	const built = new Map<CatalogProfile, Promise<T>>();
	const once = (entry: CatalogProfile) => {
		const found = built.get(entry) ?? build(entry);
		built.set(entry, found);
		return found;
	};
	let resting: CatalogProfile | null = null;
	const rested = debounce(() => {
		if (resting !== null) void once(resting);
	}, HIGHLIGHT_REST_MS);
	return {
		highlighted: (entry) => {
			resting = entry;
			rested();
		},
		take: once,
		stop: () => rested.cancel(),
	};
}
