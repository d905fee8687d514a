import { childBlocks, pageText, visibleText } from "../../../src/core/logseq/page-blocks";

describe("page blocks", () => {
	it("writes the page text a file graph stores: page properties unbulleted, further lines indented under their bullet", () => {
		const text = pageText([
			{ uuid: "p", content: "tags:: profile", "preBlock?": true },
			{ uuid: "a", content: "## Definition", children: [{ uuid: "b", content: "How we price.\nSecond line" }, ["uuid", "unloaded"]] },
		]);
		expect(text).toBe("tags:: profile\n- ## Definition\n  - How we price.\n    Second line");
	});

	it("shows a block's text without its property lines, and skips children the host did not load", () => {
		expect(visibleText({ uuid: "x", content: "Answer\nid:: 6f0c1a52-0000-4000-8000-000000000001\nkey:: value" })).toBe("Answer");
		expect(visibleText({ uuid: "x" })).toBe("");
		expect(childBlocks({ uuid: "x", children: [["uuid", "y"], { uuid: "z" }] }).map((child) => child.uuid)).toEqual(["z"]);
	});
});
