/**
 * The copilot sidebar's clicks carried out in a CodeMirror editor: the one path every host takes (Obsidian through the
 * `EditorView` behind its `Editor`), called by the sidebar controller (src/ui/sidebar/sidebar-controller.ts).
 */
import type { EditorState, Text, TransactionSpec } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import type { QuestionClick, TextPosition } from "../core/sidebar";
import { dispatchUndoStep } from "./apply-change";
import type { EditorTarget } from "./apply-worksheet";

/** The cursor's line and column. */
export function cursorPosition(state: EditorState): TextPosition {
	const head = state.selection.main.head;
	const line = state.doc.lineAt(head);
	return { line: line.number - 1, ch: head - line.from };
}

/** Puts the cursor at `position`, clamped to the document, and scrolls it to the middle of the editor. */
export function moveCursor(view: EditorTarget, position: TextPosition): void {
	view.dispatch(view.state.update(centredCursor(offsetOf(view.state.doc, position))));
}

/** Carries out `click`: its edit as one undo step with the cursor in the field, or the cursor moved; either scrolled to the middle. Returns the message to show, or null. */
export function applyQuestionClick(view: EditorTarget, click: QuestionClick): string | null {
	if (click.kind === "notice") return click.message;
	if (click.kind === "jump") {
		moveCursor(view, click.at);
		return null;
	}
	const { state } = view;
	const { edit } = click;
	const changes = state.changes({ from: offsetOf(state.doc, edit.from), to: offsetOf(state.doc, edit.to), insert: edit.text });
	const anchor = offsetOf(changes.apply(state.doc), edit.cursor);
	dispatchUndoStep(view, { changes, ...centredCursor(anchor) });
	return null;
}

/** The cursor at `anchor`, scrolled to the middle of the editor. */
function centredCursor(anchor: number): TransactionSpec {
	return { selection: { anchor }, effects: EditorView.scrollIntoView(anchor, { y: "center" }) };
}

/** The offset of a line and column, clamped to the document. */
function offsetOf(doc: Text, position: TextPosition): number {
	const line = doc.line(Math.min(Math.max(position.line + 1, 1), doc.lines));
	return line.from + Math.min(Math.max(position.ch, 0), line.length);
}
