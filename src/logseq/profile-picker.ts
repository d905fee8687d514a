/** The profile picker in the plugin's own frame: the host-neutral suggest list (src/ui/suggest-list.ts) over the profiles. */
import { profileSourceText, type CatalogProfile } from "../core/catalog/profile-catalog";
import { openSuggestList } from "../ui/suggest-list";

/** A profile the user chose, and the way to close the picker, which stays drawn (deaf to input) until then. */
export interface PickedProfile {
	entry: CatalogProfile;
	close(): void;
}

/**
 * Shows a picker in `root` and resolves with the chosen profile, or null when the user leaves (Escape, a click outside);
 * `highlighted` hears of each profile the picker highlights.
 * The picker is left drawn after the choice: removing it in the key press would make the browser paint before it
 * delivers the plugin's next message to the host (Chromium defers posted messages after a discrete input until the
 * next frame when that input changed the page), so the caller closes it once its insertion is done.
 */
export function pickProfile(root: HTMLElement, entries: readonly CatalogProfile[], highlighted: (entry: CatalogProfile) => void): Promise<PickedProfile | null> {
	return new Promise((resolve) => {
		// The host shows the frame after this runs, so focus given now is lost; it is given again when the frame gets focus.
		const view = root.ownerDocument.defaultView;
		const refocus = () => root.querySelector<HTMLInputElement>(".inncopilot-suggest-input")?.focus();
		view?.addEventListener("focus", refocus);
		openSuggestList(root, "inncopilot", {
			title: "Insert profile template",
			placeholder: "Pick a profile…",
			items: entries,
			label: (entry) => entry.profile.name,
			detail: (entry) => `${entry.profile.definition.trim() || "No definition yet."} · ${profileSourceText(entry)}`,
			holdUntilChosen: true,
			highlighted,
			choose: (entry) => new Promise<void>((close) => resolve({ entry, close })),
			closed: () => {
				view?.removeEventListener("focus", refocus);
				// After a choice this answer is ignored: the promise already holds the chosen profile.
				resolve(null);
			},
		});
	});
}
