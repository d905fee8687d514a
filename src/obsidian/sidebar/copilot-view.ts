/** The copilot sidebar view: follows the active Markdown note (or a pinned one) and shows its profiles' questions. */
import { Component, debounce, ItemView, MarkdownRenderer, MarkdownView, TFile, type TAbstractFile, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { emptySectionAt, NoteModelLoader, sidebarViewKey, type LoadedNote } from "../../core/sidebar";
import type { DraftingPanel } from "../../ui/drafting/drafting-panel";
import type { CopilotDeps } from "./copilot-deps";
import { noteText, vaultNotes } from "./note-editor";
import { renderSidebar, type SidebarData, type SidebarHandlers } from "./render-sidebar";
import { askQuestion, canInsertTemplate, copyPrompt, insertProfileTemplate, jumpTo } from "./sidebar-actions";

/** The view type, also the key of its saved state in the workspace layout. */
export const COPILOT_VIEW_TYPE = "inncopilot-copilot";

/** How long typing must pause before the sidebar catches up. */
const TYPING_DELAY_MS = 300;

/** The sidebar's saved state: the pinned note's path, or null when it follows the active note. */
interface CopilotState {
	pinned: string | null;
}

/**
 * Shows the guiding questions of the profiles the shown note is about. Works only while visible (it catches up when
 * shown), waits for typing to pause, drops results that a later note switch made stale, and redraws only when what
 * it shows changed.
 */
export class CopilotView extends ItemView {
	private pinned: string | null = null;
	private followed: string | null = null;
	private generation = 0;
	private stale = true;
	private drawnKey: string | null = null;
	private loaded: LoadedNote | null = null;
	private markdown: Component | null = null;
	private readonly loader: NoteModelLoader;
	private readonly drafting: DraftingPanel | null;
	private readonly refreshSoon = debounce(() => void this.refresh(), TYPING_DELAY_MS, true);

	constructor(
		leaf: WorkspaceLeaf,
		private readonly deps: CopilotDeps,
	) {
		super(leaf);
		this.loader = new NoteModelLoader(deps.profiles, vaultNotes(this.app));
		this.drafting = deps.drafting?.(() => this.shownPath()) ?? null;
	}

	getViewType(): string {
		return COPILOT_VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Copilot";
	}

	getIcon(): string {
		return "compass";
	}

	/** The note the view shows: the pinned one, else the last active Markdown note. */
	shownPath(): string | null {
		return this.pinned ?? this.followed;
	}

	isPinned(): boolean {
		return this.pinned !== null;
	}

	async onOpen(): Promise<void> {
		const { workspace, metadataCache, vault } = this.app;
		this.registerEvent(
			workspace.on("active-leaf-change", () => {
				this.followActiveNote();
				this.catchUp();
			}),
		);
		this.registerEvent(workspace.on("file-open", () => this.followActiveNote()));
		this.registerEvent(workspace.on("layout-change", () => this.catchUp()));
		this.registerEvent(
			workspace.on("editor-change", (_editor, info) => {
				if (info.file?.path === this.shownPath()) this.refreshLater();
			}),
		);
		this.registerEvent(metadataCache.on("changed", (file) => this.onFileChanged(file)));
		this.registerEvent(vault.on("rename", (file, oldPath) => this.onRename(file, oldPath)));
		this.registerEvent(vault.on("delete", (file) => this.onDelete(file)));
		this.register(this.deps.profiles.onChange(() => this.refreshLater()));
		this.register(() => this.refreshSoon.cancel());
		workspace.onLayoutReady(() => {
			this.followActiveNote();
			this.catchUp();
		});
		return Promise.resolve();
	}

	async onClose(): Promise<void> {
		this.generation++;
		this.drafting?.stopAll();
		return Promise.resolve();
	}

	onResize(): void {
		this.catchUp();
	}

	getState(): Record<string, unknown> {
		const state: CopilotState = { pinned: this.pinned };
		return { ...super.getState(), ...state };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const pinned = typeof state === "object" && state !== null ? (state as Partial<CopilotState>).pinned : undefined;
		this.pinned = typeof pinned === "string" && pinned !== "" ? pinned : null;
		await super.setState(state, result);
		this.invalidate();
	}

	/** Pins the view to the note it shows, or unpins it so that it follows the active note again. */
	togglePin(): void {
		this.pinned = this.pinned === null ? this.shownPath() : null;
		this.app.workspace.requestSaveLayout();
		this.invalidate();
	}

	/** Follows the active Markdown note once the layout is ready; focus in the sidebar or any other view changes nothing. */
	private followActiveNote(): void {
		if (!this.app.workspace.layoutReady) return;
		const active = this.app.workspace.getActiveViewOfType(MarkdownView)?.file ?? (this.followed === null ? this.app.workspace.getActiveFile() : null);
		if (!(active instanceof TFile) || active.extension !== "md" || active.path === this.followed) return;
		this.followed = active.path;
		if (this.pinned === null) this.invalidate();
	}

	private onFileChanged(file: TFile): void {
		const shown = this.shownPath();
		if (file.path === shown || this.loaded?.keyPaths.has(file.path)) this.refreshLater();
	}

	private onRename(file: TAbstractFile, oldPath: string): void {
		const moved = (path: string | null) => (path === oldPath ? file.path : path);
		if (this.pinned === oldPath) this.app.workspace.requestSaveLayout();
		this.pinned = moved(this.pinned);
		this.followed = moved(this.followed);
		if (this.shownPath() === file.path || this.loaded?.keyPaths.has(oldPath)) this.invalidate();
	}

	private onDelete(file: TAbstractFile): void {
		const shown = this.shownPath() === file.path;
		if (this.pinned === file.path) {
			this.pinned = null;
			this.app.workspace.requestSaveLayout();
		}
		if (this.followed === file.path) this.followed = null;
		if (shown || this.loaded?.keyPaths.has(file.path)) this.invalidate();
	}

	/** Something the view shows may have changed: look again once typing pauses, or when shown. */
	private refreshLater(): void {
		if (!this.isVisible()) this.stale = true;
		else this.refreshSoon();
	}

	/** The shown note changed: drop any result on its way and look again now, or when shown. */
	private invalidate(): void {
		this.generation++;
		this.refreshSoon.cancel();
		if (!this.isVisible()) this.stale = true;
		else void this.refresh();
	}

	private catchUp(): void {
		if (this.stale && this.isVisible()) void this.refresh();
	}

	private isVisible(): boolean {
		return this.containerEl.isShown();
	}

	private async refresh(): Promise<void> {
		const generation = ++this.generation;
		if (!this.app.workspace.layoutReady) return;
		this.stale = false;
		const path = this.shownPath();
		const file = path === null ? null : this.app.vault.getFileByPath(path);
		if (file === null) {
			this.loaded = null;
			this.draw(null, null);
			return;
		}
		const text = await noteText(this.app, file);
		if (generation !== this.generation) return;
		const loaded = await this.loader.load(file.path, text);
		if (generation !== this.generation) return;
		this.loaded = loaded;
		this.draw(file, loaded);
	}

	private draw(file: TFile | null, loaded: LoadedNote | null): void {
		const data: SidebarData = {
			note: file === null ? null : { name: file.basename, path: file.path },
			pinned: this.pinned !== null,
			model: loaded?.model ?? null,
			canInsertTemplate: canInsertTemplate(this.app),
		};
		const key = `${sidebarViewKey(data)}\n${String(this.drafting?.enabled() ?? false)}`;
		if (key === this.drawnKey) return;
		this.drawnKey = key;
		if (this.markdown !== null) this.removeChild(this.markdown);
		this.markdown = this.addChild(new Component());
		renderSidebar(this.contentEl, data, this.handlers(file, this.markdown));
	}

	private handlers(file: TFile | null, markdown: Component): SidebarHandlers {
		const withFile = (action: (file: TFile) => Promise<void>) => {
			if (file !== null) void action(file);
		};
		return {
			togglePin: () => this.togglePin(),
			insertTemplate: () => withFile((note) => insertProfileTemplate(this.app, note)),
			copyPrompt: (card) => withFile(async (note) => {
				if (this.loaded !== null) await copyPrompt(this.app, note, this.loaded, card, this.deps);
			}),
			question: (card, question) => withFile((note) => askQuestion(this.app, note, card, question, this.deps)),
			jumpToSection: (card, section) => withFile(async (note) => {
				const fresh = await this.loader.load(note.path, await noteText(this.app, note));
				await jumpTo(this.app, note, emptySectionAt(fresh.model, card, section));
			}),
			renderMarkdown: (el, text) => void MarkdownRenderer.render(this.app, text, el, file?.path ?? "", markdown),
			questionExtras: (item, card, question) => this.drafting?.questionExtras(item, card, question),
			cardExtras: (container, card) => this.drafting?.cardExtras(container, card),
		};
	}
}
