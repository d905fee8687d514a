// Browser page: a real CodeMirror 6 editor with undo history and Markdown, as Obsidian's editor is built.
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { markdown } from "@codemirror/lang-markdown";
import { defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { EditorState, Transaction } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";

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
    extensions: [
      history(),
      keymap.of([...defaultKeymap, ...historyKeymap]),
      markdown(),
      syntaxHighlighting(defaultHighlightStyle),
    ],
  }),
});

window.editorPage = {
  view,
  openNote(text) {
    view.dispatch({
      changes: { from: 0, to: view.state.doc.length, insert: text },
      selection: { anchor: text.length },
      annotations: Transaction.addToHistory.of(false),
    });
    view.focus();
  },
};
view.focus();
