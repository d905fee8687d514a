import { BUNDLED_TOOLS } from "../../../src/core/library/tools";
import { ToolCatalog } from "../../../src/core/tools/tool-catalog";
import { ToolLinks } from "../../../src/obsidian/tool-links/tool-links";
import { App, Plugin, MarkdownView, FakeEditor } from "../../fakes/obsidian";

const ANSOFF = BUNDLED_TOOLS.find((tool) => tool.name === "Ansoff Matrix")?.summary ?? "";

function setUp(notes: Record<string, string> = {}) {
	const app = new App();
	for (const [path, text] of Object.entries(notes)) app.vault.seed(path, text);
	const plugin = new Plugin(app);
	const catalog = new ToolCatalog(BUNDLED_TOOLS, { toolsFolder: () => "Tools" });
	for (const [path, text] of Object.entries(notes)) if (path.startsWith("Tools/")) catalog.update(path, text);
	const settings = { toolChips: true, toolSummaryExpanded: false };
	const feature = new ToolLinks(plugin as never, catalog, () => settings);
	plugin.load();
	feature.load();
	return { app, plugin, catalog, feature, settings };
}

/** Opens `text` as the active note at `path`, in the given mode. */
function openNote(app: App, path: string, text: string, mode: "source" | "preview" = "source") {
	const view = new MarkdownView(new FakeEditor(text), app.vault.seed(path, text), mode);
	app.workspace.activate(view);
	return view;
}

function runCommand(plugin: Plugin, id: string) {
	const command = plugin.commands.find((each) => each.id === id);
	if (!command?.callback) throw new Error(`no command ${id}`);
	command.callback();
}

describe("ToolLinks.load", () => {
	it("registers one editor extension, one post-processor, a page-preview source and the command, without a hotkey", () => {
		const { plugin } = setUp();
		expect(plugin.editorExtensions).toHaveLength(1);
		expect(plugin.postProcessors).toHaveLength(1);
		expect(plugin.hoverSources).toEqual([{ id: "inncopilot", info: { display: "innCoPilot", defaultMod: false } }]);
		expect(plugin.commands.map(({ id, name, hotkeys }) => ({ id, name, hotkeys }))).toEqual([
			{ id: "embed-tool-summaries", name: "Embed tool summaries as text", hotkeys: undefined },
			{ id: "replace-tool-summaries", name: "Replace tool summaries you wrote", hotkeys: undefined },
		]);
	});
});

describe("the embed-tool-summaries command", () => {
	const VENTURE = "# Exotic Pet Rental\n\n## Tools\n- [[Ansoff Matrix]]\n- [[Customer Persona]]: Who rents.\n";

	it("says so when no note is open, and changes nothing", () => {
		const { app, plugin } = setUp();
		runCommand(plugin, "embed-tool-summaries");
		expect(app.document.notices).toEqual(["Open a note to embed its tool summaries."]);
	});

	it("writes the summaries in one transaction, then finds nothing left to do", () => {
		const { app, plugin } = setUp();
		const view = openNote(app, "Ventures/Pets.md", VENTURE);
		runCommand(plugin, "embed-tool-summaries");
		expect(view.editor.transactions).toHaveLength(1);
		expect(view.editor.getValue()).toBe(`# Exotic Pet Rental\n\n## Tools\n- [[Ansoff Matrix]]\n  - ${ANSOFF}\n- [[Customer Persona]]: Who rents.\n`);
		expect(app.document.notices).toEqual(["Embedded 1 summary."]);

		runCommand(plugin, "embed-tool-summaries");
		expect(view.editor.transactions).toHaveLength(1);
		expect(app.document.notices[1]).toBe("Every tool in the tools section already has its summary written under it.");
	});

	it("keeps the words the user wrote under a link and points to the replace command, which writes the vault tool note's summary over them", () => {
		const { app, plugin } = setUp({ "Tools/Ansoff Matrix.md": "---\ntype: tool\nsummary: Our growth grid.\n---\n" });
		const view = openNote(app, "Ventures/Pets.md", "## Tools\n- [[Ansoff Matrix]]\n  - Old words.\n");
		runCommand(plugin, "embed-tool-summaries");
		expect(view.editor.transactions).toHaveLength(0);
		expect(app.document.notices).toEqual(["Kept the summary that you wrote (Ansoff Matrix); nothing was embedded. To replace it, run “Replace tool summaries you wrote”."]);
		runCommand(plugin, "replace-tool-summaries");
		expect(view.editor.transactions).toHaveLength(1);
		expect(view.editor.getValue()).toBe("## Tools\n- [[Ansoff Matrix]]\n  - Our growth grid.\n");
		expect(app.document.notices[1]).toBe("Replaced 1 summary that you wrote.");
	});

	it("follows Obsidian's link resolution: a link to a note that is not a tool gets no summary", () => {
		const { app, plugin } = setUp({ "Notes/Ansoff Matrix.md": "My own page about something else." });
		const view = openNote(app, "Ventures/Pets.md", "## Tools\n- [[Ansoff Matrix]]\n");
		runCommand(plugin, "embed-tool-summaries");
		expect(view.editor.transactions).toHaveLength(0);
		expect(app.document.notices).toEqual(["No link in the tools section names a tool with a summary."]);
	});

	it("explains a note without a tools section and leaves it alone", () => {
		const { app, plugin } = setUp();
		const view = openNote(app, "Ventures/Pets.md", "# Pets\nWe use [[Ansoff Matrix]].");
		runCommand(plugin, "embed-tool-summaries");
		expect(view.editor.transactions).toHaveLength(0);
		expect(app.document.notices[0]).toMatch(/no tools section/);
	});
});

describe("keeping Reading views current", () => {
	beforeEach(() => jest.useFakeTimers());
	afterEach(() => jest.useRealTimers());

	it("renders open Reading views again once after a burst of tool-note changes, and leaves editing views alone", () => {
		const { app, catalog } = setUp();
		const reading = openNote(app, "a.md", "[[Grid]]", "preview");
		const editing = openNote(app, "b.md", "[[Grid]]", "source");
		for (let i = 0; i < 5; i++) catalog.update("Tools/Grid.md", `A grid, take ${i}.`);
		jest.runAllTimers();
		expect(reading.rerenders).toBe(1);
		expect(editing.rerenders).toBe(0);
	});

	it("stops listening to the catalog when the plugin unloads", () => {
		const { app, catalog, plugin } = setUp();
		const reading = openNote(app, "a.md", "[[Grid]]", "preview");
		plugin.unload();
		catalog.update("Tools/Grid.md", "A grid.");
		jest.runAllTimers();
		expect(reading.rerenders).toBe(0);
	});
});
