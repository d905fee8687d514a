/** A modal dialog over the playground, as Obsidian's Modal: a title, content, a close button; Escape or a click outside closes it. */

/** An open dialog: where its content goes, and how to close it. */
export interface Dialog {
	content: HTMLElement;
	close: () => void;
}

/** Opens a dialog titled `title` over `host`; `closed` runs once, however it closes. */
export function openDialog(host: HTMLElement, title: string, closed: () => void = () => undefined): Dialog {
	const backdrop = host.createDiv({ cls: "playground-modal-backdrop" });
	const box = backdrop.createDiv({ cls: "playground-dialog", attr: { role: "dialog", "aria-modal": "true", "aria-label": title } });
	const bar = box.createDiv({ cls: "playground-dialog-bar" });
	bar.createEl("h2", { cls: "playground-dialog-title", text: title });
	const shut = bar.createEl("button", { cls: "playground-pane-close", text: "×", attr: { "aria-label": "Close" } });
	const content = box.createDiv({ cls: "playground-dialog-content" });
	let open = true;
	const close = () => {
		if (!open) return;
		open = false;
		backdrop.remove();
		closed();
	};
	shut.addEventListener("click", close);
	backdrop.addEventListener("mousedown", (event) => {
		if (event.target === backdrop) close();
	});
	box.addEventListener("keydown", (event) => {
		if (event.key !== "Escape") return;
		event.preventDefault();
		close();
	});
	return { content, close };
}
