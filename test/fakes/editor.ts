/**
 * The fake editor side of the `obsidian` module: one `Editor` backed by a real CodeMirror state (as `editor.cm`, the
 * `EditorView` Obsidian keeps there), one `MarkdownView`, and the editor facets the plugin reads.
 */
import { history, undo } from "@codemirror/commands";
import { EditorState, StateField, type Extension, type Transaction } from "@codemirror/state";
import type { TFile } from "./vault";
import type { WorkspaceLeaf } from "./workspace";

/** Imitates `EditorPosition`. */
export interface EditorPosition {
	line: number;
	ch: number;
}

/**
 * Imitates `Editor` on a real CodeMirror state with an undo history: every change to the text goes through
 * `cm.dispatch` (one dispatch is one undo step, as in Obsidian), is recorded, and calls `changed`.
 */
export class FakeEditor {
	readonly cm: { state: EditorState; dispatch: (transaction: Transaction) => void };
	/** Test helper: the transactions that changed the text, in order. */
	readonly transactions: Transaction[] = [];
	/** Called after every change to the text; a leaf sets it to fire the workspace's `editor-change`. */
	changed: () => void = () => {};
	focused = false;

	constructor(doc: string, selection: { anchor: number; head?: number } = { anchor: 0 }, extensions: Extension = history()) {
		const cm = {
			state: EditorState.create({ doc, selection, extensions }),
			dispatch: (transaction: Transaction) => {
				cm.state = transaction.state;
				if (!transaction.docChanged) return;
				this.transactions.push(transaction);
				this.changed();
			},
		};
		this.cm = cm;
	}
	getValue(): string {
		return this.cm.state.doc.toString();
	}
	focus(): void {
		this.focused = true;
	}
	getCursor(): EditorPosition {
		return this.offsetToPos(this.cm.state.selection.main.head);
	}
	setCursor(position: EditorPosition): void {
		this.cm.dispatch(this.cm.state.update({ selection: { anchor: this.posToOffset(position) } }));
	}
	offsetToPos(offset: number): EditorPosition {
		const line = this.cm.state.doc.lineAt(offset);
		return { line: line.number - 1, ch: offset - line.from };
	}
	posToOffset(pos: EditorPosition): number {
		return this.cm.state.doc.line(pos.line + 1).from + pos.ch;
	}
	/** Applies all its changes (positions in the text before any of them) as one transaction, the selection in the text after. */
	transaction(tx: { changes?: { from: EditorPosition; to?: EditorPosition; text: string }[]; selection?: { from: EditorPosition } }): void {
		const changes = this.cm.state.changes(
			(tx.changes ?? []).map((change) => ({ from: this.posToOffset(change.from), to: this.posToOffset(change.to ?? change.from), insert: change.text })),
		);
		const after = changes.apply(this.cm.state.doc);
		const selection = tx.selection ? { anchor: after.line(tx.selection.from.line + 1).from + tx.selection.from.ch } : undefined;
		this.cm.dispatch(this.cm.state.update({ changes, selection }));
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

/** Imitates `MarkdownView`: its editor, its file, its leaf, and whether it shows Reading view ("preview") or editing ("source"). */
export class MarkdownView {
	/** Set by the leaf that holds the view. */
	leaf!: WorkspaceLeaf;
	/** Test helper: how often the Reading view was rendered again. */
	rerenders = 0;
	readonly previewMode = { rerender: () => this.rerenders++ };

	constructor(
		public editor: FakeEditor,
		public file: TFile | null,
		public mode: "source" | "preview" = "source",
	) {}
	getViewType(): string {
		return "markdown";
	}
	getMode(): "source" | "preview" {
		return this.mode;
	}
	getState(): Record<string, unknown> {
		return { file: this.file?.path, mode: this.mode };
	}
	setState(state: { mode?: "source" | "preview" }): Promise<void> {
		if (state.mode) this.mode = state.mode;
		return Promise.resolve();
	}
}

/** Imitates `Keymap.isModEvent`: true when Ctrl or Cmd is held. */
export class Keymap {
	static isModEvent(event?: { ctrlKey?: boolean; metaKey?: boolean } | null): boolean {
		return Boolean(event?.ctrlKey || event?.metaKey);
	}
}

/** Imitates `editorInfoField`: the note an editor shows. */
export const editorInfoField = StateField.define<{ file: TFile | null }>({ create: () => ({ file: null }), update: (value) => value });

/** Imitates `editorLivePreviewField`: true in Live Preview, false in Source mode. */
export const editorLivePreviewField = StateField.define<boolean>({ create: () => true, update: (value) => value });
