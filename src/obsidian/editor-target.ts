/** Reaches the CodeMirror 6 editor behind an Obsidian `Editor`, which snippet fields and isolated undo steps need. */
import { EditorState } from "@codemirror/state";
import type { Editor } from "obsidian";
import type { EditorTarget } from "../editor/apply-worksheet";

/** The `EditorView` Obsidian keeps as `editor.cm` (documented in "Communicating with editor extensions"), or null without one. */
export function editorTargetOf(editor: Editor): EditorTarget | null {
	const cm: unknown = (editor as unknown as { cm?: unknown }).cm;
	if (typeof cm !== "object" || cm === null) return null;
	const candidate = cm as Partial<EditorTarget>;
	return candidate.state instanceof EditorState && typeof candidate.dispatch === "function" ? (cm as EditorTarget) : null;
}
