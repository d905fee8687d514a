/** The plugin's settings: their shape, defaults, and a reader that survives any old or corrupt data.json. */
import { DEFAULT_DRAFTING, readDraftingSettings, type DraftingSettings } from "./drafting/drafting-settings";
import { asRecord } from "./drafting/json-fields";
import { FLAVOR_LABELS } from "./settings-rows";
import { own } from "./templates/interpreter";
import { words } from "./wording/wording";

/** Which page format new profile pages are written in. */
export type FlavorSetting = "auto" | "obsidian" | "logseq";

/** Everything a user can set. */
export interface InnCoPilotSettings {
	/** Folder of the vault's profile pages ("" for none: profiles are then found by tag, front matter or file name). */
	profilesFolder: string;
	/** Folder of a Logseq graph in the vault ("" to detect it, "/" for the whole vault): its profile pages join the library. */
	graphFolder: string;
	/** Folder of the vault's tool notes. */
	toolsFolder: string;
	/** Page format for new and converted profile pages; "auto" follows what the vault already uses. */
	flavor: FlavorSetting;
	/** Vault path of the user's own worksheet template ("" for the bundled one). */
	worksheetTemplatePath: string;
	/** Vault path of the user's own profile page template ("" for the bundled one). */
	profileTemplatePath: string;
	/** Whether tool links show a summary chip. */
	toolChips: boolean;
	/** Whether tool summaries start expanded rather than collapsed. */
	toolSummaryExpanded: boolean;
	/** Drafting answers with a language model: off by default; never holds the API key. */
	drafting: DraftingSettings;
}

/** The settings of a fresh install. */
export const DEFAULT_SETTINGS: Readonly<InnCoPilotSettings> = {
	profilesFolder: "Profiles",
	graphFolder: "",
	toolsFolder: "Tools",
	flavor: "auto",
	worksheetTemplatePath: "",
	profileTemplatePath: "",
	toolChips: true,
	toolSummaryExpanded: false,
	drafting: DEFAULT_DRAFTING,
};

/** Settings read from whatever data.json holds, with what could not be used and why. */
export interface LoadedSettings {
	settings: InnCoPilotSettings;
	/** Keys the file holds that this version does not know (`constructor` and `__proto__` too, as own keys); kept so that saving loses nothing. */
	extra: Record<string, unknown>;
	/** One line per value that was unusable and fell back to its default. */
	problems: string[];
	/** Whether the saved data was no settings object at all, so the file itself must be kept before anything is written over it. */
	unreadable: boolean;
}

/**
 * Reads saved settings value by value: a valid value is kept, an invalid one falls back to its default,
 * unknown keys are carried along. Never throws, whatever `raw` is.
 */
export function readSettings(raw: unknown): LoadedSettings {
	const loaded: LoadedSettings = { settings: { ...DEFAULT_SETTINGS }, extra: {}, problems: [], unreadable: false };
	if (raw === null || raw === undefined) return loaded;
	const saved = asRecord(raw);
	if (saved === null) return { ...loaded, problems: [words("settings-unreadable")], unreadable: true };
	const { settings, extra, problems } = loaded;
	for (const key of Object.keys(saved)) {
		if (own(DEFAULT_SETTINGS, key)) continue;
		// defineProperty, not assignment: a key named __proto__ stays an own key instead of replacing the prototype.
		Object.defineProperty(extra, key, { value: saved[key], enumerable: true, writable: true, configurable: true });
	}
	// Each text and on/off setting keeps a saved value of its default's type: text trimmed, anything else refused.
	for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof InnCoPilotSettings)[]) {
		const kind = typeof DEFAULT_SETTINGS[key];
		const value = saved[key];
		if (key === "flavor" || kind === "object" || value === undefined) continue;
		if (typeof value === kind) Object.assign(settings, { [key]: typeof value === "string" ? value.trim() : value });
		else problems.push(words(`settings-not-${kind}`, { key }));
	}
	settings.drafting = readDraftingSettings(saved.drafting);
	if (saved.flavor !== undefined) {
		if (Object.keys(FLAVOR_LABELS).includes(saved.flavor as FlavorSetting)) settings.flavor = saved.flavor as FlavorSetting;
		else problems.push(words("settings-flavor", { value: JSON.stringify(saved.flavor) }));
	}
	return loaded;
}
