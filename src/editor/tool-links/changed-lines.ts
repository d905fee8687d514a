/** Whether a transaction touches a line of some kind: the test fields use to decide between mapping and a rebuild. */
import type { Text, Transaction } from "@codemirror/state";

/** How many changed lines are checked one by one before a change counts as big enough to rebuild anyway. */
const CHECKED_LINES = 200;

/**
 * True when `wanted` holds for a changed line (1-based `number`) in the text before the change or after it, or when a
 * changed range spans more than a couple of hundred lines. See `codeBlocksField`, `annotationsField`.
 */
export function touchesLine(tr: Transaction, wanted: (text: string, number: number) => boolean): boolean {
	let touches = false;
	tr.changes.iterChangedRanges((fromA, toA, fromB, toB) => {
		if (!touches) touches = rangeHolds(tr.startState.doc, fromA, toA, wanted) || rangeHolds(tr.state.doc, fromB, toB, wanted);
	});
	return touches;
}

function rangeHolds(doc: Text, from: number, to: number, wanted: (text: string, number: number) => boolean): boolean {
	const first = doc.lineAt(from);
	const last = doc.lineAt(to);
	if (last.number - first.number > CHECKED_LINES) return true;
	for (let n = first.number; n <= last.number; n++) {
		if (wanted(doc.line(n).text, n)) return true;
	}
	return false;
}
