import { contentOf, copilotEnv, leafOf, openSidebar, shown, type CopilotEnv } from "../../support/copilot-app";

/** Lets pending reads and timers run: `ms` of fake time, promises settled. */
async function settle(ms = 0): Promise<void> {
	await jest.advanceTimersByTimeAsync(ms);
}

async function ready(): Promise<CopilotEnv> {
	const env = copilotEnv();
	await env.app.openNote("Ventures/Pets.md");
	return env;
}

beforeEach(() => {
	jest.useFakeTimers();
});

afterEach(() => jest.useRealTimers());

describe("CopilotView: what it follows", () => {
	it("shows the active note's profile as soon as it opens", async () => {
		const env = await ready();
		const view = await openSidebar(env);
		await settle();
		expect(shown(view)).toEqual([
			"ShowingPets",
			"Pricing: 0 of 3 answered",
			"  asked: What do customers pay today?",
			"  missing: Which price is a bargain?",
			"  missing: Who pays the most?",
		]);
	});

	it("reads nothing while Obsidian restores the layout, then shows the active note once it is ready", async () => {
		const env = copilotEnv({ layoutReady: false });
		await env.app.openNote("Ventures/Pets.md");
		const view = await openSidebar(env);
		await env.app.openNote("Ventures/Taxi.md");
		await settle(1000);
		expect(env.app.vault.readPaths).toEqual([]);
		expect(contentOf(view).redraws).toBe(0);
		env.app.workspace.finishLayout();
		await settle();
		expect(shown(view)[0]).toBe("ShowingTaxi");
	});

	it("switches to the note the user opens next, and explains what to do for a note without a profile", async () => {
		const env = await ready();
		const view = await openSidebar(env);
		await env.app.openNote("Ventures/Taxi.md");
		await settle();
		expect(shown(view).slice(0, 2)).toEqual(["ShowingTaxi", "Pricing: 1 of 3 answered"]);

		await env.app.openNote("Notes/Plain.md");
		await settle();
		expect(shown(view)).toEqual(["ShowingPlain", expect.stringMatching(/^empty: This note is not about a profile yet\./)]);
	});

	it("changes nothing when focus moves into the sidebar itself", async () => {
		const env = await ready();
		const view = await openSidebar(env);
		await settle();
		const redraws = contentOf(view).redraws;
		const reads = env.app.vault.readPaths.length;
		env.app.workspace.setActiveLeaf(leafOf(view));
		await settle(1000);
		expect(shown(view)[0]).toBe("ShowingPets");
		expect([contentOf(view).redraws, env.app.vault.readPaths.length]).toEqual([redraws, reads]);
	});

	it("keeps the result of the last note switched to when an earlier note's read finishes later", async () => {
		const env = await ready();
		const view = await openSidebar(env);
		await settle();
		const release = env.app.vault.hold("Keys/Willingness to pay.md");
		env.app.vault.write("Keys/Willingness to pay.md", "- #question Who pays the most?\n- #question Who pays late?");
		await env.app.openNote("Ventures/Taxi.md");
		await env.app.openNote("Notes/Plain.md");
		await settle();
		release();
		await settle();
		expect(shown(view)[0]).toBe("ShowingPlain");
		expect(contentOf(view).findAll("inncopilot-copilot-card")).toEqual([]);
	});
});

describe("CopilotView: while typing", () => {
	it("waits for typing to pause, then flips the question the user answered", async () => {
		const env = await ready();
		const view = await openSidebar(env);
		await settle();
		const editor = (await env.app.openNote("Ventures/Pets.md")).editor;
		editor.setCursor({ line: 5, ch: 0 });
		editor.type("About 40 € a week.");
		await settle(100);
		expect(shown(view)[2]).toBe("  asked: What do customers pay today?");
		await settle(300);
		expect(shown(view).slice(1, 3)).toEqual(["Pricing: 1 of 3 answered", "  answered: What do customers pay today?"]);
	});

	it("does not redraw when the typing changes nothing it shows", async () => {
		const env = await ready();
		const view = await openSidebar(env);
		await settle();
		const redraws = contentOf(view).redraws;
		const editor = (await env.app.openNote("Ventures/Pets.md")).editor;
		editor.setCursor({ line: 7, ch: 12 });
		editor.type(" And food.");
		await settle(1000);
		expect(contentOf(view).redraws).toBe(redraws);
	});

	it("ignores typing in other notes", async () => {
		const env = await ready();
		const view = await openSidebar(env);
		await settle();
		view.togglePin();
		await settle();
		const reads = env.app.vault.readPaths.length;
		const redraws = contentOf(view).redraws;
		const other = await env.app.openNote("Notes/Plain.md");
		other.editor.type("More text");
		await settle(1000);
		expect([env.app.vault.readPaths.length, contentOf(view).redraws]).toEqual([reads, redraws]);
	});

	it("catches up when the profiles change, as after the catalog indexed a page", async () => {
		const env = await ready();
		const view = await openSidebar(env);
		await settle();
		env.app.vault.write("Keys/Willingness to pay.md", "- #question Who pays the most?\n- #question Who pays late?");
		env.profilesChanged();
		await settle(300);
		expect(shown(view)).toContain("  missing: Who pays late?");
	});
});

describe("CopilotView: while hidden", () => {
	it("does no work while hidden, and shows the current note as soon as it is shown again", async () => {
		const env = await ready();
		const view = await openSidebar(env);
		await settle();
		leafOf(view).containerEl.shown = false;
		const reads = env.app.vault.readPaths.length;
		const redraws = contentOf(view).redraws;
		await env.app.openNote("Ventures/Taxi.md");
		(await env.app.openNote("Ventures/Taxi.md")).editor.type("typing ");
		env.profilesChanged();
		await settle(1000);
		expect([env.app.vault.readPaths.length, contentOf(view).redraws]).toEqual([reads, redraws]);

		leafOf(view).containerEl.shown = true;
		env.app.workspace.trigger("layout-change");
		await settle();
		expect(shown(view)[0]).toBe("ShowingTaxi");
	});
});

describe("CopilotView: pin", () => {
	it("holds the view on its note while others are opened, says so, and follows again when unpinned", async () => {
		const env = await ready();
		const view = await openSidebar(env);
		await settle();
		view.togglePin();
		await env.app.openNote("Notes/Plain.md");
		await settle();
		expect(shown(view).slice(0, 2)).toEqual(["Pinned toPets", "Pricing: 0 of 3 answered"]);
		expect(env.app.workspace.saveRequests).toBe(1);

		view.togglePin();
		await settle();
		expect(shown(view)[0]).toBe("ShowingPlain");
	});

	it("saves the pinned note in the view state, and a restarted view restores it", async () => {
		const env = await ready();
		const view = await openSidebar(env);
		view.togglePin();
		const saved = view.getState();
		expect(saved).toMatchObject({ pinned: "Ventures/Pets.md" });

		const restarted = await openSidebar(env);
		await restarted.setState({ pinned: "Ventures/Taxi.md" }, { history: false });
		await settle();
		expect(shown(restarted)[0]).toBe("Pinned toTaxi");
		await restarted.setState({ pinned: 42 }, { history: false });
		expect(restarted.getState().pinned).toBeNull();
	});

	it("follows the pinned note when it is renamed, and unpins when it is deleted", async () => {
		const env = await ready();
		const view = await openSidebar(env);
		view.togglePin();
		await env.app.openNote("Notes/Plain.md");
		env.app.vault.move("Ventures/Pets.md", "Ventures/Exotic pets.md");
		await settle();
		expect(view.getState()).toMatchObject({ pinned: "Ventures/Exotic pets.md" });
		expect(shown(view)[0]).toBe("Pinned toExotic pets");

		env.app.vault.remove("Ventures/Exotic pets.md");
		await settle();
		expect(view.getState().pinned).toBeNull();
		expect(shown(view)[0]).toBe("ShowingPlain");
	});
});

describe("CopilotView: Markdown", () => {
	it("renders the definition through MarkdownRenderer with a child component that is unloaded on the next redraw", async () => {
		const env = await ready();
		const view = await openSidebar(env);
		await settle();
		expect(contentOf(view).findAll("inncopilot-copilot-definition")).toHaveLength(1);
		expect(env.app.rendered.map((call) => [call.markdown, call.sourcePath])).toEqual([["How a venture sets its prices.", "Ventures/Pets.md"]]);
		const first = env.app.rendered[0].component;
		expect(first.loaded).toBe(true);
		await env.app.openNote("Ventures/Taxi.md");
		await settle();
		expect(first.loaded).toBe(false);
		expect(env.app.rendered[1].component.loaded).toBe(true);
	});
});
