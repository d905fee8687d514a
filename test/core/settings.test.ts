import { DEFAULT_SETTINGS, readSettings } from "../../src/core/settings";

describe("readSettings", () => {
	it("gives the defaults on a fresh install", () => {
		expect(readSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, extra: {}, problems: [], unreadable: false });
	});

	it("keeps every valid value when another one is corrupt", () => {
		const loaded = readSettings({ profilesFolder: "Concepts", toolsFolder: 42, flavor: "logseq", toolChips: "yes" });
		expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, profilesFolder: "Concepts", flavor: "logseq" });
		expect(loaded.problems).toHaveLength(2);
		expect(loaded.problems.join(" ")).toContain("toolsFolder");
	});

	it("carries keys it does not know, so saving loses nothing", () => {
		expect(readSettings({ futureOption: [1, 2], flavor: "obsidian" }).extra).toEqual({ futureOption: [1, 2] });
	});

	it("falls back to auto-detect on an unknown flavour, and says so", () => {
		const loaded = readSettings({ flavor: "roam" });
		expect(loaded.settings.flavor).toBe("auto");
		expect(loaded.problems[0]).toContain("roam");
	});

	it.each([["a string"], [17], [[1, 2]], [true]])("uses the defaults when data.json holds %p", (raw) => {
		const loaded = readSettings(raw);
		expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
		expect(loaded.problems).toHaveLength(1);
		expect(loaded.unreadable).toBe(true);
	});

	it("does not let a saved __proto__ key change the settings object", () => {
		const loaded = readSettings(JSON.parse('{"__proto__": {"toolChips": false}, "toolsFolder": "T"}'));
		expect(loaded.settings.toolChips).toBe(true);
		expect(loaded.settings.toolsFolder).toBe("T");
		expect(Object.getPrototypeOf(loaded.settings)).toBe(Object.prototype);
	});

	it("carries __proto__, constructor and prototype keys as plain own keys, so saving keeps them", () => {
		const loaded = readSettings(JSON.parse('{"__proto__": {"a": 1}, "constructor": "c", "prototype": 2}'));
		expect(Object.getOwnPropertyDescriptor(loaded.extra, "__proto__")?.value).toEqual({ a: 1 });
		expect(Object.getPrototypeOf(loaded.extra)).toBe(Object.prototype);
		expect(JSON.parse(JSON.stringify({ ...loaded.extra }))).toEqual(JSON.parse('{"__proto__": {"a": 1}, "constructor": "c", "prototype": 2}'));
		expect(loaded.unreadable).toBe(false);
	});
});
