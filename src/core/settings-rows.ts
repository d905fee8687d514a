/** The settings tab's rows, described once for every host: their names, descriptions, controls, and how a typed value is cleaned. */
import type { FlavorSetting, InnCoPilotSettings } from "./settings";

/** A setting a row edits (drafting has its own section). */
export type SettingKey = Exclude<keyof InnCoPilotSettings, "drafting">;

/** The hosts a row is offered in. */
export type SettingHost = "obsidian" | "logseq";

/** One row of the settings tab: its wording is the same in every host it is offered in. */
export interface SettingRow {
	key: SettingKey;
	name: string;
	desc: string;
	kind: "text" | "folder" | "template" | "toggle" | "flavor";
	placeholder?: string;
	/**
	 * Where the row is offered. Logseq leaves out the graph folder (the plugin runs inside the graph), the page format and
	 * the profile page template (the commands they serve, create and convert profile pages, are not in Logseq yet).
	 */
	hosts: readonly SettingHost[];
}

/** The page format choices, as the dropdown names them. */
export const FLAVOR_LABELS: Readonly<Record<FlavorSetting, string>> = {
	auto: "Auto-detect from the vault",
	obsidian: "Obsidian (headings)",
	logseq: "Logseq (outline)",
};

const BOTH: readonly SettingHost[] = ["obsidian", "logseq"];
const OBSIDIAN: readonly SettingHost[] = ["obsidian"];

/** The tab's rows, under their sentence-case headings: profiles first, then tool links. */
export const SETTING_GROUPS: readonly { heading: string; rows: readonly SettingRow[] }[] = [
	{
		heading: "Profiles",
		rows: [
			{
				key: "profilesFolder",
				name: "Profiles folder",
				desc: "Pages in this folder (in Logseq: under this namespace, as Profiles/Pricing) are profile pages, as are pages with type: profile or the profile tag.",
				kind: "folder",
				placeholder: "Profiles",
				hosts: BOTH,
			},
			{ key: "graphFolder", name: "Graph folder", desc: "A Logseq graph in this vault whose profile pages join the library. Leave empty to detect it (logseq/config.edn or innBoK page names); / for the whole vault.", kind: "text", placeholder: "Detected automatically", hosts: OBSIDIAN },
			{ key: "flavor", name: "Page format", desc: "The format of new and converted profile pages.", kind: "flavor", hosts: OBSIDIAN },
			{
				key: "worksheetTemplatePath",
				name: "Worksheet template",
				desc: "A page holding a Handlebars template, used instead of the bundled worksheet (in Obsidian a file such as Templates/worksheet.hbs). Leave empty for the bundled one.",
				kind: "template",
				placeholder: "Templates/worksheet.hbs",
				hosts: BOTH,
			},
			{ key: "profileTemplatePath", name: "Profile page template", desc: "A Handlebars file in the vault used instead of the bundled profile page. Leave empty for the bundled one.", kind: "template", placeholder: "Templates/profile.hbs", hosts: OBSIDIAN },
		],
	},
	{
		heading: "Tool links",
		rows: [
			{ key: "toolsFolder", name: "Tools folder", desc: "Pages in this folder (in Logseq: under this namespace) are tools; their summary shows beside links to them.", kind: "folder", placeholder: "Tools", hosts: BOTH },
			{ key: "toolChips", name: "Show tool summaries", desc: "Adds a small chip after each link to a tool (in Logseq, where a worksheet wrote one) that folds open on its summary.", kind: "toggle", hosts: BOTH },
			{ key: "toolSummaryExpanded", name: "Expand summaries by default", desc: "Off keeps summaries folded until clicked, so typing never moves the page.", kind: "toggle", hosts: BOTH },
		],
	},
];

/** The rows one host offers, in order. */
export function rowsFor(host: SettingHost): SettingRow[] {
	return SETTING_GROUPS.flatMap((group) => group.rows.filter((row) => row.hosts.includes(host)));
}

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
