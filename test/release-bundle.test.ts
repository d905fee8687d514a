/**
 * The main.js that ships (esbuild, then terser, as `npm run build` makes it) behaves as the sources do: loaded into the
 * same fake Obsidian, it inserts the same worksheet and its sidebar shows the same questions.
 */
import { spawnSync } from "node:child_process";
import InnCoPilotPlugin from "../src/main";
import * as obsidian from "./fakes/obsidian";
import { App, MarkdownView } from "./fakes/obsidian";

const BUILD_TIMEOUT_MS = 120_000;

/** The release main.js as text, built the way `npm run build` builds it (without writing main.js). */
function releaseBundle(): string {
	const script = 'import("./esbuild.config.mjs").then((config) => config.releaseBundleText()).then((code) => process.stdout.write(code))';
	const built = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
	if (built.status !== 0) throw new Error(`the release build failed:\n${built.stderr}`);
	return built.stdout;
}

/** The plugin class of `code`, evaluated as Obsidian evaluates a plugin (one function around it), over the fakes. */
function pluginClassOf(code: string): typeof InnCoPilotPlugin {
	const module = { exports: {} as { default?: typeof InnCoPilotPlugin } };
	const host = (name: string): unknown => (name === "obsidian" ? obsidian : jest.requireActual(name));
	// eslint-disable-next-line @typescript-eslint/no-implied-eval -- our own build output, evaluated as Obsidian evaluates a plugin
	const evaluate = new Function("module", "exports", "require", code) as (module: unknown, exports: unknown, require: (name: string) => unknown) => void;
	evaluate(module, module.exports, host);
	const exported = module.exports.default ?? (module.exports as unknown as typeof InnCoPilotPlugin);
	return exported;
}

/** What a user sees after inserting the Sales strategy worksheet and opening the sidebar, with the plugin `Plugin`. */
async function journey(Plugin: typeof InnCoPilotPlugin): Promise<{ note: string; selected: string; sidebar: string; commands: string[] }> {
	const app = new App();
	app.vault.write("Ventures/Pets.md", "# Pets\n\nWe rent animals for a weekend.\n");
	app.workspace.finishLayout();
	const plugin = new Plugin(app as never, { id: "inncopilot", name: "innCoPilot", version: "0.0.0", dir: ".obsidian/plugins/inncopilot" } as never);
	await plugin.onload();
	const view = await app.openNote("Ventures/Pets.md");
	view.editor.setCursor({ line: 3, ch: 0 });
	const commands = (plugin as unknown as obsidian.Plugin).commands;
	const run = (id: string) => {
		const command = commands.find((each) => each.id === id);
		if (!command) throw new Error(`no command ${id}`);
		if (command.callback) command.callback();
		else command.editorCallback?.(view.editor, view);
	};
	run("insert-profile-template");
	const picker = app.modals[app.modals.length - 1] as unknown as { suggestionsFor(query: string): { item: { profile: { name: string } } }[]; onChooseSuggestion(match: unknown, evt: unknown): void };
	const match = picker.suggestionsFor("Sales strategy").find((each) => each.item.profile.name === "Sales strategy");
	picker.onChooseSuggestion(match, {});
	await until(() => view.editor.getValue().includes("## Sales strategy"));
	run("open-copilot-sidebar");
	const sidebar = () => {
		const leaf = app.workspace.leaves.find((each) => each.view !== null && !(each.view instanceof MarkdownView) && each.view.getViewType?.() === "inncopilot-copilot");
		return leaf ? (leaf.view as unknown as { containerEl: obsidian.FakeElement }).containerEl.allText().join("\n") : "";
	};
	await until(() => sidebar().includes("?"));
	const { state } = view.editor.cm;
	const result = { note: state.doc.toString(), selected: state.sliceDoc(state.selection.main.from, state.selection.main.to), sidebar: sidebar(), commands: commands.map((each) => each.id) };
	plugin.unload();
	return result;
}

/** Waits (on real time, up to two seconds) until `done` holds. */
async function until(done: () => boolean): Promise<void> {
	for (let waited = 0; waited < 2000 && !done(); waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
	if (!done()) throw new Error("timed out");
}

describe("the release main.js", () => {
	it(
		"inserts the same worksheet and shows the same sidebar as the sources",
		async () => {
			const shipped = await journey(pluginClassOf(releaseBundle()));
			const sources = await journey(InnCoPilotPlugin);
			expect(sources.note).toContain("## Sales strategy");
			expect(sources.sidebar).toContain("What are the key stages or touchpoints in the stakeholder's journey with our business?");
			expect(shipped).toEqual(sources);
		},
		BUILD_TIMEOUT_MS,
	);
});
