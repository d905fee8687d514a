import { profileSourceText } from "../../../src/core/catalog/profile-catalog";
import { NoteModelLoader } from "../../../src/core/sidebar/note-model-loader";
import { progressText } from "../../../src/core/sidebar/sidebar-model";
import { fixture } from "../../support/graph-files";
import { graphVault } from "../../support/graph-vault";

const VENTURE = [
	"---",
	"profiles: [Pricing]",
	"---",
	"# Dumpling stall",
	"",
	"#### What does one more sale cost us, materials and time together?",
	"Flour, filling and twelve minutes of the fryer.",
	"",
].join("\n");

describe("the copilot sidebar with a graph profile", () => {
	it("groups a venture note's key questions by key, heaviest first, with the key's weight and its answered state", async () => {
		const { vault, catalog } = graphVault({ "Ventures/Dumpling stall.md": VENTURE });
		const loaded = await new NoteModelLoader(catalog, vault).load("Ventures/Dumpling stall.md", VENTURE);
		const [card] = loaded.model.cards;
		expect(card.name).toBe("Pricing");
		const keyGroups = card.groups.filter((group) => group.key !== null);
		expect(keyGroups.map((group) => [group.title, group.weight])).toEqual([
			["Cost floor", 60],
			["Price sensitivity", 35],
		]);
		expect(keyGroups[0].questions[0].answered).toBe(true);
		expect(progressText(card)).toBe("1 of 3 answered");
		expect(keyGroups[1].risks?.[0]).toMatchObject({ name: "Price war", contingency: "Retreat to the segment that values service over price." });
	});

	it("finds the profile a venture note links by its page name", async () => {
		const note = "# Stall\nSee [[profile-(id)/pricing_info]].\n";
		const { vault, catalog } = graphVault({ "Ventures/Stall.md": note });
		const loaded = await new NoteModelLoader(catalog, vault).load("Ventures/Stall.md", note);
		expect(loaded.model.cards.map((card) => card.name)).toEqual(["Pricing"]);
	});

	it("on the profile page itself, names it readably, shows its key questions and lists its empty sections", async () => {
		const { vault, catalog } = graphVault();
		const path = "graph/pages/profile-(id)___sales-channels_info.md";
		const text = vault.read(path)!;
		const loaded = await new NoteModelLoader(catalog, vault).load(path, text);
		expect(loaded.model.cards).toHaveLength(1);
		const [card] = loaded.model.cards;
		expect(card.name).toBe("Sales channels");
		expect(card.groups.filter((group) => group.key !== null).map((group) => group.title)).toEqual(["Reach"]);
		expect(progressText(card)).toBe("2 guiding questions");
		expect(card.emptySections.map((section) => section.title)).toEqual(["Description", "Topics"]);
		const shown = [card.name, card.definition, ...card.groups.flatMap((group) => [group.title, ...group.questions.map((q) => q.text)])];
		expect(shown.join("\n")).not.toMatch(/___|profile-\(id\)|\{\{embed|\[\[\*\*\]\]|#question/);
	});
});

describe("what a graph profile could not read", () => {
	it("is said on its sidebar card and in the picker's detail", async () => {
		const path = "graph/pages/profile-(id)___sales-channels_info.md";
		const { vault, catalog } = graphVault({ [path]: fixture("graph-profile-sales-channels-mojibake.md") });
		const loaded = await new NoteModelLoader(catalog, vault).load(path, vault.read(path)!);
		expect(loaded.model.cards[0].warnings).toEqual([
			'Example "Missing stall": The embedded page "profile-(id)/sales-channels/examples/Missing stall" was not found in the graph.',
			'The key page "profile-(id)/sales-channels/Reach abroad" was not found in the graph.',
		]);
		expect(profileSourceText(catalog.byPath(path)!)).toContain('The key page "profile-(id)/sales-channels/Reach abroad" was not found');
		expect(profileSourceText(catalog.byName("Pricing")!)).toBe("graph/pages/profile-(id)___pricing_info.md");
	});
});
