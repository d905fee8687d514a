// The editor every browser page starts from, built as Obsidian's Markdown editor is: real CodeMirror packages throughout.
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { markdown } from "@codemirror/lang-markdown";
import { defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { Transaction, type Extension } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";

/** Undo history with its keys, the default keymap, Markdown and its highlighting. */
export function markdownEditorBasics(): Extension[] {
  return [history(), keymap.of([...defaultKeymap, ...historyKeymap]), markdown(), syntaxHighlighting(defaultHighlightStyle)];
}

/** Replaces the document as opening a note does: not undoable, the selection where given (the end by default), focused. */
export function openNoteIn(view: EditorView, text: string, anchor = text.length, head = anchor): void {
  view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: text },
    selection: { anchor, head },
    annotations: Transaction.addToHistory.of(false),
  });
  view.focus();
}
