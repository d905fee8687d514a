/** The embed and replace tool-summaries commands: the core's pure edit, applied to the active editor as one undoable transaction. */
import { MarkdownView, Notice, type App } from "obsidian";
import { embedMessage } from "../../core/tools/embed-message";
import { embedToolSummaries, type EmbedOptions } from "../../core/tools/embed-summaries";
import type { Resolve } from "./reading-view";

/**
 * Writes the summaries into the active note, or says in a Notice why nothing was written. By default only links with
 * nothing under them are filled; `replace` (the user's explicit command) writes over what they wrote.
 */
export function embedSummariesInActiveNote(app: App, resolve: Resolve, options: EmbedOptions): void {
	const view = app.workspace.getActiveViewOfType(MarkdownView);
	if (view === null) {
		new Notice("Open a note to embed its tool summaries.");
		return;
	}
	const { editor } = view;
	const sourcePath = view.file?.path ?? "";
	const result = embedToolSummaries(editor.getValue(), (target, annotations) => resolve(target, sourcePath, annotations), options);
	if (!result.ok) {
		new Notice(result.error);
		return;
	}
	const edit = result.value;
	if (edit.changes.length > 0) {
		editor.transaction({
			changes: edit.changes.map((change) => ({ from: editor.offsetToPos(change.from), to: editor.offsetToPos(change.to), text: change.insert })),
		});
	}
	new Notice(embedMessage(edit));
}
