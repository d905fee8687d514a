import type { App } from "obsidian";
import { COPILOT_VIEW_TYPE, CopilotView } from "../../../src/obsidian/sidebar/copilot-view";
import { copilotViews, openCopilotSidebar } from "../../../src/obsidian/sidebar/copilot-sidebar";
import { copilotEnv } from "../../support/copilot-app";

describe("CopilotSidebar.load", () => {
	it("registers the view, the open and pin commands (no hotkeys) and a ribbon icon, and opens nothing", () => {
		const env = copilotEnv();
		expect(env.views).toEqual(["inncopilot-copilot"]);
		expect(env.commands.map((command) => [command.id, command.name])).toEqual([
			["open-copilot-sidebar", "Open copilot sidebar"],
			["toggle-copilot-pin", "Pin or unpin the copilot sidebar"],
		]);
		expect(env.commands.some((command) => "hotkeys" in command)).toBe(false);
		expect(env.ribbons.map((ribbon) => ribbon.title)).toEqual(["Open copilot sidebar"]);
		expect(env.app.workspace.leaves).toEqual([]);
		expect(env.app.vault.readPaths).toEqual([]);
	});
});

describe("openCopilotSidebar", () => {
	it("opens the view in the right sidebar and reveals it", async () => {
		const env = copilotEnv();
		env.commands[0].callback?.();
		await new Promise((resolve) => setImmediate(resolve));
		const leaves = env.app.workspace.getLeavesOfType(COPILOT_VIEW_TYPE);
		expect(leaves.map((leaf) => leaf.side)).toEqual(["right"]);
		expect(leaves[0].view).toBeInstanceOf(CopilotView);
		expect(env.app.workspace.revealed).toEqual(leaves);
	});

	it("reveals the existing view instead of opening a second one", async () => {
		const env = copilotEnv();
		await openCopilotSidebar(env.app as unknown as App);
		await openCopilotSidebar(env.app as unknown as App);
		expect(env.app.workspace.getLeavesOfType(COPILOT_VIEW_TYPE)).toHaveLength(1);
		expect(env.app.workspace.revealed).toHaveLength(2);
	});

	it("loads a view deferred since startup, with its saved pin, rather than opening another", async () => {
		const env = copilotEnv();
		const leaf = env.app.workspace.addLeaf("right");
		leaf.defer(COPILOT_VIEW_TYPE, { pinned: "Ventures/Pets.md" });
		expect(copilotViews(env.app as unknown as App)).toEqual([]);

		await openCopilotSidebar(env.app as unknown as App);
		expect(leaf.isDeferred).toBe(false);
		expect(env.app.workspace.getLeavesOfType(COPILOT_VIEW_TYPE)).toEqual([leaf]);
		const [view] = copilotViews(env.app as unknown as App);
		expect([view.shownPath(), view.getState().pinned]).toEqual(["Ventures/Pets.md", "Ventures/Pets.md"]);
	});
});

describe("the pin command", () => {
	it("is unavailable until the sidebar shows a note, then pins and unpins it", async () => {
		const env = copilotEnv();
		const pin = env.commands[1];
		expect(pin.checkCallback?.(true)).toBe(false);
		await openCopilotSidebar(env.app as unknown as App);
		await env.app.openNote("Ventures/Pets.md");
		expect(pin.checkCallback?.(true)).toBe(true);
		pin.checkCallback?.(false);
		const [view] = copilotViews(env.app as unknown as App);
		expect(view.getState()).toMatchObject({ pinned: "Ventures/Pets.md" });
		pin.checkCallback?.(false);
		expect(view.getState()).toMatchObject({ pinned: null });
	});
});
