/** The "Drafting" section of the settings tab: on or off, provider, address, model, key, context size, temperature. */
import type { Setting, TextComponent } from "obsidian";
import {
	DRAFTING_HEADING,
	DRAFTING_ROWS,
	draftingRowDesc,
	draftingRowPlaceholder,
	numberChange,
	PROVIDER_LABELS,
	providerChange,
	type DraftingRowKey,
} from "../../core/drafting/drafting-setting-rows";
import type { DraftingSettings } from "../../core/drafting/drafting-settings";
import { addressText } from "../../core/drafting/endpoint-locality";
import type { ProviderId } from "../../core/drafting/providers";
import type { SettingsGroup } from "../settings";
import type { ApiKeyStore } from "./api-key-store";

/** Reads and saves the drafting settings (in data.json, through the plugin's settings store). */
export interface DraftingSettingsAccess {
	get(): DraftingSettings;
	set(patch: Partial<DraftingSettings>): Promise<void>;
}

/** Builds the Drafting section's rows. */
export class DraftingSettingsSection {
	/** The address row as last drawn, so that choosing a preset can fill it in. */
	#address: { setting: Setting; text: TextComponent } | null = null;

	readonly #settings: DraftingSettingsAccess;
	readonly #keys: ApiKeyStore;

	constructor(settings: DraftingSettingsAccess, keys: ApiKeyStore) {
		this.#settings = settings;
		this.#keys = keys;
	}

	/** The section's heading and rows, for the settings tab to draw with either settings API. */
	group(): SettingsGroup {
		const current = this.#settings.get();
		const rows = DRAFTING_ROWS.map((row) => ({
			name: row.name,
			desc: draftingRowDesc(row.key, current, this.#keys.describe()),
			render: (setting: Setting) => this.#build(setting, row.key, current),
		}));
		return { heading: DRAFTING_HEADING, rows };
	}

	#build(setting: Setting, key: DraftingRowKey, current: DraftingSettings): void {
		if (key === "enabled") setting.addToggle((toggle) => toggle.setValue(current.enabled).onChange((enabled) => void this.#settings.set({ enabled })));
		else if (key === "provider") setting.addDropdown((dropdown) => dropdown.addOptions(PROVIDER_LABELS).setValue(current.provider).onChange((id) => void this.#choose(id as ProviderId)));
		else
			setting.addText((text) => {
				if (key === "apiKey") text.inputEl.type = "password";
				if (key === "baseUrl") this.#address = { setting, text };
				text.setPlaceholder(draftingRowPlaceholder(key, current))
					.setValue(key === "apiKey" ? (this.#keys.get() ?? "") : String(current[key]))
					.onChange((value) => void this.#typed(setting, key, value));
			});
	}

	/** Saves what was typed: the key into the key store, the address (saying where it is) and the model trimmed, a number once it is one. */
	async #typed(setting: Setting, key: Exclude<DraftingRowKey, "enabled" | "provider">, value: string): Promise<void> {
		if (key === "apiKey") return this.#keys.set(value);
		if (key === "baseUrl") setting.setDesc(addressText(value));
		const change = key === "baseUrl" || key === "model" ? { [key]: value.trim() } : numberChange(key, value, this.#settings.get());
		if (change !== null) await this.#settings.set(change);
	}

	/** A preset replaces the address only when the user had not typed their own. */
	async #choose(id: ProviderId): Promise<void> {
		const change = providerChange(this.#settings.get(), id);
		await this.#settings.set(change);
		const filled = change.baseUrl ?? "";
		this.#address?.text.setValue(filled);
		this.#address?.setting.setDesc(addressText(filled));
	}
}
/** Drafting's slice of the plugin's settings store. */
export function draftingAccess(store: { get(): { drafting: DraftingSettings }; update(patch: { drafting: DraftingSettings }): Promise<void> }): DraftingSettingsAccess {
	return { get: () => store.get().drafting, set: (patch) => store.update({ drafting: { ...store.get().drafting, ...patch } }) };
}
