// Browser page: a real CodeMirror 6 editor with undo history and Markdown, as Obsidian's editor is built.
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { markdownEditorBasics, openNoteIn } from "../doubles/markdown-editor";

/** What the page offers its spec through `window.editorPage`. */
interface EditorPage {
  /** The live editor. */
  view: EditorView;
  /** Replaces the document as opening a note does: not undoable, cursor at the end. */
  openNote(text: string): void;
}

declare global {
  interface Window {
    /** Set by this page; read by test/browser/editor.spec.mjs. */
    editorPage: EditorPage;
  }
}

const view = new EditorView({
  parent: document.getElementById("root") ?? document.body,
  state: EditorState.create({
    extensions: markdownEditorBasics(),
  }),
});

window.editorPage = {
  view,
  openNote(text) {
    openNoteIn(view, text);
  },
};
view.focus();
