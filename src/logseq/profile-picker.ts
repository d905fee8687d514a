/** The profile picker in the plugin's own frame: a filter box over the profiles, each with its definition; keys or clicks pick. */
import { foldName, type CatalogProfile } from "../core/catalog/profile-catalog";

/** Shows a picker in `root` and resolves with the chosen profile, or null when the user leaves (Escape, a click outside). */
export function pickProfile(root: HTMLElement, entries: readonly CatalogProfile[]): Promise<CatalogProfile | null> {
	const doc = root.ownerDocument;
	return new Promise((resolve) => {
		const backdrop = doc.createElement("div");
		backdrop.className = "inncopilot-backdrop";
		const dialog = doc.createElement("div");
		dialog.className = "inncopilot-picker";
		dialog.setAttribute("role", "dialog");
		dialog.setAttribute("aria-label", "Insert profile template");
		const input = doc.createElement("input");
		input.type = "text";
		input.placeholder = "Pick a profile…";
		input.setAttribute("aria-label", "Filter profiles");
		const list = doc.createElement("ul");
		list.setAttribute("role", "listbox");
		dialog.append(input, list);
		backdrop.append(dialog);
		root.append(backdrop);
		let shown: CatalogProfile[] = [];
		let active = 0;
		// The host shows the frame after this runs, so focus given now is lost; it is given again when the frame gets focus.
		const view = doc.defaultView;
		const refocus = () => input.focus();
		view?.addEventListener("focus", refocus);
		const finish = (entry: CatalogProfile | null) => {
			view?.removeEventListener("focus", refocus);
			backdrop.remove();
			resolve(entry);
		};
		const render = () => {
			const wanted = foldName(input.value);
			shown = entries.filter((entry) => foldName(entry.profile.name).includes(wanted));
			active = Math.min(active, Math.max(0, shown.length - 1));
			list.replaceChildren(
				...shown.map((entry, index) => {
					const item = doc.createElement("li");
					item.setAttribute("role", "option");
					item.setAttribute("aria-selected", String(index === active));
					const name = doc.createElement("strong");
					name.textContent = entry.profile.name;
					const where = doc.createElement("small");
					where.textContent = entry.path === null ? "bundled" : entry.path.replace(/\.md$/, "");
					const definition = doc.createElement("span");
					definition.textContent = entry.profile.definition;
					item.append(name, where, definition);
					item.addEventListener("mousedown", (event) => {
						event.preventDefault();
						finish(entry);
					});
					return item;
				}),
			);
			if (shown.length === 0) {
				const none = doc.createElement("li");
				none.className = "inncopilot-empty";
				none.textContent = "No profile matches.";
				list.append(none);
			}
		};
		input.addEventListener("input", () => {
			active = 0;
			render();
		});
		input.addEventListener("keydown", (event) => {
			if (event.key === "ArrowDown" || event.key === "ArrowUp") {
				event.preventDefault();
				const step = event.key === "ArrowDown" ? 1 : -1;
				active = shown.length === 0 ? 0 : (active + step + shown.length) % shown.length;
				render();
			} else if (event.key === "Enter") {
				event.preventDefault();
				if (shown[active]) finish(shown[active]);
			} else if (event.key === "Escape") {
				event.preventDefault();
				finish(null);
			}
		});
		backdrop.addEventListener("mousedown", (event) => {
			if (event.target === backdrop) finish(null);
		});
		render();
		input.focus();
	});
}
