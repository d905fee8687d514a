/** The plugin as Obsidian loads it: onload registers the features, and onunload leaves nothing of ours in the app. */
import InnCoPilotPlugin from "../src/main";
import { openCopilotSidebar } from "../src/obsidian/sidebar/copilot-sidebar";
import { COPILOT_VIEW_TYPE } from "../src/obsidian/sidebar/copilot-view";
import { App, ItemView } from "./fakes/obsidian";

/** Every handler the app's event sources hold (workspace, vault, metadata cache), whoever registered it. */
function appListeners(app: App): number {
	return app.workspace.listenerCount() + app.vault.listenerCount() + app.metadataCache.listenerCount();
}

/** A loaded plugin in an app whose layout is ready and whose notes are indexed, with the copilot sidebar and a note open. */
async function loadedPlugin(): Promise<{ app: App; plugin: InnCoPilotPlugin }> {
	const app = new App();
	app.vault.write("Profiles/Pricing.md", "---\ntype: profile\n---\n# Pricing\n## Definition\nHow a venture sets its prices.\n## innCoPilot\n- What do customers pay today?\n");
	app.vault.write("Ventures/Pets.md", "---\nprofiles: [Pricing]\n---\n# Pets\n\nSee [[Pricing]].\n");
	app.workspace.finishLayout();
	const plugin = new InnCoPilotPlugin(app as never, { id: "inncopilot", name: "innCoPilot", version: "0.0.0", dir: ".obsidian/plugins/inncopilot" } as never);
	await plugin.onload();
	await app.openNote("Ventures/Pets.md");
	await openCopilotSidebar(app as never);
	return { app, plugin };
}

describe("the plugin's lifecycle", () => {
	it("registers its commands, its view, its settings tab and its editor extensions on load", async () => {
		const { app } = await loadedPlugin();
		const kinds = [...app.registrations].map((each) => each.kind);
		expect(kinds).toEqual(expect.arrayContaining(["command", "view", "setting tab", "editor extension", "post-processor", "ribbon icon", "hover link source"]));
		expect(app.workspace.getLeavesOfType(COPILOT_VIEW_TYPE).some((leaf) => leaf.view instanceof ItemView)).toBe(true);
		expect(appListeners(app)).toBeGreaterThan(0);
	});

	it("leaves no registration, event handler or open view of ours in the app after unload", async () => {
		const { app, plugin } = await loadedPlugin();
		const before = new App();
		plugin.unload();
		expect([...app.registrations]).toEqual([]);
		expect(appListeners(app)).toBe(appListeners(before));
		expect(app.viewCreators.size).toBe(0);
		expect(app.workspace.leaves.filter((leaf) => leaf.view instanceof ItemView)).toEqual([]);
		const domListeners = app.workspace.leaves.reduce((sum, leaf) => sum + leaf.containerEl.listenerCount(), 0);
		expect(domListeners).toBe(0);
	});

	it("can be loaded again after unload, its sidebar leaf coming back", async () => {
		const { app, plugin } = await loadedPlugin();
		plugin.unload();
		const again = new InnCoPilotPlugin(app as never, plugin.manifest);
		await again.onload();
		const leaf = app.workspace.getLeavesOfType(COPILOT_VIEW_TYPE)[0];
		await leaf.loadIfDeferred();
		expect(leaf.view).toBeInstanceOf(ItemView);
		again.unload();
		expect([...app.registrations]).toEqual([]);
	});
});
