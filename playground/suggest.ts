/** The playground's pickers: the one host-neutral suggest list (src/ui/suggest-list.ts), styled by playground.css. */
import { openSuggestList, type SuggestOptions } from "../src/ui/suggest-list";

/** Opens a picker over `host`, with the playground's classes; returns the function that closes it. */
export function openSuggest<T>(host: HTMLElement, options: SuggestOptions<T>): () => void {
	return openSuggestList(host, "playground", options);
}
