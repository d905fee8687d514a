/** The vault's notes by folder, as a file explorer lists them; clicking one opens it. */
import type { MemoryVault } from "../src/core/host/memory-vault";
import { basename } from "../src/core/host/note-meta";

/** Draws the note list into `nav` and keeps it current: notes added or removed, the open one marked. */
export class NoteList {
	private active: string | null = null;

	constructor(
		private readonly nav: HTMLElement,
		private readonly vault: MemoryVault,
		private readonly open: (path: string) => void,
	) {
		nav.setAttribute("aria-label", "Notes");
	}

	/** Marks `path` as the open note and redraws. */
	setActive(path: string): void {
		this.active = path;
		this.render();
	}

	/** Redraws the list from the vault. */
	render(): void {
		this.nav.replaceChildren();
		let folder: string | null = null;
		let list: HTMLElement = this.nav.createEl("ul", { cls: "playground-note-folder" });
		for (const path of this.vault.paths()) {
			const slash = path.lastIndexOf("/");
			const here = slash === -1 ? "" : path.slice(0, slash);
			if (here !== folder) {
				folder = here;
				if (here !== "") this.nav.createDiv({ cls: "playground-folder-name", text: here });
				list = this.nav.createEl("ul", { cls: "playground-note-folder" });
			}
			const item = list.createEl("li");
			const isActive = path === this.active;
			const button = item.createEl("button", {
				cls: `playground-note-link${isActive ? " is-active" : ""}`,
				text: basename(path),
				attr: { title: path, "data-path": path, ...(isActive ? { "aria-current": "page" } : {}) },
			});
			button.addEventListener("click", () => this.open(path));
		}
	}
}
