/** The settings tab's rows, described once for every host: their names, descriptions, controls, and how a typed value is cleaned. */
import type { FlavorSetting, InnCoPilotSettings } from "./settings";

/** A setting a row edits (drafting has its own section). */
export type SettingKey = Exclude<keyof InnCoPilotSettings, "drafting">;

/** One row of the settings tab: its wording is the same in every host that offers it (Logseq: src/logseq/settings-schema.ts). */
export interface SettingRow {
	key: SettingKey;
	name: string;
	desc: string;
	kind: "text" | "folder" | "template" | "toggle" | "flavor";
	placeholder?: string;
}

/** The page format choices, as the dropdown names them. */
export const FLAVOR_LABELS: Readonly<Record<FlavorSetting, string>> = {
	auto: "Auto-detect from the vault",
	obsidian: "Obsidian (headings)",
	logseq: "Logseq (outline)",
};

/** The tab's rows, under their sentence-case headings: profiles first, then tool links. */
export const SETTING_GROUPS: readonly { heading: string; rows: readonly SettingRow[] }[] = [
	{
		heading: "Profiles",
		rows: [
			{
				key: "profilesFolder",
				name: "Profiles folder",
				desc: "Pages in this folder or namespace are profile pages, as are pages with type: profile or a profile tag.",
				kind: "folder",
				placeholder: "Profiles",
			},
			{ key: "graphFolder", name: "Graph folder", desc: "A Logseq graph in this vault whose profile pages join the library. Leave empty to detect it (logseq/config.edn or innBoK page names); / for the whole vault.", kind: "text", placeholder: "Detected automatically" },
			{ key: "flavor", name: "Page format", desc: "The format of new and converted profile pages.", kind: "flavor" },
			{
				key: "worksheetTemplatePath",
				name: "Worksheet template",
				desc: "A Handlebars page used instead of the bundled worksheet. Leave empty for the bundled one.",
				kind: "template",
				placeholder: "Templates/worksheet.hbs",
			},
			{ key: "profileTemplatePath", name: "Profile page template", desc: "A Handlebars file in the vault used instead of the bundled profile page. Leave empty for the bundled one.", kind: "template", placeholder: "Templates/profile.hbs" },
		],
	},
	{
		heading: "Tool links",
		rows: [
			{ key: "toolsFolder", name: "Tools folder", desc: "Pages in this folder or namespace are tools; their summary shows beside links to them.", kind: "folder", placeholder: "Tools" },
			{ key: "toolChips", name: "Show tool summaries", desc: "Adds a chip after tool links that folds open on their summary.", kind: "toggle" },
			{ key: "toolSummaryExpanded", name: "Expand summaries by default", desc: "Off keeps summaries folded until clicked, so typing never moves the page.", kind: "toggle" },
		],
	},
];

/** A row's value as it is saved: text trimmed, and a folder without leading or trailing slashes. */
export function cleanSettingValue(key: SettingKey, value: unknown): unknown {
	if (typeof value !== "string") return value;
	const trimmed = value.trim();
	return key === "profilesFolder" || key === "toolsFolder" ? trimmed.replace(/^\/+|\/+$/g, "") : trimmed;
}

/** Says when a template path names no file, so the user knows the bundled template is still in use; undefined when all is well. */
export function templatePathProblem(value: string, exists: (path: string) => boolean): string | undefined {
	const path = value.trim();
	if (path === "" || exists(path)) return undefined;
	return `No file at "${path}" yet: the bundled template is used until it exists.`;
}
