/** "Create profile note" in the playground: the plugin's form (src/ui) and its plan (src/core), over the in-memory vault. */
import type { ProfileCatalog } from "../src/core/catalog/profile-catalog";
import { detectVaultFlavor } from "../src/core/commands/detect-flavor";
import { planProfileNote } from "../src/core/commands/profile-note-plan";
import type { MemoryVault } from "../src/core/host/memory-vault";
import type { InnCoPilotSettings } from "../src/core/settings";
import type { TemplateEngine } from "../src/core/templates/template-engine";
import { NEW_PROFILE_TITLE, renderNewProfileForm } from "../src/ui/new-profile-form";
import type { PlaygroundCommand } from "./commands";
import { openDialog } from "./dialog";
import type { Notices } from "./notices";
import { userTemplate } from "./user-template";

/** What the command works with. */
export interface ProfileNoteDeps {
	vault: MemoryVault;
	profiles: ProfileCatalog;
	engine: TemplateEngine;
	notices: Notices;
	settings: () => InnCoPilotSettings;
	overlay: HTMLElement;
	open: (path: string) => void;
	closed: () => void;
}

/** The command: opens the form; a new page is written and opened, an existing one opened and never overwritten. */
export function createProfileNoteCommand(deps: ProfileNoteDeps): PlaygroundCommand {
	return {
		id: "create-profile-note",
		name: NEW_PROFILE_TITLE,
		run: () => {
			const dialog = openDialog(deps.overlay, NEW_PROFILE_TITLE, deps.closed);
			renderNewProfileForm(dialog.content, (input) => Promise.resolve(create(deps, input)), dialog.close).focus();
		},
	};
}

function create(deps: ProfileNoteDeps, input: { name: string; definition: string }): string | null {
	const { vault } = deps;
	const settings = deps.settings();
	const template = userTemplate(vault, "profile page", settings.profileTemplatePath);
	if (!template.ok) return template.error;
	const flavor = settings.flavor !== "auto" ? settings.flavor : detectVaultFlavor({ paths: vault.paths(), notes: vault.paths().map((path) => ({ path, text: vault.read(path) ?? "" })) });
	const plan = planProfileNote(input, { flavor, folder: settings.profilesFolder, engine: deps.engine, template: template.value ?? undefined }, {
		normalize: (path) => path.replace(/\/{2,}/g, "/"),
		profilePath: (name) => deps.profiles.byName(name)?.path ?? undefined,
		entryAt: (path) => (vault.read(path) !== null ? "file" : vault.paths().some((each) => each.startsWith(`${path}/`)) ? "folder" : null),
	});
	if (!plan.ok) return plan.error;
	if (plan.value.kind === "open") deps.notices.show(plan.value.message);
	else vault.write(plan.value.path, plan.value.text);
	deps.open(plan.value.path);
	return null;
}
