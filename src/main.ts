/** innCoPilot's entry point: builds the adapters once and registers each feature. Lifecycle only. */
import { Plugin } from "obsidian";
import { ProfileCatalog } from "./core/catalog/profile-catalog";
import { graphFolderSource } from "./core/graph/graph-folder";
import { GraphPages } from "./core/graph/graph-pages";
import { bundledProfiles } from "./core/library/profiles";
import { bundledTools } from "./core/library/tools";
import { ToolCatalog } from "./core/tools/tool-catalog";
import { TemplateEngine } from "./core/templates/template-engine";
import { ProfileCommands } from "./obsidian/commands/profile-commands";
import { copilotViews, CopilotSidebar } from "./obsidian/sidebar/copilot-sidebar";
import { ToolLinks } from "./obsidian/tool-links/tool-links";
import { apiKeyStoreFor } from "./obsidian/drafting/api-key-store";
import { DraftingSettingsSection, draftingAccess } from "./obsidian/drafting/drafting-settings-section";
import { obsidianDrafting } from "./obsidian/drafting/obsidian-drafting";
import { InnCoPilotSettingTab, SettingsStore } from "./obsidian/settings";
import { VaultIndex } from "./obsidian/vault-index";

/** The plugin: builds the shared pieces, hands them to each feature, and lets `register*` clean up. */
export default class InnCoPilotPlugin extends Plugin {
	override async onload(): Promise<void> {
		const settings = new SettingsStore(this);
		await settings.load();
		const { app } = this;
		const current = () => settings.get();
		const graph = new GraphPages(graphFolderSource(() => current().graphFolder, () => app.vault.getFiles().map((file) => file.path)));
		const profiles = new ProfileCatalog(bundledProfiles, { profilesFolder: () => current().profilesFolder, graph });
		const tools = new ToolCatalog(bundledTools, { toolsFolder: () => current().toolsFolder });
		const vaultIndex = new VaultIndex(app, this, [profiles, tools]);
		vaultIndex.load();
		vaultIndex.rebuildWhenChanged(
			(listener) => settings.onChange(listener),
			() => [current().profilesFolder, current().graphFolder, current().toolsFolder].join("\n"),
		);
		const apiKeys = apiKeyStoreFor(app);
		this.addSettingTab(new InnCoPilotSettingTab(app, this, settings, new DraftingSettingsSection(draftingAccess(settings), apiKeys)));
		const templates = new TemplateEngine();
		new ProfileCommands(this, { app, settings: current, profiles, templates }).load();
		const drafting = obsidianDrafting(current, apiKeys);
		new CopilotSidebar(this, { settings: current, profiles, engine: templates, drafting }).load();
		const toolLinks = new ToolLinks(this, tools, current);
		toolLinks.load();
		this.register(
			settings.onChange(() => {
				toolLinks.refresh();
				copilotViews(app).forEach((view) => view.settingsChanged());
			}),
		);
	}
}
