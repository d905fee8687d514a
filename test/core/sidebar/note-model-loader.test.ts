import { ProfileCatalog } from "../../../src/core/catalog/profile-catalog";
import { MemoryVault } from "../../../src/core/host/memory-vault";
import type { NoteReader } from "../../../src/core/ports";
import { NoteModelLoader, type LoadedNote } from "../../../src/core/sidebar";

const PRICING = "---\ntype: profile\n---\n# Pricing\n## Definition\nHow a venture sets its prices.\n## Keys\n- [[Willingness to pay]]\n- [[Rivals]]\n## innCoPilot\n- What do customers pay today?\n";
const PETS = "# Pets\nSee [[Pricing]].";

/** A vault holding the Pricing profile, its key page and a venture that links to it, and a loader over it. */
function setUp(notes: Record<string, string> = {}) {
	const catalog = new ProfileCatalog(() => [], { profilesFolder: () => "Profiles" });
	const vault = new MemoryVault([catalog]);
	const all = { "Profiles/Pricing.md": PRICING, "Keys/Willingness to pay.md": "- #question Who pays the most?", "Ventures/Pets.md": PETS, ...notes };
	for (const [path, text] of Object.entries(all)) vault.write(path, text);
	return { vault, catalog };
}

/** Each card's name, then its groups as "title: questions". */
function shown(loaded: LoadedNote): string[] {
	return loaded.model.cards.flatMap((card) => [card.name, ...card.groups.map((group) => `${group.title}: ${group.questions.map((q) => q.text).join(" | ")}`)]);
}

describe("NoteModelLoader", () => {
	it("builds the note's model with the questions of the key pages its profiles name, and says which pages it read", async () => {
		const { vault, catalog } = setUp();
		const loaded = await new NoteModelLoader(catalog, vault).load("Ventures/Pets.md", PETS);
		expect(shown(loaded)).toEqual(["Pricing", "Copilot questions: What do customers pay today?", "Willingness to pay: Who pays the most?"]);
		expect(loaded.applied.map((each) => [each.profile.name, each.reason])).toEqual([["Pricing", "linked"]]);
		expect([...loaded.keyPaths]).toEqual(["Keys/Willingness to pay.md"]);
	});

	it("follows a key link from the profile's page, as it opens there, not from the note shown", async () => {
		const { vault, catalog } = setUp({
			"Profiles/Willingness to pay.md": "- #question Beside the profile?",
			"Ventures/Willingness to pay.md": "- #question Beside the venture?",
		});
		const loaded = await new NoteModelLoader(catalog, vault).load("Ventures/Pets.md", PETS);
		expect(shown(loaded)).toContain("Willingness to pay: Beside the profile?");
		expect([...loaded.keyPaths]).toEqual(["Profiles/Willingness to pay.md"]);
	});

	it("skips a key whose link opens no Markdown note, and waits for a host that answers later", async () => {
		const { vault, catalog } = setUp();
		const reads: string[] = [];
		const host: NoteReader = {
			resolveLink: (target, from) => (target === "Rivals" ? "Keys/Rivals.pdf" : vault.resolveLink(target, from)),
			read: (path) => {
				reads.push(path);
				return Promise.resolve(path.endsWith(".md") ? vault.read(path) : null);
			},
		};
		const loaded = await new NoteModelLoader(catalog, host).load("Ventures/Pets.md", PETS);
		expect(reads).toEqual(["Keys/Willingness to pay.md", "Keys/Rivals.pdf"]);
		expect(shown(loaded)).toEqual(["Pricing", "Copilot questions: What do customers pay today?", "Willingness to pay: Who pays the most?"]);
		expect([...loaded.keyPaths]).toEqual(["Keys/Willingness to pay.md"]);
	});

	it("shows a key page's new questions once its text changes, with the same loader", async () => {
		const { vault, catalog } = setUp();
		const loader = new NoteModelLoader(catalog, vault);
		await loader.load("Ventures/Pets.md", PETS);
		vault.write("Keys/Willingness to pay.md", "- #question Who pays late?");
		expect(shown(await loader.load("Ventures/Pets.md", PETS))).toContain("Willingness to pay: Who pays late?");
	});

	it("reads a key that two of the note's profiles share once", async () => {
		const { vault, catalog } = setUp({ "Profiles/Discounts.md": PRICING.replace("# Pricing", "# Discounts") });
		const reads: string[] = [];
		const host: NoteReader = { resolveLink: (target, from) => vault.resolveLink(target, from), read: (path) => (reads.push(path), vault.read(path)) };
		const text = "# Pets\nSee [[Pricing]] and [[Discounts]].";
		const loaded = await new NoteModelLoader(catalog, host).load("Ventures/Pets.md", text);
		expect(loaded.model.cards.map((card) => card.name)).toEqual(["Pricing", "Discounts"]);
		expect(reads).toEqual(["Keys/Willingness to pay.md"]);
	});

	it("reads a profile page itself from the text given, not from the vault", async () => {
		const { vault, catalog } = setUp();
		const typed = PRICING.replace("- What do customers pay today?", "- What do customers pay tomorrow?");
		const loaded = await new NoteModelLoader(catalog, vault).load("Profiles/Pricing.md", typed);
		expect(loaded.model.cards[0]).toMatchObject({ name: "Pricing", reason: "page" });
		expect(shown(loaded)[1]).toBe("Copilot questions: What do customers pay tomorrow?");
	});

	it("follows the links of a long note through edits, a renamed target, another note and a new profile, with the same loader", async () => {
		const { vault, catalog } = setUp();
		const loader = new NoteModelLoader(catalog, vault);
		const cards = async (path: string, text: string) => (await loader.load(path, text)).model.cards.map((card) => card.name);
		const body = "Paragraph about rabbits, see [[Rabbits]].\n".repeat(3000);
		const note = `# Pets\n${body}See [[Pricing]].\n${body}`;
		expect(await cards("Ventures/Pets.md", note)).toEqual(["Pricing"]);
		expect(await cards("Ventures/Pets.md", note.replace("[[Pricing]]", "[[Pricing plan]]"))).toEqual([]);
		vault.write("Profiles/Pricing plan.md", PRICING.replace("# Pricing", "# Pricing plan"));
		expect(await cards("Ventures/Pets.md", note.replace("[[Pricing]]", "[[Pricing plan]]"))).toEqual(["Pricing plan"]);
		expect(await cards("Ventures/Pets.md", note.replace("```", "").replace("See [[Pricing]]", "```\nSee [[Pricing]]"))).toEqual([]);
		expect(await cards("Ventures/Other.md", `# Other\n${body}[[Pricing plan]] [[Pricing]]`)).toEqual(["Pricing plan", "Pricing"]);
		expect(await cards("Ventures/Pets.md", note)).toEqual(["Pricing"]);
	});
});
