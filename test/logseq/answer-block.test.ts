import { visibleText } from "../../src/core/logseq/page-blocks";
import { addAnswerBlock } from "../../src/logseq/answer-block";
import type { EntityBlock } from "../support/logseq-block-store";
import { callsTo } from "./fake-logseq";
import { settle, startOnFake } from "./plugin-fixture";

const VENTURE = "Exotic Pet Rental";
const QUESTION = "Who pays, and who uses the product?";
const ID = "00000000-0000-4000-8000-00000000abcd";

function texts(blocks: readonly EntityBlock[]): string[] {
	return blocks.map((node) => visibleText(node));
}

async function click(fake: ReturnType<typeof startOnFake>, profile = "Sales strategy"): Promise<void> {
	await addAnswerBlock(fake.host, VENTURE, profile, QUESTION, () => ID);
	await settle();
}

describe("a question clicked in the Logseq copilot panel", () => {
	it("adds the question with an empty answer block as the last child of that profile's worksheet, in one insertBatchBlock, and edits the answer", async () => {
		const fake = startOnFake({
			[VENTURE]: [
				{ content: "We rent animals." },
				{ content: "## Pricing", properties: { profiles: "Pricing" }, children: [{ content: "### Price" }] },
				{ content: "## Sales strategy", properties: { profiles: "Sales strategy" }, children: [{ content: "### Segments", children: [{ content: "Families" }] }] },
			],
		});
		await click(fake);
		expect(callsTo(fake, "Editor.insertBatchBlock")).toHaveLength(1);
		expect(fake.store.transactions).toHaveLength(1);
		const sheet = (fake.store.tree(VENTURE) ?? [])[2];
		expect(texts(sheet.children)).toEqual(["### Segments", `### ${QUESTION}`]);
		expect(texts(sheet.children[1].children)).toEqual([""]);
		expect(sheet.children[1].children[0].uuid).toBe(ID);
		expect(fake.store.editing).toBe(ID);
		expect(texts((fake.store.tree(VENTURE) ?? [])[1].children)).toEqual(["### Price"]);
	});

	it("opens the answer under the question, and inserts nothing, when the page already asks it", async () => {
		const fake = startOnFake({ [VENTURE]: [{ content: `### ${QUESTION}`, children: [{ content: "Parents pay." }] }] });
		await click(fake);
		expect(callsTo(fake, "Editor.insertBatchBlock")).toHaveLength(0);
		expect(fake.store.editing).toBe((fake.store.tree(VENTURE) ?? [])[0].children[0].uuid);
	});

	it("goes after the page's last block when the page has no worksheet, leaving the user's blocks as they were", async () => {
		const fake = startOnFake({ [VENTURE]: [{ content: "We rent animals." }, { content: "Links to [[Sales strategy]]" }] });
		await click(fake);
		expect(texts(fake.store.tree(VENTURE) ?? [])).toEqual(["We rent animals.", "Links to [[Sales strategy]]", `### ${QUESTION}`]);
		expect(fake.store.editing).toBe(ID);
	});

	it("says so, and changes nothing, on a page without blocks", async () => {
		const fake = startOnFake({ [VENTURE]: [] });
		await click(fake);
		expect(fake.messages).toHaveLength(1);
		expect(callsTo(fake, "Editor.insertBatchBlock")).toHaveLength(0);
	});
});
