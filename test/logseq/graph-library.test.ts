import type { CatalogProfile } from "../../src/core/catalog/profile-catalog";
import { visibleText } from "../../src/core/logseq/page-blocks";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { NoteModelLoader } from "../../src/core/sidebar/note-model-loader";
import { GraphLibrary } from "../../src/logseq/graph-library";
import { demoGraph } from "../support/graph-files";
import type { EntityBlock, SeedBlock } from "../support/logseq-block-store";
import { pageOfFile } from "../support/logseq-page-file";
import { callsTo, fakeLogseq } from "./fake-logseq";
import { settle, startOnFake } from "./plugin-fixture";

const VENTURE = "Night market stall plan";

/** The demo vault's innBoK graph (demo-vault/graph/pages and journals) as Logseq pages, each named by its file as the graph parser names it, and a venture page. */
function innbokGraph(venture: SeedBlock[] = [{ content: "Notes" }]): Record<string, SeedBlock[]> {
	const pages: Record<string, SeedBlock[]> = { [VENTURE]: venture };
	for (const [path, text] of demoGraph()) {
		if (!path.endsWith(".md")) continue;
		const { name, forest } = pageOfFile(path, text);
		pages[name] = forest;
	}
	return pages;
}

const byName = (name: string) => (entries: readonly CatalogProfile[]) => entries.find((entry) => entry.profile.name === name) ?? null;

/** The texts of a block and its descendants, depth first, property lines left out. */
function outline(blocks: readonly EntityBlock[]): string[] {
	return blocks.flatMap((block) => [visibleText(block), ...outline(block.children)]);
}

describe("the Logseq graph's innBoK pages as the profile library", () => {
	it("offers the graph's profile pages by their readable names, and none of its example, key, class, topic or journal pages", async () => {
		const fake = startOnFake(innbokGraph(), () => null);
		fake.store.editing = fake.store.tree(VENTURE)?.[0].uuid ?? null;
		await fake.palette("insert-profile-template");
		await settle();
		const offered = fake.offered[0];
		expect(offered).toEqual(expect.arrayContaining(["Pricing", "Sales channels", "Customer segments", "Sales strategy"]));
		for (const other of ["Night market stall", "Seed library", "Price sensitivity", "Cost floor", "Reach", "Who pays?", "Offer", "Revenue", "Reading guide", "2026_11_30", "Pricing_info"]) {
			expect(offered).not.toContain(other);
		}
		expect(offered.some((name) => /___|profile-\(|\//.test(name))).toBe(false);
	});

	it("inserts a graph profile's definition, its examples' shared steps and its key questions, heaviest key first, in one insertBatchBlock", async () => {
		const fake = startOnFake(innbokGraph(), byName("Pricing"));
		fake.store.editing = fake.store.tree(VENTURE)?.[0].uuid ?? null;
		await fake.palette("insert-profile-template");
		await settle();
		expect(callsTo(fake, "Editor.insertBatchBlock")).toHaveLength(1);
		const worksheet = fake.store.tree(VENTURE)?.[1];
		const lines = outline(worksheet ? [worksheet] : []);
		expect(lines[0]).toBe("## Pricing");
		const text = lines.join("\n");
		expect(text).toContain("the amount a customer gives up in exchange for an offer");
		const costFloor = text.indexOf("What does one more sale cost us, materials and time together?");
		const walkAway = text.indexOf("How much would a customer pay before walking away?");
		expect(costFloor).toBeGreaterThan(-1);
		expect(walkAway).toBeGreaterThan(costFloor);
		expect(text).toContain("Which cheaper alternative does the customer compare us with?");
		expect(text).not.toMatch(/\{\{embed|\[\[\*\*\]\]|profile-\(id\)/);
	});

	it("reads the graph only when the library is first needed, and each page once", async () => {
		const fake = fakeLogseq(innbokGraph());
		const library = new GraphLibrary(fake.host.Editor, () => DEFAULT_SETTINGS);
		expect(fake.calls).toEqual([]);
		await library.profiles();
		const reads = callsTo(fake, "Editor.getPageBlocksTree").map((call) => call.args[0]);
		expect(reads).toHaveLength(fake.store.allPages().length);
		expect(new Set(reads).size).toBe(reads.length);
		await library.profiles();
		expect(callsTo(fake, "Editor.getPageBlocksTree")).toHaveLength(reads.length);
	});

	it("gives the copilot panel, on a venture page naming a graph profile, that profile's key questions by key with the key's weight", async () => {
		const fake = fakeLogseq(innbokGraph([{ content: "profiles:: [[Pricing]]" }, { content: "We sell seedlings at the night market." }]));
		const library = new GraphLibrary(fake.host.Editor, () => DEFAULT_SETTINGS);
		await library.profiles();
		const path = `${VENTURE}.md`;
		const { model } = await new NoteModelLoader(library.catalog, library.notes).load(path, await library.text(VENTURE));
		expect(model.cards.map((card) => card.name)).toEqual(["Pricing"]);
		const groups = model.cards[0].groups.filter((group) => group.key !== null);
		expect(groups.map((group) => [group.title, group.weight])).toEqual([["Cost floor", 60], ["Price sensitivity", 35]]);
		expect(groups[1].questions.map((question) => question.text)).toEqual([
			"How much would a customer pay before walking away?",
			"Which cheaper alternative does the customer compare us with?",
		]);
	});

	it("reads a changed example page again, and the profile shows its new text", async () => {
		const fake = fakeLogseq(innbokGraph());
		const library = new GraphLibrary(fake.host.Editor, () => DEFAULT_SETTINGS);
		const pricing = (await library.profiles()).find((entry) => entry.profile.name === "Pricing");
		expect(pricing?.profile.examples.map((example) => example.title)).toEqual(["Night market stall", "Seed library"]);
		const example = "profile-(id)/pricing/examples/Seed library";
		const page = fake.store.page(example);
		fake.store.removePage(example);
		fake.store.addPage(example, [{ content: "Members pay what they can, from one seed packet up." }]);
		const reads = callsTo(fake, "Editor.getPageBlocksTree").length;
		await library.notes.changed([{ id: fake.store.page(example)?.id ?? -1 }, { id: page?.id ?? -1 }]);
		expect(callsTo(fake, "Editor.getPageBlocksTree").slice(reads).map((call) => call.args[0])).toEqual([example]);
		const again = library.catalog.byName("Pricing");
		expect(again?.profile.examples.find((each) => each.title === "Seed library")?.body).toBe("- Members pay what they can, from one seed packet up.");
	});
	it("reads the whole graph again when the profiles folder setting changes, so that its pages become profiles", async () => {
		const fake = fakeLogseq({ ...innbokGraph(), "Concepts/Barter": [{ content: "## Definition", children: [{ content: "Goods for goods." }] }] });
		const settings = { ...DEFAULT_SETTINGS };
		const library = new GraphLibrary(fake.host.Editor, () => settings);
		expect((await library.profiles()).map((entry) => entry.profile.name)).not.toContain("Barter");
		settings.profilesFolder = "Concepts";
		expect((await library.profiles()).map((entry) => entry.profile.name)).toContain("Barter");
	});
});
