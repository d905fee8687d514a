/** The plugin's settings in Logseq's settings page: the rows the Obsidian settings tab shows, with their keys, wording and defaults. */
import type { SettingSchemaDesc } from "@logseq/libs/dist/LSPlugin";
import { DEFAULT_SETTINGS, readSettings, type InnCoPilotSettings } from "../core/settings";
import { rowsFor } from "../core/settings-rows";

/**
 * The schema given to `useSettingsSchema`, built from the shared rows (src/core/settings-rows.ts) that Logseq offers:
 * text rows as strings, switches as booleans. Drafting is not in the Logseq plugin, so no key of it (an API key least of
 * all) is ever asked for or stored here.
 */
export const SETTINGS_SCHEMA: SettingSchemaDesc[] = rowsFor("logseq").map((row) => ({
	key: row.key,
	type: row.kind === "toggle" ? "boolean" : "string",
	default: DEFAULT_SETTINGS[row.key],
	title: row.name,
	description: row.desc,
}));

/** The settings Logseq holds, read with the same forgiving reader as Obsidian's data.json (the host adds keys of its own). */
export function logseqSettings(raw: unknown): InnCoPilotSettings {
	return readSettings(raw).settings;
}
