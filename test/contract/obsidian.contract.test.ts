import type { App as ObsidianApp, Plugin as ObsidianPlugin } from "obsidian";
import { VaultIndex } from "../../src/obsidian/vault-index";
import { vaultNotes } from "../../src/obsidian/vault-notes";
import { App, Plugin } from "../fakes/obsidian";
import { OBSIDIAN_RULES, testHostContract } from "./host-contract";

/** Lets the host's reads and events settle, as Obsidian does between the user's actions. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

testHostContract("Obsidian (vault-notes and VaultIndex over the fake obsidian module)", async (notes, indexers) => {
	const app = new App();
	for (const [path, text] of Object.entries(notes)) app.vault.seed(path, text);
	const plugin = new Plugin(app);
	const index = new VaultIndex(app as unknown as ObsidianApp, plugin as unknown as ObsidianPlugin, indexers);
	plugin.load();
	index.load();
	app.workspace.finishLayout();
	await index.whenBuilt();
	return {
		notes: vaultNotes(app as unknown as ObsidianApp),
		write: async (path, text) => {
			app.metadataCache.edit(app.vault, path, text);
			await settle();
		},
		remove: async (path) => {
			app.vault.remove(path);
			await settle();
		},
		rename: async (from, to) => {
			app.vault.move(from, to);
			await settle();
		},
	};
}, OBSIDIAN_RULES);
