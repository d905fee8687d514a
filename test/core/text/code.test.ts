import { codeSpans, fenceMarker } from "../../../src/core/text/code";

describe("codeSpans", () => {
	it("finds single and double backtick spans with their backticks", () => {
		const line = "a `[[X]]` b ``c ` d`` e";
		expect(codeSpans(line).map(([from, to]) => line.slice(from, to))).toEqual(["`[[X]]`", "``c ` d``"]);
	});

	it("treats a run that is never closed as plain text and keeps looking after it", () => {
		const line = "``` open `[[X]]` never";
		expect(codeSpans(line).map(([from, to]) => line.slice(from, to))).toEqual(["`[[X]]`"]);
	});

	it("finds nothing in a line without backticks", () => {
		expect(codeSpans("[[Business Model Canvas]]")).toEqual([]);
	});

	it("returns promptly on 4.5 MB of backtick runs that never close (a quadratic scan would not)", () => {
		const line = Array.from({ length: 3000 }, (_, i) => "`".repeat(i + 1)).join(" x ");
		expect(codeSpans(line)).toEqual([]);
	});
});

describe("fenceMarker", () => {
	it("recognises backtick and tilde fences, indented or after a Logseq bullet", () => {
		expect(fenceMarker("```ts")).toBe("```");
		expect(fenceMarker("  - ~~~~")).toBe("~~~~");
		expect(fenceMarker("`` not a fence")).toBe("");
	});
});
