import { placeWorksheet, uuidOfId, type TargetBlock } from "../../../src/core/logseq/insert-target";

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

describe("uuidOfId", () => {
	const forest = [
		{ id: 2, uuid: "a", children: [{ id: 3, uuid: "b" }, ["uuid", "c"] as const] },
		{ id: 4, uuid: "d", children: [{ id: 5, uuid: "e", children: [{ id: 6, uuid: "f" }] }] },
	];

	it("finds a block at any depth of a page tree by its database id", () => {
		expect([2, 3, 4, 6].map((id) => uuidOfId(forest, id))).toEqual(["a", "b", "d", "f"]);
	});

	it("answers null for an id the tree does not hold (a block the host did not load, or one added since)", () => {
		expect(uuidOfId(forest, 9)).toBeNull();
		expect(uuidOfId([], 2)).toBeNull();
	});
});
