/** The settings tab's rows, described once for every host: their names, descriptions, controls, and how a typed value is cleaned. */
import type { FlavorSetting, InnCoPilotSettings } from "./settings";
import { withoutSlashes } from "./graph/graph-folder";
import { words } from "./wording/wording";

/** A setting a row edits (drafting has its own section). */
export type SettingKey = Exclude<keyof InnCoPilotSettings, "drafting">;

/** One row of the settings tab: its wording is the same in every host that offers it (Logseq: src/logseq/settings-schema.ts). */
export interface SettingRow {
	readonly key: SettingKey;
	readonly name: string;
	readonly kind: "text" | "folder" | "template" | "toggle" | "flavor";
	readonly placeholder?: string;
	/** What the row sets, in a sentence or two. */
	readonly desc: string;
}

/** A row whose description is the wording `setting-{key}` (src/core/wording/settings.txt), read when a host first draws it. */
function row(key: SettingKey, name: string, kind: SettingRow["kind"], placeholder?: string): SettingRow {
	return {
		key,
		name,
		kind,
		placeholder,
		get desc() {
			return words(`setting-${key}`);
		},
	};
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
			row("profilesFolder", "Profiles folder", "folder", "Profiles"),
			row("graphFolder", "Graph folder", "text", "Detected automatically"),
			row("flavor", "Page format", "flavor"),
			row("worksheetTemplatePath", "Worksheet template", "template", "Templates/worksheet.hbs"),
			row("profileTemplatePath", "Profile page template", "template", "Templates/profile.hbs"),
		],
	},
	{
		heading: "Tool links",
		rows: [
			row("toolsFolder", "Tools folder", "folder", "Tools"),
			row("toolChips", "Show tool summaries", "toggle"),
			row("toolSummaryExpanded", "Expand summaries by default", "toggle"),
		],
	},
];

/** A row's value as it is saved: text trimmed, and a folder without leading or trailing slashes. */
export function cleanSettingValue(key: SettingKey, value: unknown): unknown {
	if (typeof value !== "string") return value;
	const trimmed = value.trim();
	return key === "profilesFolder" || key === "toolsFolder" ? withoutSlashes(trimmed) : trimmed;
}

/** Says when a template path names no file, so the user knows the bundled template is still in use; undefined when all is well. */
export function templatePathProblem(value: string, exists: (path: string) => boolean): string | undefined {
	const path = value.trim();
	if (path === "" || exists(path)) return undefined;
	return words("template-missing", { path });
}
