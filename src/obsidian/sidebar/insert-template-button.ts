/** The sidebar's "Insert profile template" button in Obsidian: whether the command exists, and running it in the note's editor. */
import { words } from "../../core/wording/wording";
import { Notice, type App } from "obsidian";
import { editingOf } from "./note-views";

/** The command of the "insert profile template" feature, run from the empty state when it exists. */
export const INSERT_TEMPLATE_COMMAND = "inncopilot:insert-profile-template";

/** The part of Obsidian's command registry the sidebar uses; it is not in the public typings. */
interface CommandRegistry {
	commands?: { findCommand?(id: string): unknown; executeCommandById?(id: string): boolean };
}

/** True when the "Insert profile template" command is registered. */
export function canInsertTemplate(app: App): boolean {
	return (app as unknown as CommandRegistry).commands?.findCommand?.(INSERT_TEMPLATE_COMMAND) !== undefined;
}

/** Runs "Insert profile template" in the editor of the note at `path`, opened for editing first (see `editingOf`). */
export async function insertProfileTemplate(app: App, path: string): Promise<void> {
	const commands = (app as unknown as CommandRegistry).commands;
	if (commands?.executeCommandById === undefined || !canInsertTemplate(app)) {
		new Notice(words("template-unavailable"));
		return;
	}
	if ((await editingOf(app, path)) !== null) commands.executeCommandById(INSERT_TEMPLATE_COMMAND);
}
