import { App, Plugin, PluginSettingTab } from "../fakes/obsidian";
import { DEFAULT_SETTINGS, InnCoPilotSettingTab, SettingsStore } from "../../src/obsidian/settings";

function setUp(data: unknown) {
	const app = new App();
	const plugin = new Plugin(app);
	plugin.data = data;
	return { app, plugin, store: new SettingsStore(plugin as never) };
}

describe("SettingsStore", () => {
	it("loads a corrupt data.json without losing the valid values, and says what it dropped", async () => {
		const { app, store } = setUp({ profilesFolder: "Concepts", flavor: 3, someOtherPluginVersionKey: "kept" });
		await store.load();
		expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, profilesFolder: "Concepts" });
		expect(app.document.notices).toHaveLength(1);
		expect(app.document.notices[0]).toContain("flavor");
	});

	it("saves changes together with keys it does not know, and tells listeners", async () => {
		const { plugin, store } = setUp({ someOtherPluginVersionKey: "kept" });
		await store.load();
		const seen: boolean[] = [];
		store.onChange((settings) => seen.push(settings.toolChips));
		await store.update({ toolChips: false });
		expect(plugin.data).toEqual({ ...DEFAULT_SETTINGS, toolChips: false, someOtherPluginVersionKey: "kept" });
		expect(seen).toEqual([false]);
	});

	it("keeps an unreadable data.json aside before anything is written, and says where", async () => {
		const { app, plugin, store } = setUp(null);
		const corrupt = '{"profilesFolder": "Concepts", "toolsFolder": "My tools",';
		app.vault.adapter.files.set(plugin.dataPath, corrupt);
		await store.load();
		const copies = [...app.vault.adapter.files.keys()].filter((path) => path !== plugin.dataPath);
		expect(copies).toHaveLength(1);
		expect(copies[0]).toMatch(/^\.obsidian\/plugins\/inncopilot\/data\.unreadable-[\d-]+\.json$/);
		expect(app.vault.adapter.files.get(copies[0])).toBe(corrupt);
		expect(app.document.notices).toHaveLength(1);
		expect(app.document.notices[0]).toContain(copies[0]);
		await store.update({ toolChips: false });
		expect(app.vault.adapter.files.get(copies[0])).toBe(corrupt);
	});

	it("keeps the unreadable file aside also when loadData gives null for it, as Obsidian may", async () => {
		const { app, plugin, store } = setUp(null);
		app.vault.adapter.files.set(plugin.dataPath, "\u0000\u0000garbage");
		plugin.loadData = () => Promise.resolve(null);
		await store.load();
		expect([...app.vault.adapter.files.values()].filter((text) => text === "\u0000\u0000garbage")).toHaveLength(2);
		expect(app.document.notices[0]).toContain("data.unreadable-");
	});

	it("saves nothing when the unreadable file could not be kept aside, and says so", async () => {
		const { app, plugin, store } = setUp(null);
		app.vault.adapter.files.set(plugin.dataPath, "not json");
		app.vault.adapter.failWrites = true;
		await store.load();
		expect(app.document.notices[0]).toContain("will not be saved");
		app.vault.adapter.failWrites = false;
		await store.update({ toolChips: false });
		expect(app.vault.adapter.files.get(plugin.dataPath)).toBe("not json");
		expect(store.get().toolChips).toBe(false);
	});

	it("never drops keys it does not know, constructor, prototype and __proto__ included", async () => {
		const { plugin, store } = setUp(null);
		plugin.app.vault.adapter.files.set(plugin.dataPath, '{"constructor": "c", "prototype": {"p": 1}, "__proto__": {"x": 2}, "future": [1]}');
		await store.load();
		await store.update({ toolChips: false });
		const saved = JSON.parse(plugin.app.vault.adapter.files.get(plugin.dataPath) ?? "") as Record<string, unknown>;
		expect(Object.keys(saved).sort()).toEqual(["__proto__", "constructor", "future", "prototype", ...Object.keys(DEFAULT_SETTINGS)].sort());
		expect(saved.constructor).toBe("c");
		expect(saved.prototype).toEqual({ p: 1 });
		expect(Object.getOwnPropertyDescriptor(saved, "__proto__")?.value).toEqual({ x: 2 });
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});

	it("shows no Notice on a fresh install", async () => {
		const { app, store } = setUp(null);
		await store.load();
		expect(app.document.notices).toEqual([]);
	});
});

/** The settings tab, displayed, as the fake it extends at test time (which lists the settings it shows). */
function shownTab(app: App, plugin: Plugin, store: SettingsStore): PluginSettingTab {
	const tab = new InnCoPilotSettingTab(app as never, plugin as never, store);
	tab.display();
	return tab as unknown as PluginSettingTab;
}

describe("InnCoPilotSettingTab", () => {
	it("groups settings under two sentence-case headings", async () => {
		const { app, plugin, store } = setUp(null);
		await store.load();
		const tab = shownTab(app, plugin, store);
		expect(tab.shownSettings().filter((s) => s.heading).map((s) => s.name)).toEqual(["Profiles", "Tool links"]);
		for (const setting of tab.shownSettings()) expect(setting.name).toMatch(/^[A-Z][a-z ]*$/);
	});

	it("warns in place when a template path names no file, and still saves it", async () => {
		const { app, plugin, store } = setUp(null);
		await store.load();
		const tab = shownTab(app, plugin, store);
		const setting = tab.shownSettings().find((s) => s.name === "Worksheet template");
		(setting?.controls[0].change as (value: string) => void)("Templates/missing.hbs");
		expect(setting?.desc).toContain('No file at "Templates/missing.hbs"');
		expect(store.get().worksheetTemplatePath).toBe("Templates/missing.hbs");
	});

	it("describes the same rows to Obsidian 1.13's searchable settings, reading and writing the store", async () => {
		const { app, plugin, store } = setUp(null);
		await store.load();
		const tab = new InnCoPilotSettingTab(app as never, plugin as never, store);
		const groups = tab.getSettingDefinitions() as { heading: string; items: { name: string; control: { key: string } }[] }[];
		expect(groups.map((group) => group.heading)).toEqual(["Profiles", "Tool links"]);
		expect(groups.flatMap((group) => group.items.map((item) => item.control.key)).sort()).toEqual(Object.keys(store.get()).filter((key) => key !== "drafting").sort()); // drafting has a section of its own
		await tab.setControlValue("flavor", "logseq");
		expect(tab.getControlValue("flavor")).toBe("logseq");
	});

	it("trims slashes from folder paths", async () => {
		const { app, plugin, store } = setUp(null);
		await store.load();
		const tab = shownTab(app, plugin, store);
		(tab.shownSettings().find((s) => s.name === "Tools folder")?.controls[0].change as (value: string) => void)("/My tools/ ");
		expect(store.get().toolsFolder).toBe("My tools");
	});
});
