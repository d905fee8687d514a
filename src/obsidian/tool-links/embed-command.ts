/** The embed and replace tool-summaries commands: the core's pure edit, applied to the active editor as one undoable transaction. */
import { MarkdownView, Notice, type App } from "obsidian";
import { embedMessage } from "../../core/tools/embed-message";
import { embedToolSummaries, type EmbedOptions, type SummaryOf } from "../../core/tools/embed-summaries";

/** Gives the summary for a link in the note at `sourcePath`, as its chip shows it. */
export type ResolveIn = (sourcePath: string) => SummaryOf;

/**
 * Writes the summaries into the active note, or says in a Notice why nothing was written. By default only links with
 * nothing under them are filled; `replace` (the user's explicit command) writes over what they wrote.
 */
export function embedSummariesInActiveNote(app: App, resolveIn: ResolveIn, options: EmbedOptions = { replace: false }): void {
	const view = app.workspace.getActiveViewOfType(MarkdownView);
	if (view === null) {
		new Notice("Open a note to embed its tool summaries.");
		return;
	}
	const { editor } = view;
	const result = embedToolSummaries(editor.getValue(), resolveIn(view.file?.path ?? ""), options);
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
