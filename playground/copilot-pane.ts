/**
 * The copilot sidebar in the playground: the plugin's one sidebar controller (src/ui/sidebar) in the right-hand pane,
 * its ports implemented with the in-memory vault, the playground's editor and its notices.
 */
import type { ProfileCatalog } from "../src/core/catalog/profile-catalog";
import type { MemoryVault } from "../src/core/host/memory-vault";
import { basename } from "../src/core/host/note-meta";
import type { InnCoPilotSettings } from "../src/core/settings";
import type { TemplateEngine } from "../src/core/templates/template-engine";
import type { DraftingDeps } from "../src/ui/drafting/sidebar-drafting";
import { SidebarController } from "../src/ui/sidebar/sidebar-controller";
import { windowDebounce } from "../src/ui/window-debounce";
import type { MarkdownRenderer } from "./markdown-renderer";
import type { NoteEditor } from "./note-editor";
import type { Notices } from "./notices";

/** What the sidebar reads and acts on. */
export interface SidebarDeps {
	vault: MemoryVault;
	profiles: ProfileCatalog;
	editor: NoteEditor;
	engine: TemplateEngine;
	markdown: MarkdownRenderer;
	notices: Notices;
	settings: () => InnCoPilotSettings;
	/** Runs "Insert profile template", or null when the playground has no such command. */
	insertTemplate: (() => void) | null;
	/** Drafting answers with a language model (on when the page's address names an endpoint). */
	drafting: DraftingDeps;
}

/** The sidebar in the playground's right-hand pane. */
export class CopilotPane {
	private readonly controller: SidebarController;

	constructor(
		private readonly pane: HTMLElement,
		private readonly deps: SidebarDeps,
	) {
		const bar = pane.createDiv({ cls: "playground-pane-bar" });
		bar.createSpan({ cls: "playground-pane-title", text: "Copilot" });
		const close = bar.createEl("button", { cls: "playground-pane-close", text: "×", attr: { "aria-label": "Close the copilot sidebar" } });
		close.addEventListener("click", () => this.close());
		const root = pane.createDiv({ cls: "playground-pane-body" });
		const { vault, editor, notices, insertTemplate } = deps;
		this.controller = new SidebarController(
			{
				root,
				isVisible: () => !pane.hasAttribute("hidden"),
				debounce: windowDebounce(pane.ownerDocument.defaultView ?? window),
				notes: vault,
				liveNote: (path) => {
					const text = vault.read(path);
					return Promise.resolve(text === null ? null : { name: basename(path), text });
				},
				edit: (path) => {
					if (path !== editor.path) editor.open(path);
					return Promise.resolve({ view: editor.view, focus: () => editor.view.focus() });
				},
				notify: (message) => notices.show(message),
				writeClipboard: (text) => navigator.clipboard.writeText(text),
				markdown: {
					render: (markdown, el) => {
						deps.markdown.render(el, markdown);
						return () => el.empty();
					},
				},
				canInsertTemplate: () => insertTemplate !== null,
				insertTemplate: () => insertTemplate?.(),
			},
			deps,
		);
	}

	/** Starts following the editor and the vault. */
	follow(): void {
		const { editor, vault } = this.deps;
		editor.onOpen((path) => this.controller.follow(path));
		vault.onChange((path) => this.controller.noteChanged(path));
		this.controller.start();
	}

	/** Shows the sidebar and brings it up to date. */
	open(): void {
		this.pane.removeAttribute("hidden");
		this.controller.visibilityChanged();
	}

	/** Pins the sidebar to the note it shows, or unpins it; false when it shows no note (as the plugin's command is then unavailable). */
	togglePin(): boolean {
		if (this.controller.shownPath() === null) return false;
		this.controller.togglePin();
		return true;
	}

	/** The settings changed: look again as after an edit, as the plugin's view does. */
	settingsChanged(): void {
		const path = this.controller.shownPath();
		if (path !== null) this.controller.noteChanged(path);
	}

	/** Hides the sidebar; it does no work until opened again. */
	close(): void {
		this.pane.setAttribute("hidden", "");
		this.deps.editor.view.focus();
	}
}
