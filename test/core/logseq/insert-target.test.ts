import { placeWorksheet, type TargetBlock } from "../../../src/core/logseq/insert-target";

const base: TargetBlock = { uuid: "b", text: "", hasChildren: false, leftId: 5, parentId: 2, pageId: 1 };

describe("placeWorksheet", () => {
	it("goes after a block with text, as its next sibling", () => {
		expect(placeWorksheet({ ...base, text: "Notes" })).toEqual({ anchor: { uuid: "b" }, sibling: true });
	});

	it("goes after a block with children, even an empty one", () => {
		expect(placeWorksheet({ ...base, hasChildren: true })).toEqual({ anchor: { uuid: "b" }, sibling: true });
	});

	it("goes after the previous sibling of an empty block, so the empty block follows the worksheet", () => {
		expect(placeWorksheet(base)).toEqual({ anchor: { id: 5 }, sibling: true });
	});

	it("goes first under the parent of an empty first child", () => {
		expect(placeWorksheet({ ...base, leftId: 2 })).toEqual({ anchor: { id: 2 }, sibling: false });
	});

	it("goes after an empty first block of the page, which has no block to anchor on", () => {
		expect(placeWorksheet({ ...base, leftId: 1, parentId: 1 })).toEqual({ anchor: { uuid: "b" }, sibling: true });
	});
});
