import { CodeSpans, fenceMarker, fenceRun } from "../../../src/core/text/code";

/** The pieces of `line` that lie in code spans, read by walking it character by character. */
function codeParts(line: string): string[] {
	const spans = new CodeSpans(line);
	const parts: string[] = [];
	let part = "";
	for (let i = 0; i < line.length; i++) {
		if (spans.overlaps(i, i + 1)) part += line[i];
		else if (part !== "") {
			parts.push(part);
			part = "";
		}
	}
	if (part !== "") parts.push(part);
	return parts;
}

describe("CodeSpans", () => {
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

	it("tells whether a range overlaps a span, and walks again from the start after reset", () => {
		const spans = new CodeSpans("ab `cd` ef `g`");
		expect(spans.overlaps(0, 3)).toBe(false);
		expect(spans.overlaps(0, 4)).toBe(true);
		expect(spans.overlaps(7, 11)).toBe(false);
		expect(spans.overlaps(12, 13)).toBe(true);
		expect(spans.overlaps(14, 20)).toBe(false);
		spans.reset();
		expect(spans.overlaps(5, 6)).toBe(true);
	});

	it("returns promptly on 4.5 MB of backtick runs that never close (a quadratic scan would not)", () => {
		const line = Array.from({ length: 3000 }, (_, i) => "`".repeat(i + 1)).join(" x ");
		const spans = new CodeSpans(line);
		expect(spans.overlaps(0, line.length)).toBe(false);
	});
});

describe("fenceMarker", () => {
	it("recognises backtick and tilde fences, indented or after a Logseq bullet", () => {
		expect(fenceMarker("```ts")).toBe("```");
		expect(fenceMarker("  - ~~~~")).toBe("~~~~");
		expect(fenceMarker("`` not a fence")).toBe("");
	});
});

describe("fenceRun", () => {
	it("gives a fence's length, negative for tildes, and 0 for a line that opens none", () => {
		expect(fenceRun("````md")).toBe(4);
		expect(fenceRun("  - ~~~")).toBe(-3);
		expect(fenceRun("~~ no")).toBe(0);
		expect(fenceRun("text ```")).toBe(0);
	});
});
