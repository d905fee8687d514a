import { block, blockAt, flattenBlocks, withProperties } from "../../../src/core/logseq/block-tree";

const forest = [block("a", [block("a1"), block("a2", [block("a2x")])]), block("b")];

describe("block trees", () => {
	it("finds a block by its path, and nothing past the end", () => {
		expect(blockAt(forest, [0, 1, 0])?.content).toBe("a2x");
		expect(blockAt(forest, [0, 5])).toBeUndefined();
	});

	it("adds properties to one block of a copy, leaving the original as it was", () => {
		const changed = withProperties(forest, [0, 1], { id: "u" });
		expect(blockAt(changed, [0, 1])?.properties).toEqual({ id: "u" });
		expect(blockAt(forest, [0, 1])?.properties).toEqual({});
		expect(changed[1]).toBe(forest[1]);
	});

	it("lists every block in reading order with its path", () => {
		expect(flattenBlocks(forest).map(({ node, path }) => `${node.content}@${path.join(".")}`)).toEqual(["a@0", "a1@0.0", "a2@0.1", "a2x@0.1.0", "b@1"]);
	});
});
