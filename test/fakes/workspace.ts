/**
 * The fake workspace side of the `obsidian` module: one `Workspace` with its leaves, `WorkspaceLeaf`, and `ItemView`.
 * Opening a note puts a `MarkdownView` over a `FakeEditor` in a leaf; every edit in it fires `editor-change`.
 */
import { Component } from "./component";
import { FakeElement } from "./dom";
import { FakeEditor, MarkdownView } from "./editor";
import { Events } from "./events";
import type { App } from "./obsidian";
import type { TFile } from "./vault";

/** What `registerView` is given. */
export type ViewCreator = (leaf: WorkspaceLeaf) => ItemView;

/** Imitates `ItemView` (and `View`): a leaf, the app, a container with a content element, state hooks. */
export class ItemView extends Component {
	readonly app: App;
	readonly containerEl: FakeElement;
	readonly contentEl: FakeElement;

	constructor(readonly leaf: WorkspaceLeaf) {
		super();
		this.app = leaf.app;
		this.containerEl = new FakeElement("div", leaf.app.document);
		this.containerEl.parent = leaf.containerEl;
		this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
	}
	getViewType(): string {
		return "item";
	}
	getState(): Record<string, unknown> {
		return {};
	}
	setState(_state: unknown, _result: unknown): Promise<void> {
		return Promise.resolve();
	}
	onOpen(): Promise<void> {
		return Promise.resolve();
	}
	onClose(): Promise<void> {
		return Promise.resolve();
	}
	onResize(): void {}
}

/** Imitates `WorkspaceLeaf`: holds one view; may be deferred (its view not loaded since startup). */
export class WorkspaceLeaf {
	view: ItemView | MarkdownView | { getViewType(): string };
	readonly containerEl: FakeElement;
	private deferred: { type: string; state: unknown } | null = null;

	constructor(
		readonly app: App,
		readonly side: "main" | "right",
	) {
		this.containerEl = new FakeElement("div", app.document);
		this.view = { getViewType: () => "empty" };
	}

	get isDeferred(): boolean {
		return this.deferred !== null;
	}

	/** Test helper: makes the leaf deferred, as Obsidian leaves a background tab after a restart. */
	defer(type: string, state: unknown): void {
		this.deferred = { type, state };
		this.view = { getViewType: () => type };
	}

	async loadIfDeferred(): Promise<void> {
		if (this.deferred === null) return;
		const { type, state } = this.deferred;
		this.deferred = null;
		await this.setViewState({ type, state });
	}

	async setViewState(viewState: { type: string; state?: unknown; active?: boolean }): Promise<void> {
		if (this.view instanceof MarkdownView && viewState.type === "markdown") {
			await this.view.setState(viewState.state ?? {});
			return;
		}
		if (this.view instanceof ItemView && this.view.getViewType() === viewState.type) {
			await this.view.setState(viewState.state ?? {}, {});
			return;
		}
		if (this.view instanceof ItemView) {
			await this.view.onClose();
			this.view.unload();
		}
		const creator = this.app.viewCreators.get(viewState.type);
		if (creator === undefined) throw new Error(`no view registered for ${viewState.type}`);
		const view = creator(this);
		this.view = view;
		view.load();
		await view.onOpen();
		if (viewState.state !== undefined) await view.setState(viewState.state, {});
		if (viewState.active) this.app.workspace.setActiveLeaf(this, { focus: true });
	}

	getViewState(): { type: string; state: Record<string, unknown> } {
		const view = this.view;
		return { type: view.getViewType(), state: view instanceof ItemView || view instanceof MarkdownView ? view.getState() : {} };
	}

	/** Shows the note in this leaf, in editing view, and makes the leaf active. */
	openFile(file: TFile): Promise<void> {
		this.app.workspace.opened.push(file.path);
		this.show(new MarkdownView(new FakeEditor(this.app.vault.files.get(file.path)?.text ?? ""), file));
		this.app.workspace.setActiveLeaf(this, { focus: true });
		this.app.workspace.trigger("file-open", file);
		return Promise.resolve();
	}

	/** Test helper: puts `view` in this leaf; edits in a Markdown view fire `editor-change`. */
	show(view: MarkdownView): void {
		view.leaf = this;
		view.editor.changed = () => this.app.workspace.trigger("editor-change", view.editor, view);
		this.view = view;
	}
}

/** Imitates `Workspace`: layout readiness, leaves and the active one, events, and the layout calls the plugin makes. */
export class Workspace extends Events {
	layoutReady = false;
	readonly leaves: WorkspaceLeaf[] = [];
	activeLeaf: WorkspaceLeaf | null = null;
	/** Test helper: the leaves revealed, in order. */
	readonly revealed: WorkspaceLeaf[] = [];
	/** Test helper: how often the layout was asked to be saved. */
	saveRequests = 0;
	/** Test helper: the paths of the notes opened in a leaf, in order. */
	readonly opened: string[] = [];
	/** Test helper: every link opened, with where from and whether in a new tab. */
	readonly openedLinks: { linktext: string; sourcePath: string; newLeaf: unknown }[] = [];
	private pending: (() => unknown)[] = [];

	constructor(private readonly app: App) {
		super();
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.pending.push(callback);
	}
	/** Test helper: the moment Obsidian finishes restoring the layout. */
	finishLayout(): void {
		this.layoutReady = true;
		for (const callback of this.pending.splice(0)) callback();
	}
	getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}
	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? view.file : null;
	}
	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.view.getViewType() === type);
	}
	getRightLeaf(): WorkspaceLeaf {
		return this.addLeaf("right");
	}
	getLeaf(): WorkspaceLeaf {
		const active = this.activeLeaf;
		return active !== null && active.side === "main" ? active : this.addLeaf("main");
	}
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		await leaf.loadIfDeferred();
		this.revealed.push(leaf);
	}
	setActiveLeaf(leaf: WorkspaceLeaf, _params?: unknown): void {
		this.activeLeaf = leaf;
		this.trigger("active-leaf-change", leaf);
	}
	requestSaveLayout(): void {
		this.saveRequests++;
	}
	openLinkText(linktext: string, sourcePath: string, newLeaf?: unknown): Promise<void> {
		this.openedLinks.push({ linktext, sourcePath, newLeaf });
		return Promise.resolve();
	}

	/** What Obsidian does when a view type is unregistered (its plugin unloads): each open view closes and unloads, its leaf stays, deferred. */
	unloadViewsOfType(type: string): void {
		for (const leaf of this.getLeavesOfType(type)) {
			const { view } = leaf;
			if (!(view instanceof ItemView)) continue;
			void view.onClose();
			view.unload();
			leaf.defer(type, view.getState());
		}
	}

	/** Test helper: a new, empty leaf in the main area or the right sidebar. */
	addLeaf(side: "main" | "right"): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, side);
		this.leaves.push(leaf);
		return leaf;
	}
	/** Test helper: shows `view` in a new tab and makes it active; null leaves no view active. */
	activate(view: MarkdownView | null): void {
		if (view === null) {
			this.activeLeaf = null;
			return;
		}
		const leaf = this.addLeaf("main");
		leaf.show(view);
		this.activeLeaf = leaf;
	}
}
