import { App, Notice, Plugin, PluginSettingTab } from "../fakes/obsidian";
import { DEFAULT_SETTINGS, InnCoPilotSettingTab, SettingsStore } from "../../src/obsidian/settings";

function setUp(data: unknown) {
	const app = new App();
	const plugin = new Plugin(app);
	plugin.data = data;
	return { app, plugin, store: new SettingsStore(plugin as never) };
}

describe("SettingsStore", () => {
	beforeEach(() => {
		Notice.shown = [];
	});

	it("loads a corrupt data.json without losing the valid values, and says what it dropped", async () => {
		const { store } = setUp({ profilesFolder: "Concepts", flavor: 3, someOtherPluginVersionKey: "kept" });
		await store.load();
		expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, profilesFolder: "Concepts" });
		expect(Notice.shown).toHaveLength(1);
		expect(Notice.shown[0]).toContain("flavor");
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

	it("shows no Notice on a fresh install", async () => {
		const { store } = setUp(null);
		await store.load();
		expect(Notice.shown).toEqual([]);
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
		expect(groups.flatMap((group) => group.items.map((item) => item.control.key)).sort()).toEqual(Object.keys(store.get()).sort());
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
