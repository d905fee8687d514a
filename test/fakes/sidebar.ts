/**
 * Fakes of the Obsidian APIs the copilot sidebar uses, built on the shared fakes in obsidian.ts: enough app, workspace,
 * views and DOM to drive the view as Obsidian would, and to read what it shows. Each fake names the API it imitates.
 * Import them through test/fakes/obsidian.ts (as `obsidian` itself is), which loads the shared and the insert fakes first.
 */
import { history, undo } from "@codemirror/commands";
import type { Transaction } from "@codemirror/state";
import { FakeEditor, MarkdownView } from "./insert";
import { App, Component, Workspace, type TFile } from "./obsidian";
import { FakeDocument, FakeHtmlElement } from "./sidebar-dom";

export * from "./sidebar-dom";

/** Imitates `debounce(cb, timeout, resetTimer)` with `cancel()`, on the (fake) timers. */
export function debounce<T extends unknown[]>(cb: (...args: T) => unknown, timeout = 0): ((...args: T) => void) & { cancel(): void } {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const debounced = (...args: T) => {
		clearTimeout(timer);
		timer = setTimeout(() => cb(...args), timeout);
	};
	return Object.assign(debounced, { cancel: () => clearTimeout(timer) });
}

/** A position in the editor, as Obsidian's `EditorPosition`. */
interface Position {
	line: number;
	ch: number;
}

/**
 * Imitates the rest of `Editor` the sidebar uses, on the shared CodeMirror-backed fake with an undo history: every
 * change to the text goes through `cm.dispatch`, is recorded, and fires the workspace's `editor-change`.
 */
export class SidebarEditor extends FakeEditor {
	/** Test helper: the transactions that changed the text, in order. */
	readonly transactions: Transaction[] = [];
	/** Called after every change to the text; the leaf sets it to fire `editor-change`. */
	changed: () => void = () => {};

	constructor(doc: string) {
		super(doc, { anchor: 0 }, history());
		const apply = this.cm.dispatch;
		this.cm.dispatch = (transaction) => {
			apply(transaction);
			if (!transaction.docChanged) return;
			this.transactions.push(transaction);
			this.changed();
		};
	}

	getCursor(): Position {
		const head = this.cm.state.selection.main.head;
		const line = this.cm.state.doc.lineAt(head);
		return { line: line.number - 1, ch: head - line.from };
	}

	setCursor(position: Position): void {
		const line = this.cm.state.doc.line(position.line + 1);
		this.cm.dispatch(this.cm.state.update({ selection: { anchor: line.from + position.ch } }));
	}

	/** Test helper: the user types `text` at the cursor. */
	type(text: string): void {
		const at = this.cm.state.selection.main.head;
		this.cm.dispatch(this.cm.state.update({ changes: { from: at, insert: text }, selection: { anchor: at + text.length }, userEvent: "input.type" }));
	}

	/** Test helper: the user presses undo once. */
	undo(): void {
		undo(this.cm);
	}
}

/** Imitates `ItemView` (and `View`): a leaf, the app, a container with a content element, state hooks. */
export class ItemView extends Component {
	readonly app: SidebarApp;
	readonly containerEl: FakeHtmlElement;
	readonly contentEl: FakeHtmlElement;

	constructor(readonly leaf: WorkspaceLeaf) {
		super();
		this.app = leaf.app;
		this.containerEl = new FakeHtmlElement("div", leaf.app.document);
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

/** Imitates `MarkdownView` in its leaf, on the shared fake: the view type, its state (the mode) and its leaf. */
export class LeafMarkdownView extends MarkdownView {
	declare editor: SidebarEditor;

	constructor(
		readonly leaf: WorkspaceLeaf,
		editor: SidebarEditor,
		file: TFile,
	) {
		super(editor, file);
	}

	getViewType(): string {
		return "markdown";
	}

	getState(): Record<string, unknown> {
		return { file: this.file?.path, mode: this.mode };
	}

	setState(state: { mode?: "source" | "preview" }): Promise<void> {
		if (state.mode) this.mode = state.mode;
		return Promise.resolve();
	}
}

/** What `registerView` is given. */
type ViewCreator = (leaf: WorkspaceLeaf) => ItemView;

/** Imitates `WorkspaceLeaf`: holds one view; may be deferred (its view not loaded since startup). */
export class WorkspaceLeaf {
	view: ItemView | LeafMarkdownView | { getViewType(): string };
	readonly containerEl: FakeHtmlElement;
	private deferred: { type: string; state: unknown } | null = null;

	constructor(
		readonly app: SidebarApp,
		readonly side: "main" | "right",
	) {
		this.containerEl = new FakeHtmlElement("div", app.document);
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
		if (this.view instanceof LeafMarkdownView && viewState.type === "markdown") {
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
		return { type: view.getViewType(), state: view instanceof ItemView || view instanceof LeafMarkdownView ? view.getState() : {} };
	}

	openFile(file: TFile): Promise<void> {
		const view = new LeafMarkdownView(this, new SidebarEditor(this.app.vault.files.get(file.path)?.text ?? ""), file);
		view.editor.changed = () => this.app.workspace.trigger("editor-change", view.editor, view);
		this.view = view;
		this.app.workspace.setActiveLeaf(this, { focus: true });
		this.app.workspace.trigger("file-open", file);
		return Promise.resolve();
	}
}

/** Imitates `Workspace` further: leaves, the active one, and the layout calls the sidebar makes. */
export class SidebarWorkspace extends Workspace {
	readonly leaves: WorkspaceLeaf[] = [];
	activeLeaf: WorkspaceLeaf | null = null;
	readonly revealed: WorkspaceLeaf[] = [];
	saveRequests = 0;

	constructor(private readonly app: SidebarApp) {
		super();
	}

	getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		return view instanceof LeafMarkdownView ? view.file : null;
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

	/** Test helper: a new, empty leaf in the main area or the right sidebar. */
	addLeaf(side: "main" | "right"): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, side);
		this.leaves.push(leaf);
		return leaf;
	}
}

/** Imitates `App` with the sidebar's needs, and the command registry (`app.commands`) that is not in the public typings. */
export class SidebarApp extends App {
	readonly document = new FakeDocument();
	override workspace = new SidebarWorkspace(this);
	readonly viewCreators = new Map<string, ViewCreator>();
	commands?: { findCommand(id: string): unknown; executeCommandById(id: string): boolean };

	/** Test helper: opens the note in the main area and makes it active, as clicking it in the file explorer does. */
	async openNote(path: string): Promise<LeafMarkdownView> {
		const file = this.vault.getFileByPath(path);
		if (file === null) throw new Error(`no note ${path}`);
		const leaf = this.workspace.leaves.find((each) => each.side === "main") ?? this.workspace.addLeaf("main");
		await leaf.openFile(file);
		return leaf.view as LeafMarkdownView;
	}
}
