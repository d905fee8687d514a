/** The `embed-tool-summaries` command: the core's pure edit, applied to the active editor as one undoable transaction. */
import { MarkdownView, Notice, type App } from "obsidian";
import { embedToolSummaries, type EmbedEdit, type SummaryOf } from "../../core/tools/embed-summaries";

/** Gives the summary for a link in the note at `sourcePath`, as its chip shows it. */
export type ResolveIn = (sourcePath: string) => SummaryOf;

/** Writes the summaries into the active note, or says in a Notice why nothing was written. */
export function embedSummariesInActiveNote(app: App, resolveIn: ResolveIn): void {
	const view = app.workspace.getActiveViewOfType(MarkdownView);
	if (view === null) {
		new Notice("Open a note to embed its tool summaries.");
		return;
	}
	const { editor } = view;
	const result = embedToolSummaries(editor.getValue(), resolveIn(view.file?.path ?? ""));
	if (!result.ok) {
		new Notice(result.error);
		return;
	}
	const edit = result.value;
	if (edit.changes.length === 0) {
		new Notice(nothingToDo(edit));
		return;
	}
	editor.transaction({
		changes: edit.changes.map((change) => ({ from: editor.offsetToPos(change.from), to: editor.offsetToPos(change.to), text: change.insert })),
	});
	new Notice(done(edit));
}

function nothingToDo(edit: EmbedEdit): string {
	if (edit.current > 0) return "Every tool in the tools section already has its summary written under it.";
	if (edit.unknown > 0) return "No link in the tools section names a tool with a summary.";
	return "The tools section has no tool links.";
}

function done(edit: EmbedEdit): string {
	const parts: string[] = [];
	if (edit.added > 0) parts.push(`added ${count(edit.added)}`);
	if (edit.updated > 0) parts.push(`updated ${count(edit.updated)}`);
	const sentence = parts.join(" and ");
	return `Tool summaries: ${sentence}.`;
}

function count(n: number): string {
	return n === 1 ? "1 summary" : `${n} summaries`;
}
