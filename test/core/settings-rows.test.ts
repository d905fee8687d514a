import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { cleanSettingValue, SETTING_GROUPS, templatePathProblem } from "../../src/core/settings-rows";

describe("settings rows", () => {
	it("describe every setting but drafting exactly once, under a heading", () => {
		const keys = SETTING_GROUPS.flatMap((group) => group.rows.map((row) => row.key)).sort();
		expect(keys).toEqual(Object.keys(DEFAULT_SETTINGS).filter((key) => key !== "drafting").sort());
		for (const row of SETTING_GROUPS.flatMap((group) => group.rows)) expect(row.name).toMatch(/^[A-Z][a-z ]+$/);
	});

	it("save folders without surrounding slashes and other text trimmed; switches as they are", () => {
		expect(cleanSettingValue("profilesFolder", " /Profiles/ ")).toBe("Profiles");
		expect(cleanSettingValue("graphFolder", " / ")).toBe("/");
		expect(cleanSettingValue("toolChips", false)).toBe(false);
	});

	it("say when a template path names no file yet", () => {
		expect(templatePathProblem("", () => false)).toBeUndefined();
		expect(templatePathProblem(" T.hbs ", (path) => path === "T.hbs")).toBeUndefined();
		expect(templatePathProblem("T.hbs", () => false)).toBe('No file at "T.hbs" yet: the bundled template is used until it exists.');
	});
});
