import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { SETTING_GROUPS } from "../../src/core/settings-rows";
import { logseqSettings, SETTINGS_SCHEMA } from "../../src/logseq/settings-schema";

/** The items that hold a value (every item but the headings). */
const VALUES = SETTINGS_SCHEMA.filter((item) => item.type !== "heading");

describe("the Logseq settings", () => {
	it("offers the settings the Logseq plugin uses under the Obsidian keys and defaults, and none it would ignore", () => {
		const { flavor: _flavor, profileTemplatePath: _template, graphFolder: _graph, drafting: _drafting, ...used } = DEFAULT_SETTINGS;
		expect(Object.fromEntries(VALUES.map((item) => [item.key, item.default]))).toEqual(used);
	});

	it("groups the rows under the Obsidian tab's headings, in its order, with heading keys no setting uses", () => {
		expect(SETTINGS_SCHEMA.map((item) => (item.type === "heading" ? `# ${item.title}` : item.title))).toEqual([
			"# Profiles",
			"Profiles folder",
			"Worksheet template",
			"# Tool links",
			"Tools folder",
			"Show tool summaries",
			"Expand summaries by default",
		]);
		const headings = SETTINGS_SCHEMA.filter((item) => item.type === "heading");
		expect(headings.map((item) => item.key)).toEqual(["profilesHeading", "toolLinksHeading"]);
		expect(headings.every((item) => !(item.key in DEFAULT_SETTINGS) && item.default === null)).toBe(true);
		expect(logseqSettings({ profilesHeading: null, toolLinksHeading: null })).toEqual(DEFAULT_SETTINGS);
	});

	it("says what the Obsidian settings tab says: each item's title and description are its shared row's, switches as switches", () => {
		const rows = new Map(SETTING_GROUPS.flatMap((group) => group.rows).map((row) => [row.key, row]));
		for (const item of VALUES) {
			const row = rows.get(item.key as never);
			expect([item.title, item.description, item.type]).toEqual([row?.name, row?.desc, row?.kind === "toggle" ? "boolean" : "string"]);
		}
		expect(VALUES.map((item) => item.title)).toEqual(["Profiles folder", "Worksheet template", "Tools folder", "Show tool summaries", "Expand summaries by default"]);
	});

	it("never asks for a drafting setting, so no API key can end up in Logseq's settings file", () => {
		expect(SETTINGS_SCHEMA.filter((item) => /draft|key|token|url|model/i.test(item.key))).toEqual([]);
	});

	it("reads what Logseq stores with the same reader, ignoring its own keys and falling back on bad values", () => {
		expect(logseqSettings({ disabled: false, toolChips: "yes", toolsFolder: " Tools/Canvas ", flavor: "org" })).toEqual({
			...DEFAULT_SETTINGS,
			toolsFolder: "Tools/Canvas",
		});
		expect(logseqSettings(undefined)).toEqual(DEFAULT_SETTINGS);
	});
});
