/** Notes written with the cursor as `|`, as the tests of editor commands read best; and applying an edit to them. */
import type { QuestionEdit, TextPosition } from "../../src/core/sidebar";

/** Splits "ab|c" into its text and the cursor's line and column. */
export function withCursor(marked: string): { text: string; cursor: TextPosition } {
	const at = marked.indexOf("|");
	if (at === -1) throw new Error("the test text has no | cursor");
	const before = marked.slice(0, at).split("\n");
	return { text: marked.slice(0, at) + marked.slice(at + 1), cursor: { line: before.length - 1, ch: before[before.length - 1].length } };
}

/** Applies the edit to `text` as an editor would, and writes the cursor back in as `|`. */
export function applyEdit(text: string, edit: QuestionEdit): string {
	const offset = (lines: string[], position: TextPosition) =>
		lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.ch;
	const lines = text.split("\n");
	const changed = text.slice(0, offset(lines, edit.from)) + edit.text + text.slice(offset(lines, edit.to));
	const at = offset(changed.split("\n"), edit.cursor);
	return changed.slice(0, at) + "|" + changed.slice(at);
}
