import { visibleText } from "../../src/core/logseq/page-blocks";
import type { EntityBlock } from "../support/logseq-block-store";
import { callsTo } from "./fake-logseq";
import { startOnFake, type Started } from "./plugin-fixture";

/** Runs the command and waits until it has said what it did (its host calls resolve on timers of their own). */
async function embed(fake: Started): Promise<void> {
	const said = fake.messages.length;
	await fake.palette("embed-tool-summaries");
	for (let waited = 0; fake.messages.length === said && waited < 2000; waited += 5) await new Promise((resolve) => setTimeout(resolve, 5));
}

const VENTURE = "Exotic Pet Rental";
const LADDER = [{ content: "## Definition", children: [{ content: "Prices from cheapest to dearest, each step a reason to pay more." }] }];

function venture(tools: { content: string; children?: { content: string }[] }[]) {
	return { [VENTURE]: [{ content: "We rent animals." }, { content: "## Pricing strategy", children: [{ content: "### Tools", children: tools }] }], "Tools/Price ladder": LADDER };
}

function outline(nodes: readonly EntityBlock[], depth = 0): string[] {
	return nodes.flatMap((node) => [`${"  ".repeat(depth)}${visibleText(node)}`, ...outline(node.children, depth + 1)]);
}

describe("Embed tool summaries as text in Logseq, against the fake host", () => {
	it("writes every summary in one insertBatchBlock, one transaction, last in the Tools section, the user's blocks untouched", async () => {
		const fake = startOnFake(venture([{ content: "[[Business Model Canvas]] {{renderer :inncopilot-tool, Business Model Canvas}}" }, { content: "[[Price ladder]]" }]));
		const before = fake.store.transactions.length;
		await embed(fake);
		expect(callsTo(fake, "Editor.insertBatchBlock")).toHaveLength(1);
		expect(fake.store.transactions.slice(before)).toEqual([{ op: "insert-blocks", blocks: 3 }]);
		const tools = outline(fake.store.tree(VENTURE) ?? []);
		expect(tools.slice(0, 5)).toEqual([
			"We rent animals.",
			"## Pricing strategy",
			"  ### Tools",
			"    [[Business Model Canvas]] {{renderer :inncopilot-tool, Business Model Canvas}}",
			"    [[Price ladder]]",
		]);
		expect(tools[5]).toBe("    Tool summaries");
		expect(tools[6]).toMatch(/^ {6}\*\*Business Model Canvas\*\*: A one-page/);
		expect(tools[7]).toBe("      **Price ladder**: Prices from cheapest to dearest, each step a reason to pay more.");
		expect(fake.messages).toEqual(["Embedded 2 summaries."]);
	});

	it("changes nothing the second time and says the summaries are there", async () => {
		const fake = startOnFake(venture([{ content: "[[Price ladder]]" }]));
		await embed(fake);
		await embed(fake);
		expect(callsTo(fake, "Editor.insertBatchBlock")).toHaveLength(1);
		expect(fake.messages[1]).toBe("Every tool in the tools section already has its summary written under it.");
	});

	it("keeps what the user wrote under a link, and says so", async () => {
		const fake = startOnFake(venture([{ content: "[[Price ladder]]", children: [{ content: "We tried three steps." }] }]));
		await embed(fake);
		expect(callsTo(fake, "Editor.insertBatchBlock")).toHaveLength(0);
		expect(fake.messages).toEqual(["Kept the summary that you wrote (Price ladder); nothing was embedded."]);
	});

	it("says why, and inserts nothing, on a page without a tools section", async () => {
		const fake = startOnFake({ [VENTURE]: [{ content: "We rent animals." }] });
		await embed(fake);
		expect(callsTo(fake, "Editor.insertBatchBlock")).toHaveLength(0);
		expect(fake.messages[0]).toContain("no tools section");
	});
});
