import { App, Plugin } from "../fakes/obsidian";
import type { NoteIndexer, NoteMeta } from "../../src/core/ports";
import { VaultIndex } from "../../src/obsidian/vault-index";

/** An in-memory indexer that wants notes tagged #profile and remembers their text. */
class TaggedNotes implements NoteIndexer {
	readonly texts = new Map<string, string>();
	wants(note: NoteMeta): boolean {
		return note.tags.includes("profile");
	}
	update(path: string, text: string): void {
		this.texts.set(path, text);
	}
	remove(path: string): void {
		this.texts.delete(path);
	}
	prepare?: (count: number) => boolean;
}

async function setUp(notes: Record<string, string>) {
	const app = new App();
	for (const [path, text] of Object.entries(notes)) app.vault.seed(path, text);
	const plugin = new Plugin(app);
	const index = new TaggedNotes();
	const vaultIndex = new VaultIndex(app as never, plugin as never, [index]);
	plugin.load();
	vaultIndex.load();
	return { app, plugin, index, vaultIndex };
}

describe("VaultIndex", () => {
	it("reads nothing before the layout is ready", async () => {
		const { app, index } = await setUp({ "a.md": "# #profile A" });
		await Promise.resolve();
		expect(app.vault.reads).toBe(0);
		expect(index.texts.size).toBe(0);
	});

	it("reads only the notes an indexer wants, once the layout is ready", async () => {
		const { app, index, vaultIndex } = await setUp({ "a.md": "# #profile A", "b.md": "plain note", "c.png": "binary" });
		app.workspace.finishLayout();
		await vaultIndex.whenBuilt();
		expect([...index.texts.keys()]).toEqual(["a.md"]);
		expect(app.vault.reads).toBe(1);
	});

	it("after the build, lets an indexer read ahead in slices until it has nothing left", async () => {
		const { app, index, vaultIndex } = await setUp({ "a.md": "# #profile A" });
		const slices: number[] = [];
		let left = 3;
		index.prepare = (count: number) => {
			slices.push(count);
			left = Math.max(0, left - 1);
			return left > 0;
		};
		app.workspace.finishLayout();
		await vaultIndex.whenBuilt();
		expect(slices).toEqual([5, 5, 5]);
	});

	it("follows edits, including a note that stops being wanted", async () => {
		const { app, index, vaultIndex } = await setUp({ "a.md": "# #profile A", "b.md": "plain" });
		app.workspace.finishLayout();
		await vaultIndex.whenBuilt();
		app.metadataCache.edit(app.vault, "b.md", "now a #profile");
		app.metadataCache.edit(app.vault, "a.md", "no longer tagged");
		expect([...index.texts.entries()]).toEqual([["b.md", "now a #profile"]]);
	});

	it("forgets deleted notes and moves renamed ones", async () => {
		const { app, index, vaultIndex } = await setUp({ "a.md": "#profile a", "b.md": "#profile b" });
		app.workspace.finishLayout();
		await vaultIndex.whenBuilt();
		app.vault.remove("a.md");
		app.vault.move("b.md", "Profiles/b.md");
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect([...index.texts.keys()]).toEqual(["Profiles/b.md"]);
	});

	it("re-sorts every note when asked to rebuild, as after a folder setting changes", async () => {
		const { app, index, vaultIndex } = await setUp({ "a.md": "#profile a", "b.md": "plain" });
		app.workspace.finishLayout();
		await vaultIndex.whenBuilt();
		app.vault.files.get("a.md")!.text = "no tag any more";
		app.vault.files.get("b.md")!.text = "#profile b";
		await vaultIndex.rebuild();
		expect([...index.texts.keys()]).toEqual(["b.md"]);
	});

	it("reads only the wanted notes and asks no index to forget a note on the first build, as none holds any yet", async () => {
		const { app, index, vaultIndex } = await setUp({ "a.md": "#profile a", "b.md": "plain", "c.md": "plain too" });
		const forgotten: string[] = [];
		const remove = index.remove.bind(index);
		index.remove = (path: string) => {
			forgotten.push(path);
			remove(path);
		};
		app.workspace.finishLayout();
		await vaultIndex.whenBuilt();
		expect(app.vault.reads).toBe(1);
		expect(forgotten).toEqual([]);
		await vaultIndex.rebuild();
		expect(forgotten).toEqual(["b.md", "c.md"]);
	});

	it("rebuilds when the watched key changes, and not on other changes", async () => {
		const { app, index, vaultIndex } = await setUp({ "a.md": "plain" });
		app.workspace.finishLayout();
		await vaultIndex.whenBuilt();
		const listeners: (() => void)[] = [];
		let folder = "Profiles";
		vaultIndex.rebuildWhenChanged((listener) => (listeners.push(listener), () => undefined), () => folder);
		app.vault.files.get("a.md")!.text = "#profile now";
		listeners.forEach((listener) => listener());
		await vaultIndex.whenBuilt();
		expect(index.texts.size).toBe(0);
		folder = "Concepts";
		listeners.forEach((listener) => listener());
		await vaultIndex.whenBuilt();
		expect([...index.texts.keys()]).toEqual(["a.md"]);
	});

	it("stops listening when the plugin unloads", async () => {
		const { app, plugin, index, vaultIndex } = await setUp({ "a.md": "#profile a" });
		app.workspace.finishLayout();
		await vaultIndex.whenBuilt();
		plugin.unload();
		expect(app.metadataCache.listenerCount("changed")).toBe(0);
		expect(app.vault.listenerCount("delete")).toBe(0);
		app.vault.remove("a.md");
		expect(index.texts.has("a.md")).toBe(true);
	});
});
