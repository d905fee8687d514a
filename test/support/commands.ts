/** Builds the profile commands against the fake obsidian module, with a note open in a real CodeMirror state. */
import { history } from "@codemirror/commands";
import { ProfileCatalog } from "../../src/core/catalog/profile-catalog";
import { parseProfile } from "../../src/core/profile/parse";
import type { Profile } from "../../src/core/profile/profile";
import { DEFAULT_SETTINGS, type InnCoPilotSettings } from "../../src/core/settings";
import { TemplateEngine } from "../../src/core/templates/template-engine";
import type { CommandDeps } from "../../src/obsidian/commands/command-deps";
import { ProfileCommands } from "../../src/obsidian/commands/profile-commands";
import { App, FakeEditor, MarkdownView, Plugin, type Command } from "../fakes/obsidian";
import { marked } from "./cursor";
import { fixture } from "./fixtures";

/** Everything a command test touches. */
export interface CommandsWorld {
	app: App;
	/** The plugin, keeping the commands and editor extensions registered. */
	plugin: Plugin;
	settings: InnCoPilotSettings;
	catalog: ProfileCatalog;
	deps: CommandDeps;
	/** Runs a command by id as the palette would, with the active view's editor for editor commands. */
	run(id: string): void;
	/** Opens a note (cursor written as `|`) in editing view, or Reading view. */
	open(path: string, source: string, mode?: "source" | "preview"): MarkdownView;
	/** The Notices shown since the world was built. */
	notices(): string[];
}

/** A fresh plugin with the commands loaded, the seed as the only bundled profile, and the given vault profiles indexed. */
export function commandsWorld(vaultProfiles: Record<string, string> = {}, bundled: Profile[] = [parseProfile(fixture("logseq-seed-sales-strategy.md"))]): CommandsWorld {
	const app = new App();
	const plugin = new Plugin(app);
	const settings: InnCoPilotSettings = { ...DEFAULT_SETTINGS };
	const catalog = new ProfileCatalog(() => bundled, { profilesFolder: () => settings.profilesFolder });
	for (const [path, text] of Object.entries(vaultProfiles)) {
		app.vault.seed(path, text);
		catalog.update(path, text);
	}
	const deps: CommandDeps = { app: app as never, settings: () => settings, profiles: catalog, templates: new TemplateEngine() };
	new ProfileCommands(plugin as never, deps).load();
	const command = (id: string): Command => {
		const found = plugin.commands.find((each) => each.id === id);
		if (!found) throw new Error(`no command ${id}`);
		return found;
	};
	return {
		app,
		plugin,
		settings,
		catalog,
		deps,
		run(id) {
			const { callback, editorCallback } = command(id);
			const view = app.workspace.activeLeaf?.view;
			if (callback) callback();
			else if (editorCallback && view instanceof MarkdownView) editorCallback(view.editor, view);
		},
		open(path, source, mode = "source") {
			const { text, selection } = marked(source);
			const file = app.vault.getFileByPath(path) ?? app.vault.seed(path, text);
			const view = new MarkdownView(new FakeEditor(text, selection, history()), file, mode);
			app.workspace.activate(view);
			return view;
		},
		notices: () => app.document.notices,
	};
}

/** Lets pending promise callbacks (template reads, vault writes) run. */
export async function settle(): Promise<void> {
	for (let i = 0; i < 10; i++) await Promise.resolve();
}
