/** Applies one text change from the core as its own undo step. */
import { isolateHistory } from "@codemirror/commands";
import type { TextChange } from "../core/text/text-change";
import type { EditorTarget } from "./apply-worksheet";

/** Dispatches `change` as one transaction, kept apart from typing before and after it in the undo history. */
export function applyChange(view: EditorTarget, change: TextChange): void {
	view.dispatch(view.state.update({ changes: change, annotations: isolateHistory.of("full"), scrollIntoView: true }));
}
