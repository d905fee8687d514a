import { codeSpanTest, fenceMarker } from "../../../src/core/text/code";

/** The pieces of `line` that lie in code spans, read by walking it character by character. */
function codeParts(line: string): string[] {
	const inCode = codeSpanTest(line);
	const parts: string[] = [];
	let part = "";
	for (let i = 0; i < line.length; i++) {
		if (inCode(i, i + 1)) part += line[i];
		else if (part !== "") {
			parts.push(part);
			part = "";
		}
	}
	if (part !== "") parts.push(part);
	return parts;
}

describe("codeSpanTest", () => {
	it("finds single and double backtick spans with their backticks", () => {
		expect(codeParts("a `[[X]]` b ``c ` d`` e")).toEqual(["`[[X]]`", "``c ` d``"]);
	});

	it("treats a run that is never closed as plain text and keeps looking after it", () => {
		expect(codeParts("``` open `[[X]]` never")).toEqual(["`[[X]]`"]);
	});

	it("finds nothing in a line without backticks", () => {
		expect(codeParts("[[Business Model Canvas]]")).toEqual([]);
	});

	it("closes a span with the next run of its length only, whatever shorter or longer runs lie between", () => {
		expect(codeParts("``a ` b ``` c`` d `e`")).toEqual(["``a ` b ``` c``", "`e`"]);
	});

	it("tells whether a range overlaps a span, in ascending order or going back", () => {
		const inCode = codeSpanTest("ab `cd` ef `g`");
		expect(inCode(0, 3)).toBe(false);
		expect(inCode(0, 4)).toBe(true);
		expect(inCode(7, 11)).toBe(false);
		expect(inCode(12, 13)).toBe(true);
		expect(inCode(14, 20)).toBe(false);
		expect(inCode(5, 6)).toBe(true);
		expect(inCode(1, 2)).toBe(false);
	});

	it("returns promptly on 4.5 MB of backtick runs that never close (a quadratic scan would not)", () => {
		const line = Array.from({ length: 3000 }, (_, i) => "`".repeat(i + 1)).join(" x ");
		expect(codeSpanTest(line)(0, line.length)).toBe(false);
	});
});

describe("fenceMarker", () => {
	it("recognises backtick and tilde fences, indented or after a Logseq bullet", () => {
		expect(fenceMarker("```ts")).toBe("```");
		expect(fenceMarker("  - ~~~~")).toBe("~~~~");
		expect(fenceMarker("`` not a fence")).toBe("");
	});
});
