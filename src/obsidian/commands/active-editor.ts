/** Finds the note a command should edit, and tells the user plainly when there is none to edit. */
import { MarkdownView, Notice, type App, type Command, type Editor, type MarkdownFileInfo } from "obsidian";
import type { EditorTarget } from "../../editor/apply-worksheet";
import { editorTargetOf } from "../editor-target";

/** The note being edited: its view and the CodeMirror editor that changes it. */
export interface ActiveEditor {
	view: MarkdownView;
	target: EditorTarget;
}

/** The active note in editing view, or null after a Notice saying why not (no note, Reading view, no editor). */
export function activeEditor(app: App, purpose: string): ActiveEditor | null {
	const view = app.workspace.getActiveViewOfType(MarkdownView);
	if (view === null || view.file === null) {
		new Notice(`Open a note first, to ${purpose}.`);
		return null;
	}
	return editableTarget(view, view.editor, purpose);
}

/** For editor commands: the editor Obsidian passed, unless its note shows in Reading view (then a Notice, and null). */
export function editableTarget(ctx: MarkdownView | MarkdownFileInfo, editor: Editor, purpose: string): ActiveEditor | null {
	const view = ctx instanceof MarkdownView ? ctx : null;
	if (view?.getMode() === "preview") {
		new Notice(`This note is in Reading view. Switch to editing view to ${purpose}.`);
		return null;
	}
	const target = editorTargetOf(editor);
	if (target === null || view === null) {
		new Notice(`innCoPilot cannot reach this editor, so it could not ${purpose}.`);
		return null;
	}
	return { view, target };
}

/**
 * An editor command that runs `run` on the note's CodeMirror editor, once `editableTarget` allows it (else its Notice
 * says why, with `purpose`); what `run` returns, unless null, is shown in a Notice.
 */
export function editorCommand(id: string, name: string, purpose: string, run: (target: EditorTarget) => string | null): Command {
	return {
		id,
		name,
		editorCallback: (editor, ctx) => {
			const active = editableTarget(ctx, editor, purpose);
			const message = active === null ? null : run(active.target);
			if (message !== null) new Notice(message);
		},
	};
}
