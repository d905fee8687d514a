import { ProfileCatalog } from "../../../src/core/catalog/profile-catalog";
import { MemoryVault } from "../../../src/core/host/memory-vault";
import { bundledProfiles } from "../../../src/core/library/profiles";
import type { NoteIndexer, NoteMeta } from "../../../src/core/ports";

/** Wants notes of `type: tool` and remembers the texts it was given. */
class ToolNotes implements NoteIndexer {
	readonly texts = new Map<string, string>();
	wants(note: NoteMeta): boolean {
		return note.frontmatter.type === "tool";
	}
	update(path: string, text: string): void {
		this.texts.set(path, text);
	}
	remove(path: string): void {
		this.texts.delete(path);
	}
}

const TOOL = "---\ntype: tool\n---\n# Canvas\n";

describe("MemoryVault", () => {
	it("gives an index only the notes it wants", () => {
		const tools = new ToolNotes();
		const vault = new MemoryVault([tools]);
		vault.write("Tools/Canvas.md", TOOL);
		vault.write("Ventures/Pets.md", "# Pets\n");
		vault.write("Tools/picture.png", TOOL);
		expect([...tools.texts.keys()]).toEqual(["Tools/Canvas.md"]);
		expect(vault.paths()).toEqual(["Tools/Canvas.md", "Tools/picture.png", "Ventures/Pets.md"]);
	});

	it("follows edits, including a note that stops being wanted", () => {
		const tools = new ToolNotes();
		const vault = new MemoryVault([tools]);
		vault.write("Tools/Canvas.md", TOOL);
		vault.write("Tools/Canvas.md", `${TOOL}Nine blocks.\n`);
		expect(tools.texts.get("Tools/Canvas.md")).toContain("Nine blocks.");
		vault.write("Tools/Canvas.md", "# Just a note\n");
		expect(tools.texts.size).toBe(0);
	});

	it("forgets deleted notes and moves renamed ones, never over another note", () => {
		const tools = new ToolNotes();
		const vault = new MemoryVault([tools]);
		vault.write("Tools/Canvas.md", TOOL);
		vault.write("Tools/Other.md", "other");
		expect(vault.rename("Tools/Canvas.md", "Tools/Other.md")).toEqual({ ok: false, error: "A note already exists at Tools/Other.md." });
		expect(vault.read("Tools/Other.md")).toBe("other");
		expect(vault.rename("Tools/Canvas.md", "Tools/BMC.md").ok).toBe(true);
		expect([...tools.texts.keys()]).toEqual(["Tools/BMC.md"]);
		expect(vault.remove("Tools/BMC.md")).toBe(true);
		expect(vault.remove("Tools/BMC.md")).toBe(false);
		expect(tools.texts.size).toBe(0);
		expect(vault.read("Tools/BMC.md")).toBeNull();
	});

	it("tells listeners which note changed, and nothing when a write changes nothing", () => {
		const vault = new MemoryVault();
		const heard: string[] = [];
		const stop = vault.onChange((path) => heard.push(path));
		vault.write("a.md", "one");
		vault.write("a.md", "one");
		vault.remove("a.md");
		stop();
		vault.write("b.md", "two");
		expect(heard).toEqual(["a.md", "a.md"]);
	});

	it("asks the indexes again when their rule changes", () => {
		let folder = "Profiles";
		const catalog = new ProfileCatalog(bundledProfiles, { profilesFolder: () => folder });
		const vault = new MemoryVault([catalog]);
		vault.write("Concepts/Pricing.md", "# Pricing\n## Definition\nHow prices are set.\n");
		expect(catalog.byName("Pricing")).toBeUndefined();
		folder = "Concepts";
		vault.reindex();
		expect(catalog.byName("pricing")?.path).toBe("Concepts/Pricing.md");
	});

	it("resolves links as Obsidian does: any case, same folder first, then the shortest path, or a full path", () => {
		const vault = new MemoryVault();
		for (const path of ["Archive/Old/Sales strategy.md", "Profiles/Sales strategy.md", "Ventures/Sales strategy.md", "Ventures/Pets.md"]) {
			vault.write(path, "x");
		}
		expect(vault.resolveLink("sales STRATEGY", "Ventures/Pets.md")).toBe("Ventures/Sales strategy.md");
		expect(vault.resolveLink("Sales strategy", "Home.md")).toBe("Profiles/Sales strategy.md");
		expect(vault.resolveLink("Archive/Old/Sales strategy", "Home.md")).toBe("Archive/Old/Sales strategy.md");
		expect(vault.resolveLink("Missing", "Home.md")).toBeNull();
		expect(vault.resolveLink("  ", "Home.md")).toBeNull();
	});
});
