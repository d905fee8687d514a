// Browser page: a real CodeMirror 6 editor (history, default keys, Markdown) with the worksheet insertion and its fields,
// and the typing fix the profile commands register for every editor.
import { hasNextSnippetField, hasPrevSnippetField } from "@codemirror/autocomplete";
import { undoDepth } from "@codemirror/commands";
import { Compartment, EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { parseProfile } from "../../../src/core/profile/parse";
import { TemplateEngine } from "../../../src/core/templates/template-engine";
import { insertWorksheet, type WorksheetEdit } from "../../../src/core/worksheet/insert-worksheet";
import { applyWorksheetEdit } from "../../../src/editor/apply-worksheet";
import { moveToField, type FieldDirection } from "../../../src/editor/field-navigation";
import { typingBeforeScroll } from "../../../src/editor/typing-before-scroll";
import { markdownEditorBasics, openNoteIn } from "../doubles/markdown-editor";

/** What the page offers its spec through `window.insertPage`. */
interface InsertPage {
	view: EditorView;
	/** Replaces the document as opening a note does: not undoable; the selection from `anchor` to `head` (default: the end). */
	openNote(text: string, anchor?: number, head?: number): void;
	/** Runs the command for a chosen profile page: the core computes the edit, the editor applies it. Returns the edit or the error. */
	insert(profilePage: string, template?: string): { ok: true; edit: WorksheetEdit } | { ok: false; error: string };
	/** Gives the editor a fixed height and its own scroll bar, as Obsidian's has, so that an insertion far down scrolls it. */
	limitHeight(px: number): void;
	/** The next-field or previous-field command. */
	move(direction: FieldDirection): boolean;
	/** The document, the selected text and the undo depth. */
	read(): { doc: string; selected: string; from: number; to: number; undoDepth: number; live: { next: boolean; previous: boolean } };
}

declare global {
	interface Window {
		/** Set by this page; read by test/browser/insert.spec.mjs. */
		insertPage: InsertPage;
	}
}

const engine = new TemplateEngine();
const height = new Compartment();
const view = new EditorView({
	parent: document.getElementById("root") ?? document.body,
	state: EditorState.create({ extensions: [...markdownEditorBasics(), height.of([]), typingBeforeScroll] }),
});

window.insertPage = {
	view,
	openNote(text, anchor = text.length, head = anchor) {
		openNoteIn(view, text, anchor, head);
	},
	insert(profilePage, template) {
		const edit = insertWorksheet(view.state.doc.toString(), view.state.selection.main, parseProfile(profilePage), engine, template === undefined ? {} : { source: template, path: "Templates/worksheet.hbs" });
		if (!edit.ok) return { ok: false, error: edit.error };
		applyWorksheetEdit(view, edit.value);
		view.focus();
		return { ok: true, edit: edit.value };
	},
	limitHeight(px) {
		view.dispatch({ effects: height.reconfigure(EditorView.theme({ "&": { height: `${px}px` }, ".cm-scroller": { overflow: "auto" } })) });
	},
	move(direction) {
		return moveToField(view, direction);
	},
	read() {
		const { from, to } = view.state.selection.main;
		return {
			doc: view.state.doc.toString(),
			selected: view.state.sliceDoc(from, to),
			from,
			to,
			undoDepth: undoDepth(view.state),
			live: { next: hasNextSnippetField(view.state), previous: hasPrevSnippetField(view.state) },
		};
	},
};
view.focus();
