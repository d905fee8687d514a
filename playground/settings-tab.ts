/** The playground's settings tab: the plugin's own rows (src/core/settings-rows), drawn as Obsidian draws a settings tab. */
import {
	DRAFTING_HEADING,
	DRAFTING_ROWS,
	draftingRowDesc,
	draftingRowPlaceholder,
	numberChange,
	PROVIDER_LABELS,
	providerChange,
	type DraftingRow,
} from "../src/core/drafting/drafting-setting-rows";
import type { DraftingSettings } from "../src/core/drafting/drafting-settings";
import type { ProviderId } from "../src/core/drafting/providers";
import { cleanSettingValue, FLAVOR_LABELS, SETTING_GROUPS, templatePathProblem, type SettingRow } from "../src/core/settings-rows";
import type { MemoryVault } from "../src/core/host/memory-vault";
import { openDialog } from "./dialog";
import type { MemoryApiKey } from "./drafting";
import type { SettingsStore } from "./settings-store";

/** Opens the settings tab over `host`; every change applies at once. */
export function openSettingsTab(host: HTMLElement, store: SettingsStore, vault: MemoryVault, key: MemoryApiKey, closed: () => void): void {
	const { content } = openDialog(host, "innCoPilot settings", closed);
	content.addClass("playground-settings");
	for (const group of SETTING_GROUPS) {
		content.createEl("h3", { cls: "setting-item-heading", text: group.heading });
		for (const row of group.rows) settingRow(content, row, store, vault);
	}
	content.createEl("h3", { cls: "setting-item-heading", text: DRAFTING_HEADING });
	for (const row of DRAFTING_ROWS) draftingRow(content, row, store, key);
	content.querySelector<HTMLElement>("input, select")?.focus();
}

/** A row's frame: its name (the label of its control, whose id is `id`), its description, and where the control goes. */
function rowFrame(parent: HTMLElement, id: string, name: string, description: string): { desc: HTMLElement; control: HTMLElement } {
	const item = parent.createDiv({ cls: "setting-item" });
	const info = item.createDiv({ cls: "setting-item-info" });
	info.createEl("label", { cls: "setting-item-name", text: name, attr: { for: id } });
	const desc = info.createDiv({ cls: "setting-item-description", text: description });
	return { desc, control: item.createDiv({ cls: "setting-item-control" }) };
}

function settingRow(parent: HTMLElement, row: SettingRow, store: SettingsStore, vault: MemoryVault): void {
	const id = `setting-${row.key}`;
	const { desc, control } = rowFrame(parent, id, row.name, row.desc);
	const current = store.get()[row.key];
	const save = (value: unknown) => store.update({ [row.key]: cleanSettingValue(row.key, value) });
	if (row.kind === "toggle") {
		const box = control.createEl("input", { type: "checkbox", attr: { id, role: "switch" } });
		box.checked = current === true;
		box.addEventListener("change", () => save(box.checked));
	} else if (row.kind === "flavor") {
		const select = control.createEl("select", { cls: "dropdown", attr: { id } });
		for (const [value, label] of Object.entries(FLAVOR_LABELS)) select.createEl("option", { text: label, attr: { value } });
		select.value = String(current);
		select.addEventListener("change", () => save(select.value));
	} else {
		const text = control.createEl("input", { type: "text", attr: { id, placeholder: row.placeholder ?? "" } });
		text.value = String(current);
		text.addEventListener("input", () => {
			if (row.kind === "template") desc.setText(templatePathProblem(text.value, (path) => vault.read(path) !== null) ?? row.desc);
			save(text.value);
		});
	}
}

function draftingRow(parent: HTMLElement, row: DraftingRow, store: SettingsStore, key: MemoryApiKey): void {
	const drafting = () => store.get().drafting;
	const save = (patch: Partial<DraftingSettings>) => store.update({ drafting: { ...drafting(), ...patch } });
	const id = `setting-drafting-${row.key}`;
	const { desc, control } = rowFrame(parent, id, row.name, draftingRowDesc(row.key, drafting(), key.description));
	const current = drafting();
	if (row.key === "enabled") {
		const box = control.createEl("input", { type: "checkbox", attr: { id, role: "switch" } });
		box.checked = current.enabled;
		box.addEventListener("change", () => save({ enabled: box.checked }));
		return;
	}
	if (row.key === "provider") {
		const select = control.createEl("select", { cls: "dropdown", attr: { id } });
		for (const [value, label] of Object.entries(PROVIDER_LABELS)) select.createEl("option", { text: label, attr: { value } });
		select.value = current.provider;
		select.addEventListener("change", () => {
			save(providerChange(drafting(), select.value as ProviderId));
			const address = parent.querySelector<HTMLInputElement>("#setting-drafting-baseUrl");
			if (address !== null) address.value = drafting().baseUrl;
			address?.dispatchEvent(new Event("refresh"));
		});
		return;
	}
	const text = control.createEl("input", { type: row.key === "apiKey" ? "password" : "text", attr: { id, placeholder: draftingRowPlaceholder(row.key, current) } });
	if (row.key === "apiKey") {
		text.value = key.get() ?? "";
		text.addEventListener("input", () => key.set(text.value));
		return;
	}
	const field = row.key;
	text.value = String(current[field]);
	text.addEventListener("refresh", () => desc.setText(draftingRowDesc(field, drafting(), key.description)));
	text.addEventListener("input", () => {
		if (field === "contextTokens" || field === "temperature") {
			const change = numberChange(field, text.value, drafting());
			if (change !== null) save(change);
			return;
		}
		save({ [field]: text.value.trim() });
		desc.setText(draftingRowDesc(field, drafting(), key.description));
	});
}
