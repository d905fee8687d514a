/** Reaches the CodeMirror 6 editor behind an Obsidian `Editor`, which snippet fields and isolated undo steps need. */
import { EditorState } from "@codemirror/state";
import type { Editor } from "obsidian";
import type { EditorTarget } from "../editor/apply-worksheet";

/** The `EditorView` Obsidian keeps as `editor.cm` (documented in "Communicating with editor extensions"), or null without one. */
export function editorTargetOf(editor: Editor): EditorTarget | null {
	// Whatever `cm` holds: a missing one, a primitive or an object of another shape has no EditorState as its `state`.
	const cm = (editor as unknown as { cm?: Partial<EditorTarget> | null }).cm;
	return cm?.state instanceof EditorState && typeof cm.dispatch === "function" ? (cm as EditorTarget) : null;
}
