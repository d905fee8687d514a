import { App, Plugin, Setting, type PluginSettingTab } from "../../fakes/obsidian";
import { FakeElement } from "../../fakes/dom";
import { DEFAULT_DRAFTING } from "../../../src/core/drafting/drafting-settings";
import { apiKeyStoreFor, SECRET_ID, type SecretStorageLike } from "../../../src/obsidian/drafting/api-key-store";
import { DraftingSettingsSection, draftingAccess } from "../../../src/obsidian/drafting/drafting-settings-section";
import { InnCoPilotSettingTab, SettingsStore } from "../../../src/obsidian/settings";

class MemorySecrets implements SecretStorageLike {
	readonly secrets = new Map<string, string>();
	getSecret(id: string): string | null {
		return this.secrets.get(id) ?? null;
	}
	setSecret(id: string, secret: string): void {
		this.secrets.set(id, secret);
	}
}

async function setUp(secrets: MemorySecrets | null) {
	const app = Object.assign(new App(), secrets === null ? {} : { secretStorage: secrets });
	const plugin = new Plugin(app);
	const store = new SettingsStore(plugin as never);
	await store.load();
	const keys = apiKeyStoreFor(app);
	const tab = new InnCoPilotSettingTab(app as never, plugin as never, store, new DraftingSettingsSection(draftingAccess(store), keys));
	tab.display();
	const shown = () => (tab as unknown as PluginSettingTab).shownSettings();
	const row = (name: string) => {
		const found = shown().find((each) => each.name === name);
		if (found === undefined) throw new Error(`no row ${name}`);
		return found;
	};
	const change = (name: string, value: unknown) => (row(name).controls[0].change as (value: unknown) => unknown)(value);
	return { plugin, store, keys, row, change, shown };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the drafting settings", () => {
	it("come under their own heading, with drafting off by default", async () => {
		const { row, store, shown } = await setUp(null);
		expect(shown().filter((each) => each.heading).map((each) => each.name)).toEqual(["Profiles", "Tool links", "Drafting"]);
		expect(row("Draft answers with a language model").controls[0].value).toBe(false);
		expect(store.get().drafting).toEqual(DEFAULT_DRAFTING);
	});

	it("keep the API key in Obsidian's secret storage and never in data.json", async () => {
		const secrets = new MemorySecrets();
		const { plugin, change, row } = await setUp(secrets);
		change("API key", "sk-very-secret");
		change("Model", "gpt-4o-mini");
		change("Draft answers with a language model", true);
		await flush();
		expect(secrets.secrets.get(SECRET_ID)).toBe("sk-very-secret");
		expect(JSON.stringify(plugin.data)).not.toContain("sk-very-secret");
		expect(plugin.data).toMatchObject({ drafting: { enabled: true, model: "gpt-4o-mini" } });
		expect(row("API key").desc).toMatch(/secret storage, never in the plugin's data\.json/);
		expect(row("API key").controls[0]).toBeDefined();
	});

	it("keep the key for the session only where the app has no secret storage, and say so", async () => {
		const { plugin, change, row, keys } = await setUp(null);
		change("API key", "sk-session");
		await flush();
		expect(keys.get()).toBe("sk-session");
		expect(keys.persistent).toBe(false);
		expect(row("API key").desc).toMatch(/for this session only/);
		expect(JSON.stringify(plugin.data ?? {})).not.toContain("sk-session");
	});

	it("show whether the endpoint is on this machine or remote, as it is typed", async () => {
		const { row, change } = await setUp(null);
		expect(row("Base URL").desc).toBe("On this machine: drafts never leave it.");
		change("Base URL", "https://api.example.com/v1");
		expect(row("Base URL").desc).toMatch(/^Remote: /);
	});

	it("fill in a preset's address unless the user typed their own", async () => {
		const { change, store, row } = await setUp(null);
		change("Provider", "openai");
		await flush();
		expect(store.get().drafting).toMatchObject({ provider: "openai", baseUrl: "https://api.openai.com/v1" });
		expect(row("Base URL").controls[0].value).toBe("https://api.openai.com/v1");
		expect(row("Base URL").desc).toMatch(/^Remote: /);
		change("Base URL", "http://gpu-box.local:9000/v1");
		await flush();
		change("Provider", "llama-cpp");
		await flush();
		expect(store.get().drafting).toMatchObject({ provider: "llama-cpp", baseUrl: "http://gpu-box.local:9000/v1" });
	});

	it("describe the same rows to Obsidian 1.13's searchable settings, each drawn by the section", async () => {
		const { plugin, store } = await setUp(null);
		const tab = new InnCoPilotSettingTab(plugin.app as never, plugin as never, store, new DraftingSettingsSection(draftingAccess(store), apiKeyStoreFor({})));
		const group = (tab.getSettingDefinitions() as unknown as { heading: string; items: { name: string; render: (setting: Setting) => void }[] }[])[2];
		expect(group.heading).toBe("Drafting");
		expect(group.items.map((item) => item.name)).toEqual(["Draft answers with a language model", "Provider", "Base URL", "Model", "API key", "Context size", "Temperature"]);
		const setting = new Setting(new FakeElement("div", plugin.app.document));
		group.items[2].render(setting);
		expect(setting.controls[0].value).toBe(DEFAULT_DRAFTING.baseUrl);
	});

	it("hold the context size and temperature to their ranges and ignore what is not a number", async () => {
		const { change, store } = await setUp(null);
		change("Context size", "99999999");
		change("Temperature", "warm");
		await flush();
		expect(store.get().drafting).toMatchObject({ contextTokens: 1_048_576, temperature: DEFAULT_DRAFTING.temperature });
	});
});
