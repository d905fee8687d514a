import { readNote } from "../../../src/core/note";

describe("the Logseq block outline of the note model", () => {
	it("reads the Logseq block outline with children and block properties", () => {
		const note = readNote("- ## Keys\n  - [[Channel]]\n    key-weight:: 35\n    - child\n  - [[Price]]\n- ## Tools\n  ```\n  - not a block\n  ```\n");
		const [keys, tools] = note.blocks;
		expect(keys).toMatchObject({ line: 0, text: "## Keys", end: 5 });
		expect(keys.children.map((block) => block.text)).toEqual(["[[Channel]]", "[[Price]]"]);
		expect(keys.children[0].properties.get("key-weight")).toBe("35");
		expect(keys.children[0]).toMatchObject({ contentEnd: 3, end: 4 });
		expect(keys.children[0].children.map((block) => block.text)).toEqual(["child"]);
		expect(tools).toMatchObject({ line: 5, end: 9, children: [] });
	});

	it("ends a block at a line that is not indented under it, and reads a deep outline without a quadratic walk", () => {
		const note = readNote("- a\nplain paragraph\n- b");
		expect(note.blocks.map(({ text, end }) => [text, end])).toEqual([["a", 1], ["b", 3]]);
		const deep = readNote(Array.from({ length: 2000 }, (_, depth) => `${"  ".repeat(depth)}- ${depth}`).join("\n"));
		let depth = 0;
		for (let block = deep.blocks[0]; block.children.length > 0; block = block.children[0]) depth++;
		expect(depth).toBe(1999);
	});
});
