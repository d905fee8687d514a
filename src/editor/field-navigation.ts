/** Moves between worksheet fields: the live snippet fields right after an insertion, the unfilled ones found in the text later. */
import { clearSnippet, nextSnippetField, prevSnippetField, snippetKeymap } from "@codemirror/autocomplete";
import { EditorSelection } from "@codemirror/state";
import { findFields, nextField, previousField } from "../core/worksheet/find-fields";
import type { EditorTarget } from "./apply-worksheet";

/** What to tell the user when `moveToField` finds no field, in every host. */
export const NO_FIELD_LEFT = "This note has no field left to fill.";

/** Which way to move. */
export type FieldDirection = "next" | "previous";

/**
 * Selects the next or previous field and returns true; false when the note has no field to go to. While the fields of
 * an insertion are active this is Tab or Shift-Tab; otherwise it looks for placeholders and empty worksheet headings.
 */
export function moveToField(view: EditorTarget, direction: FieldDirection): boolean {
	const command = direction === "next" ? nextSnippetField : prevSnippetField;
	if (command({ state: view.state, dispatch: (transaction) => view.dispatch(transaction) })) return true;
	const fields = findFields(view.state.doc.toString());
	const { main } = view.state.selection;
	const target = direction === "next" ? nextField(fields, main) : previousField(fields, main);
	if (target === null) return false;
	view.dispatch(view.state.update({ selection: EditorSelection.single(target.from, target.to), scrollIntoView: true }));
	return true;
}

/**
 * Escape while a worksheet's fields are live: ends them with the cursor at the end of the selected field, so that
 * what was typed there stays and the next keystroke adds to it instead of overwriting it. False when no field is live.
 */
export function leaveFields(view: EditorTarget): boolean {
	const { state } = view;
	const end = state.selection.main.to;
	return clearSnippet({
		state,
		dispatch: (transaction) => view.dispatch(state.update({ effects: transaction.effects, selection: EditorSelection.cursor(end) })),
	});
}

/** The keys of live worksheet fields: Tab and Shift-Tab as CodeMirror binds them, and Escape as `leaveFields`. */
export const fieldKeys = snippetKeymap.of([
	{ key: "Tab", run: nextSnippetField, shift: prevSnippetField },
	{ key: "Escape", run: leaveFields },
]);
