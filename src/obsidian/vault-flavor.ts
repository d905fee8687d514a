/** Resolves the flavour setting: "auto" asks the core to judge from the vault, the others are taken as set. */
import type { App } from "obsidian";
import { detectVaultFlavor } from "../core/commands/detect-flavor";
import { LOGSEQ_CONFIG } from "../core/graph/graph-folder";
import type { Flavor } from "../core/profile/render";
import type { FlavorSetting } from "../core/settings";

/** How many notes are read to judge the vault's flavour. */
const SAMPLE = 30;

/** The flavour to write new pages in: the setting, or for "auto" what Logseq's config file and a sample of notes show. */
export async function resolveFlavor(app: App, setting: FlavorSetting): Promise<Flavor> {
	if (setting !== "auto") return setting;
	const files = app.vault.getMarkdownFiles().slice(0, SAMPLE);
	const notes = await Promise.all(files.map(async (file) => ({ path: file.path, text: await app.vault.cachedRead(file).catch(() => "") })));
	return detectVaultFlavor({ paths: app.vault.getAbstractFileByPath(LOGSEQ_CONFIG) ? [LOGSEQ_CONFIG] : [], notes });
}
