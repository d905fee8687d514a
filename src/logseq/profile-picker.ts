/** The profile picker in the plugin's own frame: the host-neutral suggest list (src/ui/suggest-list.ts) over the profiles. */
import { profileSourceText, type CatalogProfile } from "../core/catalog/profile-catalog";
import { openSuggestList } from "../ui/suggest-list";

/** Shows a picker in `root` and resolves with the chosen profile, or null when the user leaves (Escape, a click outside). */
export function pickProfile(root: HTMLElement, entries: readonly CatalogProfile[]): Promise<CatalogProfile | null> {
	return new Promise((resolve) => {
		// The host shows the frame after this runs, so focus given now is lost; it is given again when the frame gets focus.
		const view = root.ownerDocument.defaultView;
		const refocus = () => root.querySelector<HTMLInputElement>(".inncopilot-suggest-input")?.focus();
		view?.addEventListener("focus", refocus);
		let chosen: CatalogProfile | null = null;
		openSuggestList(root, "inncopilot", {
			title: "Insert profile template",
			placeholder: "Pick a profile…",
			items: entries,
			label: (entry) => entry.profile.name,
			detail: (entry) => `${entry.profile.definition.trim() || "No definition yet."} · ${profileSourceText(entry)}`,
			choose: (entry) => {
				chosen = entry;
			},
			closed: () => {
				view?.removeEventListener("focus", refocus);
				// `choose` runs after `closed`: wait for it before answering.
				queueMicrotask(() => resolve(chosen));
			},
		});
	});
}
