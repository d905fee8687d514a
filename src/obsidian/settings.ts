/** The settings store (load, save, listen) and the settings tab. See also `readSettings` in the core. */
import { Notice, PluginSettingTab, Setting, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import { DEFAULT_SETTINGS, readSettings, type InnCoPilotSettings } from "../core/settings";
import { cleanSettingValue, FLAVOR_LABELS, SETTING_GROUPS, templatePathProblem, type SettingRow as Row } from "../core/settings-rows";
import type { DraftingSettingsSection } from "./drafting/drafting-settings-section";
import { parseRecord } from "../core/drafting/json-fields";
import { words } from "../core/wording/wording";

export { DEFAULT_SETTINGS, type InnCoPilotSettings } from "../core/settings";

/** Holds the current settings, saves changes with any keys it does not know, and tells listeners. */
export class SettingsStore {
	#current: InnCoPilotSettings = { ...DEFAULT_SETTINGS };
	#extra: Record<string, unknown> = {};
	/** False when an unreadable data.json could not be copied aside: saving would then overwrite the only copy. */
	#writable = true;
	readonly #listeners = new Set<(settings: InnCoPilotSettings) => void>();

	readonly #plugin: Plugin;

	constructor(plugin: Plugin) {
		this.#plugin = plugin;
	}

	/** Reads data.json; unusable values fall back to defaults with one Notice saying which; an unreadable file is first copied aside. */
	async load(): Promise<void> {
		let raw: unknown = null;
		let failed = false;
		try {
			raw = await this.#plugin.loadData();
		} catch {
			failed = true;
		}
		const loaded = readSettings(failed ? "unreadable" : raw);
		this.#current = loaded.settings;
		this.#extra = loaded.extra;
		// Obsidian may hand back null for a data.json it cannot parse, so a null is checked against the file itself.
		const keptAside = failed || loaded.unreadable || raw === null ? await this.#keepUnreadableAside() : null;
		const problems = keptAside === null ? loaded.problems : [keptAside];
		if (problems.length > 0) new Notice(`innCoPilot settings: ${problems.join(" ")}`);
	}

	/** The settings in force now. */
	get(): InnCoPilotSettings {
		return this.#current;
	}

	/** Changes some settings, saves them, and tells listeners. */
	async update(patch: Partial<InnCoPilotSettings>): Promise<void> {
		this.#current = { ...this.#current, ...patch };
		if (this.#writable) await this.#plugin.saveData({ ...this.#extra, ...this.#current });
		for (const listener of this.#listeners) listener(this.#current);
	}

	/**
	 * Copies a data.json that is not a JSON object to a new file beside it, so that no later save can lose it. Returns
	 * the sentence saying where it went, or that nothing will be saved (it could not be copied); null when there is no such file.
	 */
	async #keepUnreadableAside(): Promise<string | null> {
		const adapter = this.#plugin.app.vault.adapter;
		const folder = this.#plugin.manifest.dir ?? `${this.#plugin.app.vault.configDir}/plugins/${this.#plugin.manifest.id}`;
		const source = `${folder}/data.json`;
		try {
			if (!(await adapter.exists(source))) return null;
			const text = await adapter.read(source);
			if (parseRecord(text) !== null) return null;
			const stamp = new Date().toISOString().slice(0, 19).replace(/\D/g, "-");
			let path = `${folder}/data.unreadable-${stamp}.json`;
			for (let n = 2; await adapter.exists(path); n++) path = `${folder}/data.unreadable-${stamp}-${n}.json`;
			await adapter.write(path, text);
			return words("settings-kept-aside", { path });
		} catch {
			this.#writable = false;
			return words("settings-not-saved");
		}
	}

	/** Calls `listener` after each change; returns the function that stops it. */
	onChange(listener: (settings: InnCoPilotSettings) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}
}

/** One row of the tab: its name, its description now, and how it draws its control on a `Setting` (an Obsidian 1.13 setting definition as it is). */
export interface SettingsRow {
	name: string;
	desc: string;
	render: (setting: Setting) => void;
}

/** A heading and its rows, drawn the same way by both settings APIs. */
export interface SettingsGroup {
	heading: string;
	rows: SettingsRow[];
}

/** The settings tab: profiles, tool links, then drafting; each row is drawn by one builder for both settings APIs. */
export class InnCoPilotSettingTab extends PluginSettingTab {
	readonly #store: SettingsStore;
	readonly #drafting: DraftingSettingsSection | null;

	constructor(app: App, plugin: Plugin, store: SettingsStore, drafting: DraftingSettingsSection | null = null) {
		super(app, plugin);
		this.#store = store;
		this.#drafting = drafting;
	}

	/** Obsidian 1.13+: the groups as searchable definitions, each row drawn by its builder. */
	override getSettingDefinitions(): SettingDefinitionItem[] {
		return this.#groups().map((group) => ({ type: "group", heading: group.heading, items: group.rows }));
	}

	/** Obsidian before 1.13: the same groups, each heading and row appended with `Setting`. */
	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const group of this.#groups()) {
			new Setting(containerEl).setName(group.heading).setHeading();
			for (const row of group.rows) row.render(new Setting(containerEl).setName(row.name).setDesc(row.desc));
		}
	}

	#groups(): SettingsGroup[] {
		const groups = SETTING_GROUPS.map((group) => ({ heading: group.heading, rows: group.rows.map((row) => ({ name: row.name, desc: row.desc, render: (setting: Setting) => this.#build(setting, row) })) }));
		return this.#drafting === null ? groups : [...groups, this.#drafting.group()];
	}

	#build(setting: Setting, row: Row): void {
		const current = this.#store.get()[row.key];
		const save = (value: unknown) => void this.#store.update({ [row.key]: cleanSettingValue(row.key, value) });
		if (row.kind === "toggle") setting.addToggle((toggle) => toggle.setValue(current === true).onChange(save));
		else if (row.kind === "flavor") setting.addDropdown((dropdown) => dropdown.addOptions(FLAVOR_LABELS).setValue(String(current)).onChange(save));
		else
			setting.addText((text) =>
				text
					.setPlaceholder(row.placeholder ?? "")
					.setValue(String(current))
					.onChange((value) => {
						if (row.kind === "template") setting.setDesc(templatePathProblem(value, (path) => this.app.vault.getAbstractFileByPath(path) !== null) ?? row.desc);
						save(value);
					}),
			);
	}
}
