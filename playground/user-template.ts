/** A user's own template from the in-memory vault, checked by the plugin's core as Obsidian's host checks it. */
import { checkUserTemplate, type TemplateKind } from "../src/core/commands/user-template";
import type { MemoryVault } from "../src/core/host/memory-vault";
import { ok, type Result } from "../src/core/result";

/** The template the setting names, null when the setting is empty (the bundled template applies), or why it cannot be used. */
export function userTemplate(vault: MemoryVault, kind: TemplateKind, settingPath: string): Result<{ source: string; path: string } | null, string> {
	const path = settingPath.trim();
	if (path === "") return ok(null);
	const checked = checkUserTemplate(kind, path, vault.read(path));
	return checked.ok ? ok({ source: checked.value, path }) : checked;
}
