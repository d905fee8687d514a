/** What the sidebar's controls do to the note in Obsidian: the core decides, these apply it in the note's editor. */
import { Notice, type App, type Editor, type MarkdownView, type TFile } from "obsidian";
import { copyCardPrompt, questionClick, type LoadedNote, type ProfileCard, type QuestionItem, type TextPosition } from "../../core/sidebar";
import type { CopilotDeps } from "./copilot-deps";
import { editableView, noteText } from "./note-editor";

/** The command of the "insert profile template" feature, run from the empty state when it exists. */
export const INSERT_TEMPLATE_COMMAND = "inncopilot:insert-profile-template";

/** The part of Obsidian's command registry the sidebar uses; it is not in the public typings. */
interface CommandRegistry {
	commands?: { findCommand?(id: string): unknown; executeCommandById?(id: string): boolean };
}

/**
 * Carries out a question click (see `questionClick`) in the note's editor, opening the note in editing view first:
 * an edit is one transaction, the cursor ends in the field, the editor focused.
 */
export async function askQuestion(
	app: App,
	file: TFile,
	card: Pick<ProfileCard, "name" | "reason" | "groups">,
	question: Pick<QuestionItem, "text" | "key">,
	deps: CopilotDeps,
): Promise<void> {
	const view = await openForEditing(app, file);
	if (view === null) return;
	const editor = view.editor;
	const click = questionClick(editor.getValue(), card, question, { cursor: editor.getCursor(), flavor: deps.settings().flavor });
	if (click.kind === "notice") {
		new Notice(click.message);
	} else if (click.kind === "jump") {
		placeCursor(editor, click.at);
	} else {
		const { edit } = click;
		editor.transaction({ changes: [{ from: edit.from, to: edit.to, text: edit.text }], selection: { from: edit.cursor } });
		placeCursor(editor, edit.cursor);
	}
}

/** Puts the cursor at `position` in the note (clamped to the note), scrolled into view, the editor focused. */
export async function jumpTo(app: App, file: TFile, position: TextPosition): Promise<void> {
	const view = await openForEditing(app, file);
	if (view !== null) placeCursor(view.editor, position);
}

/** Puts the ready prompt for `profile` on the clipboard, and says so; a broken template or a refused clipboard says why. */
export async function copyPrompt(app: App, file: TFile, loaded: LoadedNote, profile: string, deps: CopilotDeps): Promise<void> {
	const message = await copyCardPrompt(loaded, profile, await noteText(app, file), deps.engine, (text) => navigator.clipboard.writeText(text));
	if (message !== null) new Notice(message);
}

/** True when the "Insert profile template" command is registered. */
export function canInsertTemplate(app: App): boolean {
	return (app as unknown as CommandRegistry).commands?.findCommand?.(INSERT_TEMPLATE_COMMAND) !== undefined;
}

/** Runs "Insert profile template" in the note's editor. */
export async function insertProfileTemplate(app: App, file: TFile): Promise<void> {
	const commands = (app as unknown as CommandRegistry).commands;
	if (commands?.executeCommandById === undefined || !canInsertTemplate(app)) {
		new Notice("Profile templates cannot be inserted: that command is not available.");
		return;
	}
	if ((await openForEditing(app, file)) !== null) commands.executeCommandById(INSERT_TEMPLATE_COMMAND);
}

/** The note's view in editing mode (see `editableView`), or null after a Notice saying it could not be opened. */
async function openForEditing(app: App, file: TFile): Promise<MarkdownView | null> {
	const view = await editableView(app, file);
	if (view === null) new Notice(`Could not open “${file.basename}” in an editor.`);
	return view;
}

function placeCursor(editor: Editor, position: TextPosition): void {
	const line = Math.max(0, Math.min(position.line, editor.lastLine()));
	const at = { line, ch: Math.max(0, Math.min(position.ch, editor.getLine(line).length)) };
	editor.setCursor(at);
	editor.scrollIntoView({ from: at, to: at }, true);
	editor.focus();
}
