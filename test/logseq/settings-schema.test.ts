import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { logseqSettings, SETTINGS_SCHEMA } from "../../src/logseq/settings-schema";

describe("the Logseq settings", () => {
	it("offers every Obsidian setting under the same key with the same default", () => {
		expect(Object.fromEntries(SETTINGS_SCHEMA.map((item) => [item.key, item.default]))).toEqual({ ...DEFAULT_SETTINGS });
	});

	it("reads what Logseq stores with the same reader, ignoring its own keys and falling back on bad values", () => {
		expect(logseqSettings({ disabled: false, toolChips: "yes", toolsFolder: " Tools/Canvas ", flavor: "org" })).toEqual({
			...DEFAULT_SETTINGS,
			toolsFolder: "Tools/Canvas",
		});
		expect(logseqSettings(undefined)).toEqual(DEFAULT_SETTINGS);
	});
});
