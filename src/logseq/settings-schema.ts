/** The plugin's settings in Logseq's settings page: the rows the Obsidian settings tab shows, with their keys, wording and defaults. */
import type { SettingSchemaDesc } from "@logseq/libs/dist/LSPlugin";
import { DEFAULT_SETTINGS, readSettings, type InnCoPilotSettings } from "../core/settings";
import { SETTING_GROUPS, type SettingKey } from "../core/settings-rows";

/**
 * The rows Logseq offers. It leaves out the graph folder (the plugin runs inside the graph), the page format and the
 * profile page template (the commands they serve, create and convert profile pages, are not in Logseq yet), and drafting
 * (not in the Logseq plugin), so no drafting key, an API key least of all, is ever asked for or stored here.
 */
const OFFERED: ReadonlySet<SettingKey> = new Set(["profilesFolder", "worksheetTemplatePath", "toolsFolder", "toolChips", "toolSummaryExpanded"]);

/**
 * The schema given to `useSettingsSchema`, built from the shared rows (src/core/settings-rows.ts): text rows as strings,
 * switches as booleans, each group under its heading as the Obsidian tab draws it (a heading item stores no value).
 */
export const SETTINGS_SCHEMA: SettingSchemaDesc[] = SETTING_GROUPS.flatMap((group) => {
	const rows = group.rows.filter((row) => OFFERED.has(row.key));
	if (rows.length === 0) return [];
	const heading: SettingSchemaDesc = { key: headingKey(group.heading), type: "heading", default: null, title: group.heading, description: "" };
	return [
		heading,
		...rows.map((row): SettingSchemaDesc => ({
			key: row.key,
			type: row.kind === "toggle" ? "boolean" : "string",
			default: DEFAULT_SETTINGS[row.key],
			title: row.name,
			description: row.desc,
		})),
	];
});

/** A heading's key, apart from every setting's: "Tool links" → "toolLinksHeading". */
function headingKey(heading: string): string {
	const words = heading.toLowerCase().split(/\s+/);
	return words.map((word, i) => (i === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join("") + "Heading";
}

/** The settings Logseq holds, read with the same forgiving reader as Obsidian's data.json (the host adds keys of its own). */
export function logseqSettings(raw: unknown): InnCoPilotSettings {
	return readSettings(raw).settings;
}
