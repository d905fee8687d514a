/**
 * The contract every host's implementation of the core's ports (src/core/ports.ts) passes: `NoteReader` (read notes,
 * resolve links) and the feeding of `NoteIndexer`s as notes are written, deleted and renamed. A host runs it with
 * `testHostContract(name, makeHost, rules)`, where `rules` say what legitimately differs between hosts (how a page is
 * tagged, what a note is named, how links find notes); see memory-vault, obsidian and logseq.contract.test.ts.
 */
import type { NoteIndexer, NoteMeta, NoteReader } from "../../src/core/ports";

/** A host as the contract drives it: its ports, and the user's actions on its notes, each settled when it resolves. */
export interface HostUnderTest {
	/** The host's `NoteReader`. */
	notes: NoteReader;
	/** Creates or changes the note stored in the file `path`, as the user would; resolves once the host has told its indexers. */
	write(path: string, text: string): Promise<void>;
	/** Deletes a note. */
	remove(path: string): Promise<void>;
	/** Moves a note to a new file (in Logseq: renames its page, which renames its file). */
	rename(from: string, to: string): Promise<void>;
}

/** Builds a host holding `notes` (texts by file path) at start-up, feeding `indexers`; resolves once its first indexing is done. */
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

/** What a host does its own way; everything else in the contract holds for every host alike. */
export interface HostRules {
	/** The path the host gives the note stored in the file `file` (Obsidian: the file's path; Logseq: its page name + ".md"). */
	pathOf: (file: string) => string;
	/** A page tagged `tag`, in this host's markup, with `body` (an outline) under it. */
	tagged: (tag: string, body: string) => string;
	/** A page with the property `key` set to `value`, in this host's markup, with `body` under it. */
	withProperty: (key: string, value: string, body: string) => string;
	/** Notes only this host's own cases need, by file path. */
	notes: Readonly<Record<string, string>>;
	/** The cases only this host has (reading and links); `start` builds the host over the shared notes and `notes`. */
	ownCases(start: () => Promise<HostUnderTest>): void;
}

/**
 * Obsidian's rules (the in-memory vault follows them too): a `#tag` in the body tags the note, front matter holds its
 * properties, and a link names a note by its file name or its path, nearest first.
 */
export const OBSIDIAN_RULES: HostRules = {
	pathOf: (file) => file,
	tagged: (tag, body) => `- #${tag}\n${body}`,
	withProperty: (key, value, body) => `---\n${key}: ${value}\n---\n${body}`,
	notes: {
		"Ventures/Notes.md": "- Notes in the venture folder",
		"Notes.md": "- Notes at the top",
		"Archive/Old/Notes.md": "- Notes deep down",
		"Ventures/Crlf.md": "# Pets\r\nSee [[Pricing]].\r\n",
	},
	ownCases(start) {
		it("gives a note's text exactly as stored, CRLF and a last newline included", async () => {
			const h = await start();
			expect(await h.notes.read("Ventures/Crlf.md")).toBe("# Pets\r\nSee [[Pricing]].\r\n");
		});

		it("finds a note by its file name with .md", async () => {
			const h = await start();
			expect(h.notes.resolveLink("Pricing.md", "Ventures/Pets.md")).toBe("Profiles/Pricing.md");
		});

		it("finds a note by its path when the link names a folder", async () => {
			const h = await start();
			expect(h.notes.resolveLink("Archive/Old/Notes", "Ventures/Pets.md")).toBe("Archive/Old/Notes.md");
		});

		it("prefers the note in the linking note's folder, then the shortest path", async () => {
			const h = await start();
			expect(h.notes.resolveLink("Notes", "Ventures/Pets.md")).toBe("Ventures/Notes.md");
			expect(h.notes.resolveLink("Notes", "Profiles/Pricing.md")).toBe("Notes.md");
		});
	},
};

/** The notes every host starts with, by file path; `rules` write the tag and the property their own way. */
function sharedNotes(rules: HostRules): Record<string, string> {
	return {
		"Profiles/Pricing.md": rules.tagged("profile", "- ## Definition\n  - How a venture sets its prices."),
		"Tools/Canvas.md": rules.withProperty("type", "tool", "- # Canvas"),
		"Ventures/Pets.md": "- # Pets\n  See [[Pricing]].",
		"Odd/Mojibake.md": "- ## üîç Definition",
		"Odd/Empty.md": "",
	};
}

/** Runs the host contract against the host `makeHost` builds. */
export function testHostContract(name: string, makeHost: MakeHost, rules: HostRules): void {
	const VAULT = { ...sharedNotes(rules), ...rules.notes };
	const at = rules.pathOf;
	describe(`${name}: the host contract`, () => {
		async function host() {
			const index = new ProfilesAndTools();
			return { index, host: await makeHost(VAULT, [index]) };
		}

		describe("NoteReader.read", () => {
			it("gives every note's text as stored: outlines, mojibake and empty notes included", async () => {
				const { host: h } = await host();
				for (const file of ["Ventures/Pets.md", "Odd/Mojibake.md", "Odd/Empty.md", "Profiles/Pricing.md"]) expect(await h.notes.read(at(file))).toBe(VAULT[file]);
			});

			it("gives null for a path with no note", async () => {
				const { host: h } = await host();
				expect(await h.notes.read(at("Ventures/Missing.md"))).toBeNull();
			});

			it("gives the new text after a write, and null after a delete or at the old path of a rename", async () => {
				const { host: h } = await host();
				await h.write("Ventures/Pets.md", "- # Pets\n  Rewritten.");
				expect(await h.notes.read(at("Ventures/Pets.md"))).toBe("- # Pets\n  Rewritten.");
				await h.rename("Ventures/Pets.md", "Ventures/Animals.md");
				expect([await h.notes.read(at("Ventures/Pets.md")), await h.notes.read(at("Ventures/Animals.md"))]).toEqual([null, "- # Pets\n  Rewritten."]);
				await h.remove("Ventures/Animals.md");
				expect(await h.notes.read(at("Ventures/Animals.md"))).toBeNull();
			});
		});

		describe("NoteReader.resolveLink", () => {
			it("finds a note by its name, whatever the case", async () => {
				const { host: h } = await host();
				expect(["Pricing", "pricing", "PRICING"].map((link) => h.notes.resolveLink(link, at("Ventures/Pets.md")))).toEqual(Array(3).fill(at("Profiles/Pricing.md")));
			});

			it("gives null for a link to no note, or an empty link", async () => {
				const { host: h } = await host();
				expect([h.notes.resolveLink("Nowhere", at("Ventures/Pets.md")), h.notes.resolveLink("  ", at("Ventures/Pets.md"))]).toEqual([null, null]);
			});

			it("follows the vault: a new note resolves, a renamed one at its new path, a deleted one not at all", async () => {
				const { host: h } = await host();
				await h.write("Profiles/Channels.md", rules.tagged("profile", "- Channels"));
				expect(h.notes.resolveLink("Channels", at("Ventures/Pets.md"))).toBe(at("Profiles/Channels.md"));
				await h.rename("Profiles/Channels.md", "Profiles/Sales channels.md");
				expect([h.notes.resolveLink("Channels", "x.md"), h.notes.resolveLink("Sales channels", "x.md")]).toEqual([null, at("Profiles/Sales channels.md")]);
				await h.remove("Profiles/Sales channels.md");
				expect(h.notes.resolveLink("Sales channels", "x.md")).toBeNull();
			});
		});

		describe("what this host alone does", () => rules.ownCases(async () => (await host()).host));

		describe("feeding the indexers", () => {
			it("gives each indexer, at start-up, the text of exactly the notes it wants", async () => {
				const { index } = await host();
				expect(index.paths()).toEqual([at("Profiles/Pricing.md"), at("Tools/Canvas.md")].sort());
				expect(index.texts.get(at("Tools/Canvas.md"))).toBe(VAULT["Tools/Canvas.md"]);
			});

			it("shows an indexer a note's path, name, properties and tags to decide on", async () => {
				const { index } = await host();
				expect(index.metas.get(at("Tools/Canvas.md"))).toMatchObject({ path: at("Tools/Canvas.md"), basename: "Canvas", frontmatter: { type: "tool" } });
				expect(index.metas.get(at("Profiles/Pricing.md"))?.tags).toContain("profile");
			});

			it("follows writes: a note that becomes wanted is added, an edited one re-read, one no longer wanted removed", async () => {
				const { index, host: h } = await host();
				await h.write("Ventures/Pets.md", rules.tagged("profile", "- # Pets"));
				await h.write("Tools/Canvas.md", rules.withProperty("type", "tool", "- # Canvas\n  - Nine blocks."));
				await h.write("Profiles/Pricing.md", "- # Just a page now");
				expect(index.paths()).toEqual([at("Tools/Canvas.md"), at("Ventures/Pets.md")].sort());
				expect(index.texts.get(at("Tools/Canvas.md"))).toContain("Nine blocks.");
			});

			it("follows deletes and renames", async () => {
				const { index, host: h } = await host();
				await h.remove("Tools/Canvas.md");
				await h.rename("Profiles/Pricing.md", "Profiles/Prices.md");
				expect(index.paths()).toEqual([at("Profiles/Prices.md")]);
				expect(index.texts.get(at("Profiles/Prices.md"))).toBe(VAULT["Profiles/Pricing.md"]);
			});
		});
	});
}
