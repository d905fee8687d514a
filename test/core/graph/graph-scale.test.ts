import { ProfileCatalog } from "../../../src/core/catalog/profile-catalog";
import { detectGraphFolder } from "../../../src/core/graph/graph-folder";
import { GraphPages } from "../../../src/core/graph/graph-pages";
import { BENCH_GRAPH, generateGraph } from "../../support/graph-generator";

describe("a generated 1,600-page graph", () => {
	const files = generateGraph();
	const folder = detectGraphFolder([...files.keys()]);
	const catalog = new ProfileCatalog(() => [], { profilesFolder: () => "Profiles", graph: new GraphPages(() => folder) });
	for (const [path, text] of files) if (path.endsWith(".md")) catalog.update(path, text);

	it("has the size the benchmark states", () => {
		expect([...files.keys()].filter((path) => path.endsWith(".md"))).toHaveLength(BENCH_GRAPH.pages);
	});

	it("yields exactly its profiles, each with its examples and key pages resolved and no warning", () => {
		const all = catalog.all();
		expect(all).toHaveLength(BENCH_GRAPH.profiles);
		for (const { profile } of all) {
			expect(profile.name).toMatch(/^Concept \d+$/);
			expect(profile.examples).toHaveLength(3);
			expect(profile.examples.every((example) => example.body.startsWith("- Name the customer:"))).toBe(true);
			expect(profile.keyPages?.map((key) => key.questions.length)).toEqual([2, 2]);
			expect(profile.warnings).toEqual([]);
		}
	});
});
