/** The playground's frame: a header, the note list, the editor with its toolbar, a sidebar, and the notices. */

/** The parts of the frame the playground fills in. */
export interface Layout {
	header: HTMLElement;
	headerActions: HTMLElement;
	notes: HTMLElement;
	toolbar: HTMLElement;
	noteTitle: HTMLElement;
	editor: HTMLElement;
	sidebar: HTMLElement;
	notices: HTMLElement;
	/** Where dialogs open. */
	overlay: HTMLElement;
}

/** Builds the frame inside `root`, replacing what was there. */
export function buildLayout(root: HTMLElement): Layout {
	root.replaceChildren();
	root.classList.add("playground");
	const header = root.createEl("header", { cls: "playground-header" });
	const brand = header.createDiv({ cls: "playground-brand" });
	brand.createSpan({ cls: "playground-title", text: "innCoPilot" });
	brand.createSpan({ cls: "playground-subtitle", text: "playground · the demo vault in memory: edits stay in this page until you reload" });
	const headerActions = header.createDiv({ cls: "playground-header-actions" });
	const main = root.createDiv({ cls: "playground-main" });
	const notes = main.createEl("nav", { cls: "playground-notes" });
	const pane = main.createEl("main", { cls: "playground-editor-pane" });
	const toolbar = pane.createDiv({ cls: "playground-toolbar", attr: { role: "toolbar", "aria-label": "Commands" } });
	const noteTitle = pane.createDiv({ cls: "playground-note-title" });
	const editor = pane.createDiv({ cls: "playground-editor" });
	const sidebar = main.createEl("aside", { cls: "playground-sidebar", attr: { "aria-label": "Copilot sidebar", hidden: "" } });
	const notices = root.createDiv({ cls: "playground-notices" });
	const overlay = root.createDiv({ cls: "playground-overlay" });
	return { header, headerActions, notes, toolbar, noteTitle, editor, sidebar, notices, overlay };
}
