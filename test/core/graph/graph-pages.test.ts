import { ProfileCatalog } from "../../../src/core/catalog/profile-catalog";
import { GraphPages } from "../../../src/core/graph/graph-pages";
import { fixture } from "../../support/graph-files";
import { graphVault } from "../../support/graph-vault";

describe("a graph as the profile library", () => {
	it("finds the graph's folder from its logseq/config.edn", () => {
		expect(graphVault().folder).toBe("graph");
	});

	it("lists every profile page of the graph by its readable name, and no key, example, class, topic or journal page", () => {
		const { catalog } = graphVault();
		const graphNames = catalog.all().filter((entry) => entry.path?.startsWith("graph/")).map((entry) => entry.profile.name);
		expect(graphNames.sort()).toEqual(["Customer segments", "Pricing", "Sales channels"]);
		expect(catalog.all().some((entry) => /___|examples|Price sensitivity|offer|guide/i.test(entry.profile.name))).toBe(false);
		expect(catalog.byName("Pricing")?.profile.namespace).toBe("profile");
	});

	it("reads the definition, the content type and its classes, and tools by their target", () => {
		const pricing = graphVault().catalog.byName("pricing")!.profile;
		expect(pricing.definition).toBe("the amount a customer gives up in exchange for an offer, and the rules that set and change it.");
		expect(pricing.contentType).toBe("list");
		expect(pricing.contentClass).toBe("offer");
		expect(pricing.itemClasses).toEqual(["offer"]);
		expect(pricing.tools.map((tool) => tool.name)).toEqual(["Van Westendorp Price Meter"]);
	});

	it("resolves each example through its embed, titled by the last segment of its name", () => {
		const pricing = graphVault().catalog.byName("Pricing")!.profile;
		expect(pricing.examples.map((example) => example.title)).toEqual(["Night market stall", "Seed library"]);
		expect(pricing.examples[0].body).toContain("- Bundle for groups: four boxes cost the price of three");
		expect(pricing.examples[0].body).toContain("\t- The bundle clears the fryer before closing.");
		expect(JSON.stringify(pricing.examples)).not.toMatch(/\{\{embed|\[\[\*\*\]\]/);
		expect(pricing.warnings).toEqual([]);
	});

	it("reads each key with its weight and its key page, a %3F file name included", () => {
		const { catalog } = graphVault();
		const pricing = catalog.byName("Pricing")!.profile;
		expect(pricing.keyPages?.map((key) => [key.title, key.weight, key.questions.length])).toEqual([
			["Price sensitivity", 35, 2],
			["Cost floor", 60, 1],
		]);
		expect(pricing.keyPages?.[0].risks[0].mitigation).toBe("Compete on a feature the rival cannot copy quickly.");
		expect(catalog.byName("Customer segments")!.profile.keyPages?.[0]).toMatchObject({ title: "Who pays?", weight: 50 });
	});

	it("warns on the profile about a missing example page and a missing key page, and still lists it", () => {
		const { catalog } = graphVault({ "graph/pages/profile-(id)___sales-channels_info.md": fixture("graph-profile-sales-channels-mojibake.md") });
		const channels = catalog.byName("Sales channels")!.profile;
		expect(channels.definition).toBe("the paths through which an offer reaches the people who pay for it.");
		expect(channels.warnings).toEqual([
			'Example "Missing stall": The embedded page "profile-(id)/sales-channels/examples/Missing stall" was not found in the graph.',
			'The key page "profile-(id)/sales-channels/Reach abroad" was not found in the graph.',
		]);
		expect(channels.examples[0].body).toBe("");
	});

	it("reads a missing example page once it is written, and leaves the other profiles as they were", () => {
		const { vault, catalog } = graphVault({ "graph/pages/profile-(id)___sales-channels_info.md": fixture("graph-profile-sales-channels-mojibake.md") });
		const pricing = catalog.byName("Pricing")!.profile;
		vault.write("graph/pages/profile-(id)___sales-channels___examples___Missing stall.md", "- Found: at last.\n");
		const channels = catalog.byName("Sales channels")!.profile;
		expect(channels.examples[0].body).toBe("- Found: at last.");
		expect(channels.warnings).toEqual(['The key page "profile-(id)/sales-channels/Reach abroad" was not found in the graph.']);
		expect(catalog.byName("Pricing")!.profile).toBe(pricing);
	});

	it("reads a profile whose example embeds itself in a cycle, or is a 1 MB page, with a warning and in bounded time", () => {
		const cycleA = "graph/pages/profile-(id)___pricing___examples___Night market stall.md";
		const huge = "graph/pages/profile-(id)___pricing___examples___Seed library.md";
		const { catalog } = graphVault({
			[cycleA]: "- Loops: {{embed [[profile-(id)/pricing/examples/Night market stall]]}}\n",
			[huge]: "- Set the anchor price: a line.\n".repeat(33_000),
		});
		const pricing = catalog.byName("Pricing")!.profile;
		expect(pricing.warnings).toEqual([
			'Example "Night market stall": The page "profile-(id)/pricing/examples/Night market stall" embeds itself (through profile-(id)/pricing/examples/Night market stall → profile-(id)/pricing/examples/Night market stall); the repeat was left out.',
			'Example "Seed library": The embedded page "profile-(id)/pricing/examples/Seed library" holds 1.0 MB; only its first 64 KB were read.',
		]);
		expect(pricing.examples[0].body).toBe("- Loops:");
		expect(pricing.examples[1].body.length).toBeLessThanOrEqual(64 * 1024);
	});

	it("follows changes: a key page written later fills the key, a removed profile leaves the picker", () => {
		const { vault, catalog } = graphVault();
		const before = catalog.byName("Sales channels")!.profile.keyPages![0].questions.length;
		vault.write("graph/pages/profile-(id)___sales-channels___Reach.md", "innbok-key-rating:: 15\n\n- #questions\n\t- #question Only one now?\n");
		expect(before).toBe(2);
		expect(catalog.byName("Sales channels")!.profile.keyPages![0].questions).toEqual(["Only one now?"]);
		vault.remove("graph/pages/profile-(id)___pricing_info.md");
		expect(catalog.byName("Pricing")).toBeUndefined();
	});

	it("lets a graph profile override the bundled profile of the same name", () => {
		const page = "metamodel-id:: [[profile-(id)/sales-strategy]]\n\n- ## Definition\n\t- our graph's own words.\n- ## Keys\n";
		const { catalog } = graphVault({ "graph/pages/profile-(id)___sales-strategy_info.md": page });
		const matches = catalog.all().filter((entry) => entry.profile.name.toLowerCase() === "sales strategy");
		expect(matches).toHaveLength(1);
		expect(matches[0].profile.definition).toBe("our graph's own words.");
	});

	it("finds a graph profile by its page name too", () => {
		expect(graphVault().catalog.byName("profile-(id)/pricing_info")?.profile.name).toBe("Pricing");
	});
});

describe("a vault that is itself a graph", () => {
	it("still reads a profile page that is not innBoK-shaped, and still never an example page", () => {
		const catalog = new ProfileCatalog(() => [], { profilesFolder: () => "Profiles", graph: new GraphPages(() => "") });
		catalog.update("pages/profile___channels.md", "- ## Definition\n\t- how offers reach people.\n");
		catalog.update("Profiles/profile-(id)___pricing___examples___Stall.md", "- Set the price: high.\n");
		catalog.update("tagged.md", "---\ntype: profile\n---\n# Tagged\n");
		expect(catalog.all().map((entry) => entry.profile.name)).toEqual(["channels", "Tagged"]);
	});
});
