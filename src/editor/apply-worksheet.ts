/** Applies a worksheet edit to a CodeMirror editor as one undoable transaction whose fields Tab and Shift-Tab visit. */
import { snippet } from "@codemirror/autocomplete";
import { indentUnit } from "@codemirror/language";
import { ChangeDesc, EditorSelection, EditorState, StateEffect, StateField, type Transaction } from "@codemirror/state";
import type { WorksheetEdit } from "../core/worksheet/insert-worksheet";
import { dispatchUndoStep } from "./apply-change";
import { fieldKeys } from "./field-navigation";
import { snippetTemplate } from "./snippet-template";

/** The part of an `EditorView` the insertion needs (what `snippet()` itself asks for). */
export interface EditorTarget {
	readonly state: EditorState;
	dispatch(transaction: Transaction): void;
}

/** Present once this editor has the snippet machinery, so later insertions do not reconfigure it again. */
const snippetsInstalled = StateField.define<boolean>({ create: () => true, update: (value) => value });

/**
 * Dispatches `edit` as ONE transaction, isolated in the undo history: the metadata change and the worksheet, the first
 * field selected, and `snippet()`'s fields active (Tab, Shift-Tab, Escape; they follow later edits).
 *
 * `snippet()` indents every inserted line like the line it starts on; to insert the worksheet exactly as the core wrote
 * it, the snippet is instantiated in a scratch state on an empty line, and its field effect is moved to `edit.at`.
 */
export function applyWorksheetEdit(view: EditorTarget, edit: WorksheetEdit): void {
	const relative = edit.fields.map((field) => ({ from: field.from - edit.at, to: field.to - edit.at }));
	const template = snippetTemplate(edit.text, relative, edit.exit - edit.at);
	const scratch = EditorState.create({ doc: "\n", selection: { anchor: 1 }, extensions: indentUnit.of("\t") });
	let instantiated: Transaction | null = null;
	snippet(template)({ state: scratch, dispatch: (transaction: Transaction) => (instantiated = transaction) }, null, 1, 1);
	const shift = ChangeDesc.fromJSON([1, edit.at, edit.text.length, -1]);
	const installed = view.state.field(snippetsInstalled, false) === true;
	const effects: StateEffect<unknown>[] = [];
	for (const effect of (instantiated as Transaction | null)?.effects ?? []) {
		if (effect.is(StateEffect.appendConfig)) {
			if (!installed) effects.push(effect, StateEffect.appendConfig.of([snippetsInstalled, fieldKeys]));
		} else {
			const moved = effect.map(shift);
			if (moved) effects.push(moved);
		}
	}
	dispatchUndoStep(view, {
		changes: edit.changes,
		selection: EditorSelection.single(edit.selection.from, edit.selection.to),
		effects,
		scrollIntoView: true,
	});
}
