/** Applies one edit from the core as its own undo step: the one way every editor command dispatches an edit. */
import { isolateHistory } from "@codemirror/commands";
import type { TransactionSpec } from "@codemirror/state";
import type { TextChange } from "../core/text/text-change";
import type { EditorTarget } from "./apply-worksheet";

/** Dispatches `change` as one transaction, scrolled into view. See `dispatchUndoStep`. */
export function applyChange(view: EditorTarget, change: TextChange): void {
	dispatchUndoStep(view, { changes: change, scrollIntoView: true });
}

/** Dispatches `spec` as one transaction, kept apart from typing before and after it in the undo history. */
export function dispatchUndoStep(view: EditorTarget, spec: TransactionSpec): void {
	view.dispatch(view.state.update(spec, { annotations: isolateHistory.of("full") }));
}
