/** The copilot sidebar in Obsidian: an `ItemView` that hosts the one sidebar controller and reports workspace events to it. */
import { debounce, ItemView, MarkdownView, Notice, TFile, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { CopilotDeps } from "../../ui/sidebar/copilot-deps";
import { SidebarController } from "../../ui/sidebar/sidebar-controller";
import type { SidebarHost } from "../../ui/sidebar/sidebar-host";
import { markdownPort } from "../render-ports";
import { vaultNotes } from "../vault-notes";
import { editingOf, liveNote } from "./note-views";
import { canInsertTemplate, insertProfileTemplate } from "./insert-template-button";

/** The view type, also the key of its saved state in the workspace layout. */
export const COPILOT_VIEW_TYPE = "inncopilot-copilot";

/** The sidebar's saved state: the pinned note's path, or null when it follows the active note. */
interface CopilotState {
	pinned: string | null;
}

/** Shows the guiding questions of the profiles the shown note is about (see `SidebarController` for what it does when). */
export class CopilotView extends ItemView {
	readonly #controller: SidebarController;

	constructor(leaf: WorkspaceLeaf, deps: CopilotDeps) {
		super(leaf);
		this.#controller = new SidebarController(this.#sidebarHost(), deps);
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
		return this.#controller.shownPath();
	}

	async onOpen(): Promise<void> {
		const { workspace, metadataCache, vault } = this.app;
		const control = this.#controller;
		const follow = () => {
			this.#followActiveNote();
			control.visibilityChanged();
		};
		const events = [
			workspace.on("active-leaf-change", follow),
			workspace.on("file-open", () => this.#followActiveNote()),
			workspace.on("layout-change", () => control.visibilityChanged()),
			workspace.on("editor-change", (_editor, info) => {
				if (info.file) control.noteChanged(info.file.path);
			}),
			metadataCache.on("changed", (file) => control.noteChanged(file.path)),
			vault.on("rename", (file, oldPath) => control.renamed(oldPath, file.path)),
			vault.on("delete", (file) => control.deleted(file.path)),
		];
		for (const event of events) this.registerEvent(event);
		this.register(() => control.stop());
		control.start();
		workspace.onLayoutReady(follow);
		return Promise.resolve();
	}

	async onClose(): Promise<void> {
		this.#controller.stop();
		return Promise.resolve();
	}

	onResize(): void {
		this.#controller.visibilityChanged();
	}

	getState(): Record<string, unknown> {
		return { ...super.getState(), pinned: this.#controller.isPinned() ? this.#controller.shownPath() : null } satisfies Partial<CopilotState>;
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const pinned = typeof state === "object" && state !== null ? (state as Partial<CopilotState>).pinned : undefined;
		await super.setState(state, result);
		this.#controller.restorePin(typeof pinned === "string" && pinned !== "" ? pinned : null);
	}

	/** Pins the view to the note it shows, or unpins it so that it follows the active note again. */
	togglePin(): void {
		this.#controller.togglePin();
	}

	/** The settings changed: look again as after an edit, so that drafting's controls come and go with its switch. */
	settingsChanged(): void {
		const path = this.#controller.shownPath();
		if (path !== null) this.#controller.noteChanged(path);
	}

	/** Follows the active Markdown note once the layout is ready; focus in the sidebar or any other view changes nothing. */
	#followActiveNote(): void {
		const { workspace } = this.app;
		if (!workspace.layoutReady) return;
		const active = workspace.getActiveViewOfType(MarkdownView)?.file ?? (this.#controller.followedPath() === null ? workspace.getActiveFile() : null);
		if (active instanceof TFile && active.extension === "md") this.#controller.follow(active.path);
	}

	/** The controller's ports, implemented with Obsidian's workspace, vault, editor and renderer. */
	#sidebarHost(): SidebarHost {
		const app = this.app;
		return {
			root: this.contentEl,
			isVisible: () => app.workspace.layoutReady && this.containerEl.isShown(),
			debounce: (run, ms) => debounce(run, ms, true),
			notes: vaultNotes(app),
			liveNote: (path) => liveNote(app, path),
			edit: (path) => editingOf(app, path),
			notify: (message) => {
				new Notice(message);
			},
			writeClipboard: (text) => navigator.clipboard.writeText(text),
			markdown: markdownPort(app, this),
			canInsertTemplate: () => canInsertTemplate(app),
			insertTemplate: (path) => void insertProfileTemplate(app, path),
			pinChanged: () => app.workspace.requestSaveLayout(),
		};
	}
}
