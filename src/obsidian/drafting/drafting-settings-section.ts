/** The "Drafting" section of the settings tab: on or off, provider, address, model, key, context size, temperature. */
import { Setting, type SettingDefinitionItem, type TextComponent } from "obsidian";
import { CONTEXT_RANGE, clampNumber, TEMPERATURE_RANGE, type DraftingSettings } from "../../core/drafting/drafting-settings";
import { endpointLocality, localityText } from "../../core/drafting/endpoint-locality";
import { PROVIDERS, providerPreset, type ProviderId } from "../../core/drafting/providers";
import type { ApiKeyStore } from "./api-key-store";

/** Reads and saves the drafting settings (in data.json, through the plugin's settings store). */
export interface DraftingSettingsAccess {
	get(): DraftingSettings;
	set(patch: Partial<DraftingSettings>): Promise<void>;
}

/** One row: its name, description, and how it builds its control on a `Setting`. */
interface Row {
	name: string;
	desc: () => string;
	build: (setting: Setting) => void;
}

const PROVIDER_LABELS: Record<string, string> = Object.fromEntries(PROVIDERS.map((each) => [each.id, each.label]));

/** Builds the section's rows for both settings APIs. */
export class DraftingSettingsSection {
	/** The address row as last drawn, so that choosing a preset can fill it in. */
	private address: { setting: Setting; text: TextComponent } | null = null;

	constructor(
		private readonly settings: DraftingSettingsAccess,
		private readonly keys: ApiKeyStore,
	) {}

	/** Obsidian 1.13+: the section as one group of rows. */
	definitions(): SettingDefinitionItem[] {
		return [{ type: "group", heading: "Drafting", items: this.rows().map((row) => ({ name: row.name, desc: row.desc(), render: (setting: Setting) => row.build(setting) })) }];
	}

	/** Obsidian before 1.13: the heading and rows, appended to `containerEl`. */
	display(containerEl: HTMLElement): void {
		new Setting(containerEl).setName("Drafting").setHeading();
		for (const row of this.rows()) row.build(new Setting(containerEl).setName(row.name).setDesc(row.desc()));
	}

	private rows(): Row[] {
		const current = this.settings.get();
		const preset = providerPreset(current.provider);
		return [
			{
				name: "Draft answers with a language model",
				desc: () => "Off by default. When on, Draft sends the profile, its examples and the note to the endpoint below; nothing is sent until you press Draft.",
				build: (setting) => void setting.addToggle((toggle) => toggle.setValue(current.enabled).onChange((enabled) => void this.settings.set({ enabled }))),
			},
			{
				name: "Provider",
				desc: () => "Fills in the usual address of the server.",
				build: (setting) =>
					void setting.addDropdown((dropdown) => dropdown.addOptions(PROVIDER_LABELS).setValue(current.provider).onChange((id) => void this.choose(id as ProviderId))),
			},
			{
				name: "Base URL",
				desc: () => localityText(endpointLocality(this.settings.get().baseUrl)),
				build: (setting) =>
					void setting.addText((text) => {
						this.address = { setting, text };
						text.setPlaceholder(preset.baseUrl || "http://127.0.0.1:8000/v1")
							.setValue(current.baseUrl)
							.onChange((value) => {
								setting.setDesc(localityText(endpointLocality(value)));
								void this.settings.set({ baseUrl: value.trim() });
							});
					}),
			},
			{
				name: "Model",
				desc: () => "The model's name as the server knows it.",
				build: (setting) => void setting.addText((text) => text.setPlaceholder("llama3.2").setValue(current.model).onChange((model) => void this.settings.set({ model: model.trim() }))),
			},
			{
				name: "API key",
				desc: () => this.keys.describe(),
				build: (setting) =>
					void setting.addText((text) => {
						text.inputEl.type = "password";
						text.setPlaceholder(preset.needsKey ? "Required" : "Not needed").setValue(this.keys.get() ?? "").onChange((key) => this.keys.set(key));
					}),
			},
			{
				name: "Context size",
				desc: () => "The model's context in tokens. Examples are left out first when a prompt would not fit.",
				build: (setting) => void setting.addText((text) => text.setValue(String(current.contextTokens)).onChange((value) => void this.number("contextTokens", value))),
			},
			{
				name: "Temperature",
				desc: () => "From 0 (the most predictable) to 2 (the most varied).",
				build: (setting) => void setting.addText((text) => text.setValue(String(current.temperature)).onChange((value) => void this.number("temperature", value))),
			},
		];
	}

	/** A preset replaces the address only when the user had not typed their own. */
	private async choose(id: ProviderId): Promise<void> {
		const { baseUrl } = this.settings.get();
		const typed = baseUrl !== "" && !PROVIDERS.some((each) => each.baseUrl === baseUrl);
		const filled = typed ? baseUrl : providerPreset(id).baseUrl;
		await this.settings.set({ provider: id, baseUrl: filled });
		this.address?.text.setValue(filled);
		this.address?.setting.setDesc(localityText(endpointLocality(filled)));
	}

	private async number(key: "contextTokens" | "temperature", value: string): Promise<void> {
		const range = key === "contextTokens" ? CONTEXT_RANGE : TEMPERATURE_RANGE;
		if (value.trim() === "" || !Number.isFinite(Number(value))) return;
		await this.settings.set({ [key]: clampNumber(value, range, this.settings.get()[key], key === "contextTokens") });
	}
}

/** Drafting's slice of the plugin's settings store. */
export function draftingAccess(store: { get(): { drafting: DraftingSettings }; update(patch: { drafting: DraftingSettings }): Promise<void> }): DraftingSettingsAccess {
	return { get: () => store.get().drafting, set: (patch) => store.update({ drafting: { ...store.get().drafting, ...patch } }) };
}
