import type { PageBlock } from "../../../src/core/logseq/page-blocks";
import { summaryBatch, toolLinkNames, SUMMARIES_TITLE } from "../../../src/core/logseq/summary-blocks";
import { flattenBlocks } from "../../../src/core/logseq/block-tree";
import { parseBlock } from "../../support/logseq-outline";

let next = 0;
/** A page block with a fresh uuid. */
function b(content: string, ...children: PageBlock[]): PageBlock {
	return { uuid: `u${++next}`, content, children };
}

const CHIP = (name: string) => ` {{renderer :inncopilot-tool, ${name}}}`;
const SUMMARIES = new Map([
	["business model canvas", "A one-page map of nine blocks.\n- Not a new block."],
	["lean canvas", "The canvas for startups."],
]);

function page(...tools: PageBlock[]): { forest: PageBlock[]; section: PageBlock } {
	const section = b("### Tools", ...tools);
	return { forest: [b("## Pricing strategy", b("### Definition"), section)], section };
}

describe("summaryBatch", () => {
	it("puts one Tool summaries block last in the section, one child per tool, each line a single block under mldoc", () => {
		const { forest, section } = page(b(`[[Business Model Canvas]]${CHIP("Business Model Canvas")}`), b("[[Lean Canvas]]"));
		const batch = summaryBatch(forest, SUMMARIES);
		if (!batch.ok) throw new Error(batch.error);
		const insert = batch.value.insert;
		expect(insert).toEqual({
			anchor: section.children?.[1] && (section.children[1] as PageBlock).uuid,
			sibling: true,
			blocks: [
				{
					content: SUMMARIES_TITLE,
					properties: {},
					children: [
						{ content: "**Business Model Canvas**: A one-page map of nine blocks. - Not a new block.", properties: {}, children: [] },
						{ content: "**Lean Canvas**: The canvas for startups.", properties: {}, children: [] },
					],
				},
			],
		});
		for (const { node } of flattenBlocks(insert?.blocks ?? [])) expect(parseBlock(node).blocks).toBe(1);
		expect(batch.value.counts).toMatchObject({ added: 2, kept: [], unknown: 0 });
	});

	it("keeps a link the user wrote under or after, and counts it as kept, never as written over", () => {
		const { forest } = page(b("[[Business Model Canvas]]", b("Our own words")), b("[[Lean Canvas]] – we used it twice"));
		const batch = summaryBatch(forest, SUMMARIES);
		expect(batch.ok && batch.value).toMatchObject({ insert: null, counts: { added: 0, kept: ["Business Model Canvas", "Lean Canvas"] } });
	});

	it("writes nothing the second time, and adds only a new tool's summary to the existing block", () => {
		const written = b(SUMMARIES_TITLE, b("**Business Model Canvas**: A one-page map of nine blocks. - Not a new block."));
		const { forest } = page(b("[[Business Model Canvas]]"), written);
		expect(summaryBatch(forest, SUMMARIES)).toMatchObject({ ok: true, value: { insert: null, counts: { current: 1, added: 0 } } });
		const { forest: grown } = page(b("[[Business Model Canvas]]"), b("[[Lean Canvas]]"), written);
		const batch = summaryBatch(grown, SUMMARIES);
		expect(batch.ok && batch.value.insert).toEqual({ anchor: (written.children?.[0] as PageBlock).uuid, sibling: true, blocks: [{ content: "**Lean Canvas**: The canvas for startups.", properties: {}, children: [] }] });
	});

	it("counts a tool without a summary as unknown and writes nothing for it", () => {
		const { forest } = page(b("[[Napkin sketch]]"));
		expect(summaryBatch(forest, SUMMARIES)).toMatchObject({ ok: true, value: { insert: null, counts: { unknown: 1 } } });
	});

	it("fills the first section that lacks summaries and says how many wait for another run", () => {
		const first = b("### Tools", b("[[Lean Canvas]]"));
		const second = b("## 🧰 Tools", b("[[Business Model Canvas]]"));
		const batch = summaryBatch([b("## A", first), b("## B", second)], SUMMARIES);
		expect(batch.ok && [batch.value.insert?.anchor, batch.value.waiting]).toEqual([(first.children?.[0] as PageBlock).uuid, 1]);
		expect(toolLinkNames([first, second])).toEqual(["Lean Canvas", "Business Model Canvas"]);
	});

	it("says why when the page has no tools section (a plain block named Tools is not a heading)", () => {
		expect(summaryBatch([b("Tools", b("[[Lean Canvas]]"))], SUMMARIES)).toEqual({ ok: false, error: expect.stringContaining("no tools section") as string });
	});
});
