/** "Create profile note": asks for a name and a definition, writes a new profile page, and opens it. Never overwrites. */
import { normalizePath, Notice, TFile, type Command } from "obsidian";
import type { NewProfileInput } from "../../core/commands/create-profile-page";
import { parentFolder } from "../../core/graph/graph-folder";
import { planProfileNote } from "../../core/commands/profile-note-plan";
import { NEW_PROFILE_TITLE, renderNewProfileForm } from "../../ui/new-profile-form";
import { FormModal } from "../modals/form-modal";
import { readUserTemplate } from "../user-templates";
import { resolveFlavor } from "../vault-flavor";
import type { CommandDeps } from "./command-deps";
import { errorMessage } from "../../core/result";

/** The command: opens the form. */
export function createProfileNoteCommand(deps: CommandDeps): Command {
	return {
		id: "create-profile-note",
		name: "Create profile note",
		callback: () => new FormModal(deps.app, NEW_PROFILE_TITLE, (el, finish) => renderNewProfileForm(el, (input) => createProfileNote(deps, input), finish)).open(),
	};
}

/**
 * Creates and opens the page; null when done (or when an existing page was opened instead), else the reason for the form.
 * A profile of that name already in the vault, or a file at the path, is opened and never overwritten.
 */
export async function createProfileNote(deps: CommandDeps, input: NewProfileInput): Promise<string | null> {
	const { app } = deps;
	const settings = deps.settings();
	const template = await readUserTemplate(app, "profile page", settings.profileTemplatePath);
	if (!template.ok) return template.error;
	const flavor = await resolveFlavor(app, settings.flavor);
	const plan = planProfileNote(input, { flavor, folder: settings.profilesFolder, engine: deps.templates, template: template.value ?? undefined }, {
		normalize: normalizePath,
		profilePath: (name) => deps.profiles.byName(name)?.path ?? undefined,
		entryAt: (path) => {
			const entry = app.vault.getAbstractFileByPath(path);
			return entry === null ? null : entry instanceof TFile ? "file" : "folder";
		},
	});
	if (!plan.ok) return plan.error;
	const { path } = plan.value;
	if (plan.value.kind === "open") {
		new Notice(plan.value.message);
		const existing = app.vault.getAbstractFileByPath(path);
		if (existing instanceof TFile) await app.workspace.getLeaf(false).openFile(existing);
		return null;
	}
	try {
		const folder = parentFolder(path);
		if (folder !== "" && app.vault.getAbstractFileByPath(folder) === null) await app.vault.createFolder(folder);
		const file = await app.vault.create(path, plan.value.text);
		await app.workspace.getLeaf(false).openFile(file);
		return null;
	} catch (error) {
		return `"${path}" could not be created: ${errorMessage(error)}`;
	}
}
