import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { logseqSettings, SETTINGS_SCHEMA } from "../../src/logseq/settings-schema";

describe("the Logseq settings", () => {
	it("offers the settings the Logseq plugin uses under the Obsidian keys and defaults, and none it would ignore", () => {
		const { flavor: _flavor, profileTemplatePath: _template, graphFolder: _graph, drafting: _drafting, ...used } = DEFAULT_SETTINGS;
		expect(Object.fromEntries(SETTINGS_SCHEMA.map((item) => [item.key, item.default]))).toEqual(used);
	});

	it("reads what Logseq stores with the same reader, ignoring its own keys and falling back on bad values", () => {
		expect(logseqSettings({ disabled: false, toolChips: "yes", toolsFolder: " Tools/Canvas ", flavor: "org" })).toEqual({
			...DEFAULT_SETTINGS,
			toolsFolder: "Tools/Canvas",
		});
		expect(logseqSettings(undefined)).toEqual(DEFAULT_SETTINGS);
	});
});
