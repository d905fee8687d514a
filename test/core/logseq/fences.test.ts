import { closedFences } from "../../../src/core/logseq/fences";

describe("closedFences", () => {
	it("marks a closed fence's opening line, then its body and closing line as inside", () => {
		expect(closedFences(["a", "```js", "- x", "", "```", "b"])).toEqual(["outside", "opening", "inside", "inside", "inside", "outside"]);
	});

	it("closes a fence only with the same character, at least as long, alone on its line", () => {
		expect(closedFences(["````", "```", "~~~~", "```` x", "`````"])).toEqual(["opening", "inside", "inside", "inside", "inside"]);
	});

	it("treats an unclosed fence as ordinary text", () => {
		expect(closedFences(["```", "- one", "- two"])).toEqual(["outside", "outside", "outside"]);
	});
});
