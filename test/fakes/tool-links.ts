/**
 * Fakes for the tool-links glue: the editor, Markdown view and rendering APIs it calls.
 * Import them through test/fakes/obsidian.ts (which re-exports this file last), never from here directly.
 */
import { StateField } from "@codemirror/state";
import { FakeEditor, MarkdownView, ViewWorkspace } from "./insert";
import { App, Component, Plugin, type TFile } from "./obsidian";

/** Imitates `EditorPosition`. */
export interface EditorPosition {
	line: number;
	ch: number;
}

/** Imitates `Editor`'s offset conversion and `transaction`, which applies all its changes (in original offsets) as one step. */
export class TransactionEditor extends FakeEditor {
	/** Test helper: how many transactions were applied (each one undo step in Obsidian). */
	transactions = 0;
	offsetToPos(offset: number): EditorPosition {
		const line = this.cm.state.doc.lineAt(offset);
		return { line: line.number - 1, ch: offset - line.from };
	}
	posToOffset(pos: EditorPosition): number {
		return this.cm.state.doc.line(pos.line + 1).from + pos.ch;
	}
	transaction(tx: { changes?: { from: EditorPosition; to?: EditorPosition; text: string }[] }): void {
		const changes = (tx.changes ?? []).map((change) => ({
			from: this.posToOffset(change.from),
			to: this.posToOffset(change.to ?? change.from),
			insert: change.text,
		}));
		this.cm.dispatch(this.cm.state.update({ changes }));
		this.transactions++;
	}
}

/** Imitates `MarkdownView` with its Reading view, whose `rerender` is counted. */
export class ReadingMarkdownView extends MarkdownView {
	declare editor: TransactionEditor;
	/** Test helper: how often the Reading view was rendered again. */
	rerenders = 0;
	readonly previewMode = { rerender: () => this.rerenders++ };
}

/** Imitates `Keymap.isModEvent`: true when Ctrl or Cmd is held. */
export class Keymap {
	static isModEvent(event?: { ctrlKey?: boolean; metaKey?: boolean } | null): boolean {
		return Boolean(event?.ctrlKey || event?.metaKey);
	}
}

/** Imitates `Workspace` with markdown leaves and opening links, beside the active view. */
export class EditorWorkspace extends ViewWorkspace {
	/** Test helper: the views open in markdown leaves. */
	views: unknown[] = [];
	/** Test helper: every link opened, with where from and whether in a new tab. */
	openedLinks: { linktext: string; sourcePath: string; newLeaf: unknown }[] = [];
	getLeavesOfType(type: string): { view: unknown }[] {
		return type === "markdown" ? this.views.map((view) => ({ view })) : [];
	}
	openLinkText(linktext: string, sourcePath: string, newLeaf?: unknown): Promise<void> {
		this.openedLinks.push({ linktext, sourcePath, newLeaf });
		return Promise.resolve();
	}
}

/** Imitates `App` with the workspace views and link resolution editor features use. */
export class EditorApp extends App {
	override workspace = new EditorWorkspace();
}

/** Imitates `Plugin`'s editor registrations: extensions, post-processors and page-preview sources, kept for tests to read. */
export class EditorPlugin extends Plugin {
	readonly editorExtensions: unknown[] = [];
	readonly postProcessors: ((el: unknown, ctx: unknown) => unknown)[] = [];
	readonly hoverSources: { id: string; info: { display: string; defaultMod: boolean } }[] = [];
	registerEditorExtension(extension: unknown): void {
		this.editorExtensions.push(extension);
	}
	registerMarkdownPostProcessor(processor: (el: unknown, ctx: unknown) => unknown): void {
		this.postProcessors.push(processor);
	}
	registerHoverLinkSource(id: string, info: { display: string; defaultMod: boolean }): void {
		this.hoverSources.push({ id, info });
	}
}

/** Imitates `MarkdownRenderChild`: a component tied to an element. */
export class MarkdownRenderChild extends Component {
	constructor(public containerEl: unknown) {
		super();
	}
}

/** Imitates `MarkdownRenderer.render`; each call is kept in `MarkdownRenderer.calls`. */
export class MarkdownRenderer {
	static calls: { markdown: string; sourcePath: string; component: Component }[] = [];
	static render(_app: unknown, markdown: string, _el: unknown, sourcePath: string, component: Component): Promise<void> {
		MarkdownRenderer.calls.push({ markdown, sourcePath, component });
		return Promise.resolve();
	}
}

/** Imitates `editorInfoField`: the note an editor shows. */
export const editorInfoField = StateField.define<{ file: TFile | null }>({ create: () => ({ file: null }), update: (value) => value });

/** Imitates `editorLivePreviewField`: true in Live Preview, false in Source mode. */
export const editorLivePreviewField = StateField.define<boolean>({ create: () => true, update: (value) => value });
