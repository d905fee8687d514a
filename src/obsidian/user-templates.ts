/** Reads a user's own template from the vault, if the settings name one, with a clear message when it cannot be used. */
import { normalizePath, TFile, type App } from "obsidian";
import { checkUserTemplate, templateLabel, type TemplateKind } from "../core/commands/user-template";
import { err, errorMessage, ok, type Result } from "../core/result";

/** A user template: its text and its vault path. */
export interface UserTemplate {
	source: string;
	path: string;
}

/** The template at `settingPath`, null when the setting is empty (the bundled template applies), or why it cannot be used. */
export async function readUserTemplate(app: App, kind: TemplateKind, settingPath: string): Promise<Result<UserTemplate | null, string>> {
	if (settingPath.trim() === "") return ok(null);
	const path = normalizePath(settingPath.trim());
	const file = app.vault.getAbstractFileByPath(path);
	const named = templateLabel(kind, path);
	if (file !== null && !(file instanceof TFile)) return err(`${named} is a folder, not a file. Fix the path in innCoPilot's settings.`);
	let text: string | null = null;
	if (file instanceof TFile) {
		try {
			text = await app.vault.cachedRead(file);
		} catch (error) {
			return err(`${named} could not be read: ${errorMessage(error)}`);
		}
	}
	const checked = checkUserTemplate(kind, path, text);
	return checked.ok ? ok({ source: checked.value, path }) : checked;
}
