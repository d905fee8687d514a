import { readFileSync } from "node:fs";
import { pageText } from "../../../src/core/logseq/page-blocks";
import { DEMO_GRAPH_NOTES } from "../../../playground/demo-graph-notes";
import { pageSeeds, type SeedBlock } from "../../../playground/logseq/page-seeds";

const PRICING = readFileSync("demo-vault/graph/pages/profile-(id)___pricing_info.md", "utf8");

/** The seeds as the host reports them back (uuids added), for pageText. */
function asEntities(seeds: readonly SeedBlock[], preBlock = true): { uuid: string; content: string; "preBlock?"?: boolean; children: ReturnType<typeof asEntities> }[] {
	return seeds.map((seed, i) => ({
		uuid: String(i),
		content: seed.content,
		...(preBlock && i === 0 && seed.content.split("\n").every((line) => /^[^\s:]+:: /.test(line)) ? { "preBlock?": true } : {}),
		children: asEntities(seed.children, false),
	}));
}

describe("pageSeeds", () => {
	it("keeps page properties as the first block and each bullet as a block with its children", () => {
		const seeds = pageSeeds(PRICING);
		expect(seeds[0].content.split("\n")[0]).toBe("innbok-type:: internal");
		expect(seeds[0].children).toEqual([]);
		expect(seeds[1]).toEqual({ content: "## 🔍 Definition", children: [{ content: "the amount a customer gives up in exchange for an offer, and the rules that set and change it.", children: [] }] });
	});

	it("gives a block its continuation and property lines without the file's indentation", () => {
		const examples = pageSeeds(PRICING).find((seed) => seed.content === "## 👉 Examples");
		expect(examples?.children[0].content).toBe("### profile-(id)/pricing/examples/Night market stall\n{{embed [[profile-(id)/pricing/examples/Night market stall]]}}");
		const keys = pageSeeds(PRICING).find((seed) => seed.content === "## 🔑 Keys");
		expect(keys?.children[1].content).toBe("#key [[profile-(id)/pricing/Cost floor]] [[**]] [[-+]]\nkey-weight:: 60");
	});

	it("reads every demo graph page back to the same blocks from the text Logseq would write for them", () => {
		for (const text of Object.values(DEMO_GRAPH_NOTES)) {
			const seeds = pageSeeds(text);
			expect(seeds.length).toBeGreaterThan(0);
			expect(pageSeeds(pageText(asEntities(seeds)))).toEqual(seeds);
		}
	});

	it("gives no blocks for an empty page, and one block for text written without bullets", () => {
		expect(pageSeeds("")).toEqual([]);
		expect(pageSeeds("just a line\nand another\n")).toEqual([{ content: "just a line\nand another", children: [] }]);
		expect(pageSeeds("title:: Notes\n\nA first paragraph.\n- then a bullet")).toEqual([
			{ content: "title:: Notes", children: [] },
			{ content: "A first paragraph.", children: [] },
			{ content: "then a bullet", children: [] },
		]);
	});
});
