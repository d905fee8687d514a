import { blockAtLine } from "../../../src/core/logseq/block-at-line";
import { pageText, type PageBlock } from "../../../src/core/logseq/page-blocks";

const FOREST: PageBlock[] = [
	{ uuid: "props", content: "tags:: profile\ntype:: profile", "preBlock?": true },
	{ uuid: "definition", content: "## Definition", children: [{ uuid: "text", content: "How a venture\nsets its prices." }] },
	{ uuid: "description", content: "## Description", children: [] },
	{ uuid: "keys", content: "## Keys", children: [{ uuid: "key", content: "#key [[Price sensitivity]]", children: [{ uuid: "weight", content: "key-weight:: 35" }] }] },
];

describe("blockAtLine", () => {
	it("finds, for every line of the page's text, the block that wrote it: properties, continuation lines and nested blocks alike", () => {
		const lines = pageText(FOREST).split("\n");
		const found = lines.map((_, line) => blockAtLine(FOREST, line)?.uuid);
		expect(found).toEqual(["props", "props", "definition", "text", "text", "description", "keys", "key", "weight"]);
	});

	it("gives null past the last block, before the first line, and on an empty page", () => {
		expect([blockAtLine(FOREST, 9), blockAtLine(FOREST, -1), blockAtLine([], 0)]).toEqual([null, null, null]);
	});
});
