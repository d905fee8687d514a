/** What the sidebar's controls do to the note: insert or jump to a question, jump to a section, copy the prompt, insert a template. */
import { Notice, type App, type Editor, type TFile } from "obsidian";
import { answerFieldEdit, cardQuestions, copilotPrompt, findAnswers, fullProfile, insertQuestionEdit, scanNote, questionOnPage, type ProfileCard, type TextPosition } from "../../core/sidebar";
import type { CopilotDeps } from "./copilot-deps";
import type { LoadedNote } from "./model-loader";
import { editableView, noteText } from "./note-editor";

/** The command of the "insert profile template" feature, run from the empty state when it exists. */
export const INSERT_TEMPLATE_COMMAND = "inncopilot:insert-profile-template";

/** The part of Obsidian's command registry the sidebar uses; it is not in the public typings. */
interface CommandRegistry {
	commands?: { findCommand?(id: string): unknown; executeCommandById?(id: string): boolean };
}

/**
 * Jumps to the question's answer (or its empty field, made first when the note gives none) when the note already asks
 * it; else inserts it as a heading with an empty field under it. Each edit is one undo step; the cursor ends in the field.
 * On the profile's own page, whose questions are not answered there, it only jumps to where the page lists the question.
 */
export async function askQuestion(
	app: App,
	file: TFile,
	card: Pick<ProfileCard, "name" | "reason" | "groups">,
	question: { text: string; key: string },
	deps: CopilotDeps,
): Promise<void> {
	const profile = card.name;
	const onProfilePage = card.reason === "page";
	const view = await editableView(app, file);
	if (view === null) {
		new Notice(`Could not open “${file.basename}” in an editor.`);
		return;
	}
	const editor = view.editor;
	const text = editor.getValue();
	if (onProfilePage) {
		const key = card.groups.find((group) => group.questions.some((each) => each.key === question.key))?.key ?? null;
		const listed = questionOnPage(scanNote(text), question.text, key);
		if (listed === null) new Notice(`This page does not list “${question.text}”.`);
		else placeCursor(editor, listed);
		return;
	}
	const spot = findAnswers(scanNote(text), new Set([question.key])).get(question.key);
	const edit = spot === undefined ? insertQuestionEdit(text, question.text, { cursor: editor.getCursor(), profile, flavor: deps.settings().flavor }) : answerFieldEdit(text, spot);
	if (edit === null) {
		placeCursor(editor, spot?.answer ?? editor.getCursor());
		return;
	}
	editor.transaction({ changes: [{ from: edit.from, to: edit.to, text: edit.text }], selection: { from: edit.cursor } });
	placeCursor(editor, edit.cursor);
}

/** Puts the cursor at `position` in the note (clamped to the note), scrolled into view, the editor focused. */
export async function jumpTo(app: App, file: TFile, position: TextPosition): Promise<void> {
	const view = await editableView(app, file);
	if (view === null) {
		new Notice(`Could not open “${file.basename}” in an editor.`);
		return;
	}
	placeCursor(view.editor, position);
}

/** Puts the ready prompt for `profile` on the clipboard, and says so; a broken template or a refused clipboard says why. */
export async function copyPrompt(app: App, file: TFile, loaded: LoadedNote, profile: string, deps: CopilotDeps): Promise<void> {
	const applied = loaded.applied.find((each) => each.profile.name === profile);
	const card = loaded.model.cards.find((each) => each.name === profile);
	if (applied === undefined || card === undefined) return;
	const text = await noteText(app, file);
	const prompt = copilotPrompt(fullProfile(applied, text), cardQuestions(card).map((question) => question.text), text, deps.engine);
	if (!prompt.ok) {
		new Notice(`The prompt could not be written: ${prompt.error.message}`);
		return;
	}
	try {
		await navigator.clipboard.writeText(prompt.value);
		new Notice(`Prompt for ${profile} copied: paste it into any AI assistant.`);
	} catch (error) {
		new Notice(`Could not copy the prompt: ${error instanceof Error ? error.message : String(error)}`);
	}
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
	if ((await editableView(app, file)) === null) {
		new Notice(`Could not open “${file.basename}” in an editor.`);
		return;
	}
	commands.executeCommandById(INSERT_TEMPLATE_COMMAND);
}

function placeCursor(editor: Editor, position: TextPosition): void {
	const line = Math.max(0, Math.min(position.line, editor.lastLine()));
	const at = { line, ch: Math.max(0, Math.min(position.ch, editor.getLine(line).length)) };
	editor.setCursor(at);
	editor.scrollIntoView({ from: at, to: at }, true);
	editor.focus();
}
