/** The note model of a Logseq page as its tree changes: each version read from the last, only the lines of the blocks that changed. */
import { rescanNote, scanNote, type NoteScan } from "../sidebar";
import { PageTextCache, type PageBlock } from "./page-blocks";

/** Successive versions of a page's tree and their scans; gives what `scanNote(pageText(forest))` gives, for any sequence. */
export class PageScanCache {
	readonly #texts = new PageTextCache();
	#scan: NoteScan | null = null;

	/** The scan of the page text of `forest` (its `text`, that text). */
	scan(forest: readonly PageBlock[]): NoteScan {
		const text = this.#texts.text(forest);
		const previous = this.#scan;
		const edit = this.#texts.edit;
		// An edit that replaces no lines by nothing (the cache's word for an unchanged tree) leaves the scan as it was.
		if (previous !== null && edit !== null && edit.from === edit.to && edit.text === "") return previous;
		this.#scan = previous === null || edit === null ? scanNote(text) : rescanNote(previous, text, edit);
		return this.#scan;
	}
}
