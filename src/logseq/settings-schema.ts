/** The plugin's settings in Logseq's settings page, with the same keys and meanings as the Obsidian settings. */
import type { SettingSchemaDesc } from "@logseq/libs/dist/LSPlugin";
import { DEFAULT_SETTINGS, readSettings, type InnCoPilotSettings } from "../core/settings";

/**
 * The schema given to `useSettingsSchema`: each key and default is the Obsidian setting's. Page format and the profile
 * page template are left out, since the commands they serve (create and convert profile pages) are not in Logseq yet,
 * and so is the graph folder (inside Logseq the plugin is in the graph) and drafting (not in the Logseq plugin yet).
 */
export const SETTINGS_SCHEMA: SettingSchemaDesc[] = [
	{
		key: "profilesFolder",
		type: "string",
		default: DEFAULT_SETTINGS.profilesFolder,
		title: "Profiles namespace",
		description: "Pages under this namespace (Profiles/Pricing) are profile pages, as are pages tagged profile.",
	},
	{ key: "toolsFolder", type: "string", default: DEFAULT_SETTINGS.toolsFolder, title: "Tools namespace", description: "Pages under this namespace are tool pages." },
	{
		key: "worksheetTemplatePath",
		type: "string",
		default: DEFAULT_SETTINGS.worksheetTemplatePath,
		title: "Worksheet template",
		description: "A page whose text is a Handlebars worksheet template to use instead of the bundled one; empty for the bundled one.",
	},
	{ key: "toolChips", type: "boolean", default: DEFAULT_SETTINGS.toolChips, title: "Show tool summaries", description: "Show a summary chip after each tool link." },
	{
		key: "toolSummaryExpanded",
		type: "boolean",
		default: DEFAULT_SETTINGS.toolSummaryExpanded,
		title: "Expand summaries by default",
		description: "Tool summary chips start unfolded.",
	},
];

/** The settings Logseq holds, read with the same forgiving reader as Obsidian's data.json (the host adds keys of its own). */
export function logseqSettings(raw: unknown): InnCoPilotSettings {
	return readSettings(raw).settings;
}
