import { GraphNotes } from "../../src/logseq/graph-notes";
import { fakeLogseq } from "../logseq/fake-logseq";
import { pageOfFile } from "../support/logseq-page-file";
import { testHostContract, type HostRules } from "./host-contract";

/**
 * Logseq's rules: a page is named by its file's name (never its folder), `___` in it standing for the namespace `/` and
 * `%3F`-style escapes for characters a file system dislikes; a link names a page by its whole name, in any case; page
 * tags and properties are `key:: value` lines before the first bullet; a page is its blocks, written back as Logseq writes them.
 */
const LOGSEQ_RULES: HostRules = {
	pathOf: (file) => `${pageOfFile(file, "").name}.md`,
	tagged: (tag, body) => `tags:: ${tag}\n${body}`,
	withProperty: (key, value, body) => `${key}:: ${value}\n${body}`,
	notes: {
		"pages/profile-(id)___pricing_info.md": "- ## Definition\n  - How a venture sets its prices.",
		"pages/What%3F.md": "- A page whose name has a question mark",
		"journals/2026_12_01.md": "- A journal page with [[Pricing]]",
	},
	ownCases(start) {
		it("finds a namespaced page by its whole name in any case, from the file that joins its parts with ___", async () => {
			const h = await start();
			expect(["profile-(id)/pricing_info", "Profile-(ID)/Pricing_Info", "[[profile-(id)/pricing_info]]"].map((link) => h.notes.resolveLink(link, "x.md"))).toEqual(
				Array(3).fill("profile-(id)/pricing_info.md"),
			);
		});

		it("never finds a namespaced page by its last part, nor any page by its file's name or folder", async () => {
			const h = await start();
			expect(["pricing_info", "profile-(id)___pricing_info", "Profiles/Pricing", "pages/What%3F"].map((link) => h.notes.resolveLink(link, "x.md"))).toEqual([null, null, null, null]);
		});

		it("decodes the escapes of a file name: What%3F.md is the page What?", async () => {
			const h = await start();
			expect(h.notes.resolveLink("What?", "x.md")).toBe("What?.md");
			expect(await h.notes.read("What?.md")).toBe("- A page whose name has a question mark");
		});

		it("resolves a link the same from every page, with an alias or as a tag", async () => {
			const h = await start();
			expect(["Pricing|the price", "#Pricing", "  pricing  "].map((link) => h.notes.resolveLink(link, "2026_12_01.md"))).toEqual(Array(3).fill("Pricing.md"));
		});

		it("gives a page that is not an outline as the blocks Logseq makes of it", async () => {
			const h = await start();
			await h.write("pages/Plain.md", "# Plain\nA paragraph.");
			expect(await h.notes.read("Plain.md")).toBe("- # Plain\n  A paragraph.");
		});
	},
};

testHostContract(
	"Logseq (GraphNotes over the typed fake logseq)",
	async (notes, indexers) => {
		const fake = fakeLogseq({});
		const idOf = (file: string) => fake.store.page(pageOfFile(file, "").name)?.id;
		const addFile = (file: string, text: string) => {
			const { name, forest } = pageOfFile(file, text);
			fake.store.addPage(name, forest);
			return fake.store.page(name)?.id;
		};
		for (const [file, text] of Object.entries(notes)) addFile(file, text);
		const graph = new GraphNotes(fake.host.Editor, indexers);
		fake.host.DB.onChanged(({ blocks }) => void graph.changed(blocks));
		await graph.refresh();
		// Each action is one host transaction; the plugin hears of it through DB.onChanged and reads what it needs.
		const changed = async (id: number | undefined) => {
			fake.dbChanged(id === undefined ? [] : [{ id }]);
			await graph.settled();
		};
		return {
			notes: graph,
			write: async (file, text) => {
				fake.store.removePage(pageOfFile(file, "").name);
				await changed(addFile(file, text));
			},
			remove: async (file) => {
				const id = idOf(file);
				fake.store.removePage(pageOfFile(file, "").name);
				await changed(id);
			},
			rename: async (from, to) => {
				const id = idOf(from);
				fake.store.renamePage(pageOfFile(from, "").name, pageOfFile(to, "").name);
				await changed(id);
			},
		};
	},
	LOGSEQ_RULES,
);
