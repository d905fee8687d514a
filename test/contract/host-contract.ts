/**
 * The contract every host's implementation of the core's ports (src/core/ports.ts) passes: `NoteReader` (read notes,
 * resolve links) and the feeding of `NoteIndexer`s as notes are written, deleted and renamed. A host runs it with
 * `testHostContract(name, makeHost)`; see memory-vault.contract.test.ts and obsidian.contract.test.ts.
 */
import type { NoteIndexer, NoteMeta, NoteReader } from "../../src/core/ports";

/** A host as the contract drives it: its ports, and the user's actions on its notes, each settled when it resolves. */
export interface HostUnderTest {
	/** The host's `NoteReader`. */
	notes: NoteReader;
	/** Creates or changes a note as the user would; resolves once the host has told its indexers. */
	write(path: string, text: string): Promise<void>;
	/** Deletes a note. */
	remove(path: string): Promise<void>;
	/** Moves a note to a new path. */
	rename(from: string, to: string): Promise<void>;
}

/** Builds a host holding `notes` at start-up, feeding `indexers`; resolves once its first indexing is done. */
export type MakeHost = (notes: Readonly<Record<string, string>>, indexers: readonly NoteIndexer[]) => Promise<HostUnderTest>;

/** Wants profile pages (tagged #profile) and tool notes (`type: tool`); remembers the text and metadata it was given. */
class ProfilesAndTools implements NoteIndexer {
	readonly texts = new Map<string, string>();
	readonly metas = new Map<string, NoteMeta>();
	wants(note: NoteMeta): boolean {
		const wanted = note.tags.includes("profile") || note.frontmatter.type === "tool";
		if (wanted) this.metas.set(note.path, note);
		return wanted;
	}
	update(path: string, text: string): void {
		this.texts.set(path, text);
	}
	remove(path: string): void {
		this.texts.delete(path);
	}
	paths(): string[] {
		return [...this.texts.keys()].sort();
	}
}

const VAULT: Readonly<Record<string, string>> = {
	"Profiles/Pricing.md": "# #profile Pricing\n- ## Definition\n  How a venture sets its prices.\n",
	"Tools/Canvas.md": "---\ntype: tool\n---\n# Canvas\n",
	"Ventures/Pets.md": "# Pets\r\nSee [[Pricing]].\r\n",
	"Ventures/Notes.md": "# Notes in the venture folder\n",
	"Notes.md": "# Notes at the top\n",
	"Archive/Old/Notes.md": "# Notes deep down\n",
	"Odd/Mojibake.md": "- ## üîç Definition\n",
	"Odd/Empty.md": "",
};

/** Runs the host contract against the host `makeHost` builds. */
export function testHostContract(name: string, makeHost: MakeHost): void {
	describe(`${name}: the host contract`, () => {
		async function host() {
			const index = new ProfilesAndTools();
			return { index, host: await makeHost(VAULT, [index]) };
		}

		describe("NoteReader.read", () => {
			it("gives every note's text exactly as stored: CRLF, mojibake and empty notes included", async () => {
				const { host: h } = await host();
				for (const path of ["Ventures/Pets.md", "Odd/Mojibake.md", "Odd/Empty.md"]) expect(await h.notes.read(path)).toBe(VAULT[path]);
			});

			it("gives null for a path with no note", async () => {
				const { host: h } = await host();
				expect(await h.notes.read("Ventures/Missing.md")).toBeNull();
			});

			it("gives the new text after a write, and null after a delete or at the old path of a rename", async () => {
				const { host: h } = await host();
				await h.write("Ventures/Pets.md", "# Pets\nRewritten.");
				expect(await h.notes.read("Ventures/Pets.md")).toBe("# Pets\nRewritten.");
				await h.rename("Ventures/Pets.md", "Ventures/Animals.md");
				expect([await h.notes.read("Ventures/Pets.md"), await h.notes.read("Ventures/Animals.md")]).toEqual([null, "# Pets\nRewritten."]);
				await h.remove("Ventures/Animals.md");
				expect(await h.notes.read("Ventures/Animals.md")).toBeNull();
			});
		});

		describe("NoteReader.resolveLink", () => {
			it("finds a note by its name, whatever the case, with or without .md", async () => {
				const { host: h } = await host();
				expect(["Pricing", "pricing", "Pricing.md"].map((link) => h.notes.resolveLink(link, "Ventures/Pets.md"))).toEqual(Array(3).fill("Profiles/Pricing.md"));
			});

			it("finds a note by its path when the link names a folder", async () => {
				const { host: h } = await host();
				expect(h.notes.resolveLink("Archive/Old/Notes", "Ventures/Pets.md")).toBe("Archive/Old/Notes.md");
			});

			it("prefers the note in the linking note's folder, then the shortest path", async () => {
				const { host: h } = await host();
				expect(h.notes.resolveLink("Notes", "Ventures/Pets.md")).toBe("Ventures/Notes.md");
				expect(h.notes.resolveLink("Notes", "Profiles/Pricing.md")).toBe("Notes.md");
			});

			it("gives null for a link to no note, or an empty link", async () => {
				const { host: h } = await host();
				expect([h.notes.resolveLink("Nowhere", "Ventures/Pets.md"), h.notes.resolveLink("  ", "Ventures/Pets.md")]).toEqual([null, null]);
			});

			it("follows the vault: a new note resolves, a renamed one at its new path, a deleted one not at all", async () => {
				const { host: h } = await host();
				await h.write("Profiles/Channels.md", "# #profile Channels\n");
				expect(h.notes.resolveLink("Channels", "Ventures/Pets.md")).toBe("Profiles/Channels.md");
				await h.rename("Profiles/Channels.md", "Profiles/Sales channels.md");
				expect([h.notes.resolveLink("Channels", "x.md"), h.notes.resolveLink("Sales channels", "x.md")]).toEqual([null, "Profiles/Sales channels.md"]);
				await h.remove("Profiles/Sales channels.md");
				expect(h.notes.resolveLink("Sales channels", "x.md")).toBeNull();
			});
		});

		describe("feeding the indexers", () => {
			it("gives each indexer, at start-up, the text of exactly the notes it wants", async () => {
				const { index } = await host();
				expect(index.paths()).toEqual(["Profiles/Pricing.md", "Tools/Canvas.md"]);
				expect(index.texts.get("Tools/Canvas.md")).toBe(VAULT["Tools/Canvas.md"]);
			});

			it("shows an indexer a note's path, name, front matter and body tags to decide on", async () => {
				const { index } = await host();
				expect(index.metas.get("Tools/Canvas.md")).toMatchObject({ path: "Tools/Canvas.md", basename: "Canvas", frontmatter: { type: "tool" } });
				expect(index.metas.get("Profiles/Pricing.md")?.tags).toContain("profile");
			});

			it("follows writes: a note that becomes wanted is added, an edited one re-read, one no longer wanted removed", async () => {
				const { index, host: h } = await host();
				await h.write("Ventures/Pets.md", "# #profile Pets\n");
				await h.write("Tools/Canvas.md", "---\ntype: tool\n---\n# Canvas\nNine blocks.\n");
				await h.write("Profiles/Pricing.md", "# Just a page now\n");
				expect(index.paths()).toEqual(["Tools/Canvas.md", "Ventures/Pets.md"]);
				expect(index.texts.get("Tools/Canvas.md")).toContain("Nine blocks.");
			});

			it("follows deletes and renames", async () => {
				const { index, host: h } = await host();
				await h.remove("Tools/Canvas.md");
				await h.rename("Profiles/Pricing.md", "Profiles/Prices.md");
				expect(index.paths()).toEqual(["Profiles/Prices.md"]);
				expect(index.texts.get("Profiles/Prices.md")).toBe(VAULT["Profiles/Pricing.md"]);
			});
		});
	});
}
