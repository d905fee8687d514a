/**
 * The copilot sidebar in the playground: the plugin's own model loading, click decisions (src/core/sidebar) and DOM
 * renderer, fed from the in-memory vault and acting on the playground's editor. It follows the open note (or a pinned
 * one), waits for typing to pause, redraws only when what it shows changed, and does nothing while closed.
 */
import type { ProfileCatalog } from "../src/core/catalog/profile-catalog";
import type { MemoryVault } from "../src/core/host/memory-vault";
import { basename } from "../src/core/host/note-meta";
import type { InnCoPilotSettings } from "../src/core/settings";
import {
	copyCardPrompt,
	emptySectionAt,
	NoteModelLoader,
	questionClick,
	sidebarViewKey,
	type EmptySection,
	type LoadedNote,
	type ProfileCard,
	type QuestionItem,
} from "../src/core/sidebar";
import type { TemplateEngine } from "../src/core/templates/template-engine";
import { applyQuestionClick, cursorPosition, moveCursor } from "../src/editor/sidebar-clicks";
import { renderSidebar, type SidebarData, type SidebarHandlers } from "../src/obsidian/sidebar/render-sidebar";
import type { DraftingPanel } from "../src/ui/drafting/drafting-panel";
import type { MarkdownView } from "./markdown";
import type { NoteEditor } from "./note-editor";
import type { Notices } from "./notices";

/** How long typing must pause before the sidebar catches up, as in the plugin. */
const TYPING_DELAY_MS = 300;

/** What the sidebar reads and acts on. */
export interface SidebarDeps {
	vault: MemoryVault;
	profiles: ProfileCatalog;
	editor: NoteEditor;
	engine: TemplateEngine;
	markdown: MarkdownView;
	notices: Notices;
	settings: () => InnCoPilotSettings;
	/** Runs "Insert profile template", or null when the playground has no such command. */
	insertTemplate: (() => void) | null;
	/** Drafting's controls beside the questions. */
	drafting: DraftingPanel;
}

/** The sidebar in the playground's right-hand pane. */
export class CopilotSidebar {
	private pinned: string | null = null;
	private drawnKey: string | null = null;
	private loaded: LoadedNote | null = null;
	private generation = 0;
	private timer = 0;
	private readonly body: HTMLElement;
	private readonly loader: NoteModelLoader;

	constructor(
		private readonly pane: HTMLElement,
		private readonly deps: SidebarDeps,
	) {
		this.loader = new NoteModelLoader(deps.profiles, deps.vault);
		const bar = pane.createDiv({ cls: "playground-pane-bar" });
		bar.createSpan({ cls: "playground-pane-title", text: "Copilot" });
		const close = bar.createEl("button", { cls: "playground-pane-close", text: "×", attr: { "aria-label": "Close the copilot sidebar" } });
		close.addEventListener("click", () => this.close());
		this.body = pane.createDiv({ cls: "playground-pane-body" });
	}

	/** Starts following the editor and the vault. */
	follow(): void {
		const { editor, vault, profiles } = this.deps;
		editor.onOpen(() => void this.draw());
		vault.onChange((path) => {
			if (path === this.shownPath() || this.loaded?.keyPaths.has(path)) this.drawSoon();
		});
		profiles.onChange(() => this.drawSoon());
	}

	/** Shows the sidebar and brings it up to date. */
	open(): void {
		this.pane.removeAttribute("hidden");
		this.drawnKey = null;
		void this.draw();
	}

	/** Hides the sidebar; it does no work until opened again. */
	close(): void {
		this.pane.setAttribute("hidden", "");
		this.deps.editor.view.focus();
	}

	private get visible(): boolean {
		return !this.pane.hasAttribute("hidden");
	}

	/** The note the sidebar shows: the pinned one, else the one open in the editor. */
	shownPath(): string | null {
		return this.pinned ?? this.deps.editor.path;
	}

	private drawSoon(): void {
		const win = this.pane.ownerDocument.defaultView;
		if (!this.visible || win === null) return;
		win.clearTimeout(this.timer);
		this.timer = win.setTimeout(() => void this.draw(), TYPING_DELAY_MS);
	}

	/** Loads the shown note's model and redraws when what it shows changed; a later draw makes an earlier one's result stale. */
	private async draw(): Promise<void> {
		if (!this.visible) return;
		const generation = ++this.generation;
		const path = this.shownPath();
		const loaded = path === null ? null : await this.loader.load(path, this.deps.vault.read(path) ?? "");
		if (generation !== this.generation) return;
		this.loaded = loaded;
		const data: SidebarData = {
			note: path === null ? null : { name: basename(path), path },
			pinned: this.pinned !== null,
			model: loaded?.model ?? null,
			canInsertTemplate: this.deps.insertTemplate !== null,
		};
		const key = sidebarViewKey(data);
		if (key === this.drawnKey) return;
		this.drawnKey = key;
		renderSidebar(this.body, data, this.handlers());
	}

	private handlers(): SidebarHandlers {
		return {
			togglePin: () => {
				this.pinned = this.pinned === null ? this.shownPath() : null;
				void this.draw();
			},
			insertTemplate: () => this.deps.insertTemplate?.(),
			copyPrompt: (card) => void this.copyPrompt(card),
			question: (card, question) => this.question(card, question),
			jumpToSection: (card, section) => void this.jumpToSection(card, section),
			renderMarkdown: (el, markdown) => this.deps.markdown.render(el, markdown),
			questionExtras: (item, card, question) => this.deps.drafting.questionExtras(item, card, question),
			cardExtras: (container, card) => this.deps.drafting.cardExtras(container, card),
		};
	}

	/** As the plugin's sidebar does (see `questionClick`), in the shown note, opened in the editor when pinned to another. */
	private question(card: ProfileCard, question: QuestionItem): void {
		this.showInEditor();
		const { view } = this.deps.editor;
		const click = questionClick(view.state.doc.toString(), card, question, { cursor: cursorPosition(view.state), flavor: this.deps.settings().flavor });
		const message = applyQuestionClick(view, click);
		if (message !== null) this.deps.notices.show(message);
		else view.focus();
	}

	/** Jumps to where the empty section is now, as the plugin does: the drawn position may have moved since. */
	private async jumpToSection(card: string, section: EmptySection): Promise<void> {
		const path = this.shownPath();
		if (path === null) return;
		const fresh = await this.loader.load(path, this.deps.vault.read(path) ?? "");
		this.showInEditor();
		const { view } = this.deps.editor;
		moveCursor(view, emptySectionAt(fresh.model, card, section));
		view.focus();
	}

	private async copyPrompt(card: string): Promise<void> {
		const path = this.shownPath();
		if (path === null || this.loaded === null) return;
		const message = await copyCardPrompt(this.loaded, card, this.deps.vault.read(path) ?? "", this.deps.engine, (text) => navigator.clipboard.writeText(text));
		if (message !== null) this.deps.notices.show(message);
	}

	/** Opens the shown note in the editor when the sidebar is pinned to another. */
	private showInEditor(): void {
		const path = this.shownPath();
		if (path !== null && path !== this.deps.editor.path) this.deps.editor.open(path);
	}
}
