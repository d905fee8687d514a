// Browser page: the host-neutral suggest list (src/ui/suggest-list.ts) over a few names, recording what it highlights and what is chosen.
import { installObsidianDom } from "../../../src/ui/obsidian-dom";
import { openSuggestList } from "../../../src/ui/suggest-list";

/** What the spec reads: every item the list reported highlighted, in order, and the chosen one. */
interface SuggestPage {
	highlighted: string[];
	chosen: string | null;
}

declare global {
	interface Window {
		/** Set by this page; read by test/browser/suggest-list.spec.mjs. */
		suggestPage: SuggestPage;
	}
}

installObsidianDom();
const record: SuggestPage = { highlighted: [], chosen: null };
window.suggestPage = record;
openSuggestList(document.getElementById("root") ?? document.body, "test", {
	title: "Pick a profile",
	placeholder: "Pick a profile…",
	items: ["Sales strategy", "Pricing", "Partners", "Pricing power"],
	label: (item) => item,
	highlighted: (item) => void record.highlighted.push(item),
	choose: (item) => void (record.chosen = item),
});
