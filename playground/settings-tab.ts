/** The playground's settings tab: the plugin's own rows (src/core/settings-rows), drawn as Obsidian draws a settings tab. */
import { cleanSettingValue, FLAVOR_LABELS, SETTING_GROUPS, templatePathProblem, type SettingRow } from "../src/core/settings-rows";
import type { MemoryVault } from "../src/core/host/memory-vault";
import { openDialog } from "./dialog";
import type { SettingsStore } from "./settings-store";

/** Opens the settings tab over `host`; every change applies at once. */
export function openSettingsTab(host: HTMLElement, store: SettingsStore, vault: MemoryVault, closed: () => void): void {
	const { content } = openDialog(host, "innCoPilot settings", closed);
	content.addClass("playground-settings");
	for (const group of SETTING_GROUPS) {
		content.createEl("h3", { cls: "setting-item-heading", text: group.heading });
		for (const row of group.rows) settingRow(content, row, store, vault);
	}
	content.querySelector<HTMLElement>("input, select")?.focus();
}

function settingRow(parent: HTMLElement, row: SettingRow, store: SettingsStore, vault: MemoryVault): void {
	const item = parent.createDiv({ cls: "setting-item" });
	const info = item.createDiv({ cls: "setting-item-info" });
	const id = `setting-${row.key}`;
	info.createEl("label", { cls: "setting-item-name", text: row.name, attr: { for: id } });
	const desc = info.createDiv({ cls: "setting-item-description", text: row.desc });
	const control = item.createDiv({ cls: "setting-item-control" });
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
