/**
 * The playground's frame: a header, the note list, the editor with its toolbar, a sidebar, and the notices. On a narrow
 * screen (see playground.css) it shows one pane at a time, as Obsidian's mobile app does, with a row of tabs to switch.
 */

/** The panes a narrow screen shows one at a time. */
export type PaneName = "notes" | "editor" | "sidebar";

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
	/** Which pane a narrow screen shows. */
	panes: PaneSwitcher;
}

const TABS: readonly { pane: PaneName; label: string }[] = [
	{ pane: "notes", label: "Notes" },
	{ pane: "editor", label: "Note" },
	{ pane: "sidebar", label: "Copilot" },
];

/** The tabs that pick the pane a narrow screen shows; wide screens show every pane and hide the tabs. */
export class PaneSwitcher {
	private readonly tabs = new Map<PaneName, HTMLButtonElement>();
	private openSidebar: () => void = () => undefined;

	constructor(
		private readonly root: HTMLElement,
		bar: HTMLElement,
		private readonly notes: HTMLElement,
		private readonly sidebar: HTMLElement,
	) {
		for (const { pane, label } of TABS) {
			const tab = bar.createEl("button", { cls: "playground-pane-tab", text: label, attr: { "data-pane": pane } });
			tab.addEventListener("click", () => (pane === "sidebar" && sidebar.hasAttribute("hidden") ? this.openSidebar() : this.show(pane)));
			this.tabs.set(pane, tab);
		}
		this.show("editor");
	}

	/** Shows `pane` (on a narrow screen) and marks its tab. */
	show(pane: PaneName): void {
		this.root.setAttribute("data-pane", pane);
		for (const [name, tab] of this.tabs) tab.setAttribute("aria-pressed", String(name === pane));
	}

	/**
	 * From now on: the Copilot tab opens the sidebar with `openSidebar`, opening the sidebar shows it, closing it goes back
	 * to the note, and picking a note in the list shows the note.
	 */
	connect(openSidebar: () => void): void {
		this.openSidebar = openSidebar;
		const observer = new MutationObserver(() => this.show(this.sidebar.hasAttribute("hidden") ? "editor" : "sidebar"));
		observer.observe(this.sidebar, { attributes: true, attributeFilter: ["hidden"] });
		this.notes.addEventListener("click", (event) => {
			if (event.target instanceof Element && event.target.closest("button")) this.show("editor");
		});
	}
}

/** Builds the frame inside `root`, replacing what was there. */
export function buildLayout(root: HTMLElement): Layout {
	root.replaceChildren();
	root.classList.add("playground");
	const header = root.createEl("header", { cls: "playground-header" });
	const brand = header.createDiv({ cls: "playground-brand" });
	brand.createSpan({ cls: "playground-title", text: "innCoPilot" });
	const tabs = brand.createEl("nav", { cls: "playground-tabs", attr: { "aria-label": "Playground" } });
	tabs.createEl("a", { text: "Obsidian", attr: { href: "./", "aria-current": "page" } });
	tabs.createEl("a", { text: "Logseq", attr: { href: "logseq.html", title: "The Logseq plugin over the demo graph" } });
	brand.createSpan({ cls: "playground-subtitle", text: "playground · the demo vault in memory: edits stay in this page until you reload" });
	const headerActions = header.createDiv({ cls: "playground-header-actions" });
	const tabBar = root.createDiv({ cls: "playground-pane-tabs", attr: { role: "toolbar", "aria-label": "Panes" } });
	const main = root.createDiv({ cls: "playground-main" });
	const notes = main.createEl("nav", { cls: "playground-notes" });
	const pane = main.createEl("main", { cls: "playground-editor-pane" });
	const toolbar = pane.createDiv({ cls: "playground-toolbar", attr: { role: "toolbar", "aria-label": "Commands" } });
	const noteTitle = pane.createDiv({ cls: "playground-note-title" });
	const editor = pane.createDiv({ cls: "playground-editor" });
	const sidebar = main.createEl("aside", { cls: "playground-sidebar", attr: { "aria-label": "Copilot sidebar", hidden: "" } });
	const notices = root.createDiv({ cls: "playground-notices" });
	const overlay = root.createDiv({ cls: "playground-overlay" });
	const panes = new PaneSwitcher(root, tabBar, notes, sidebar);
	return { header, headerActions, notes, toolbar, noteTitle, editor, sidebar, notices, overlay, panes };
}
