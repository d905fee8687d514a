import { findWorksheet } from "../../../src/core/worksheet/existing-worksheet";

describe("findWorksheet", () => {
	it("finds the heading of a worksheet already inserted, whatever its level and case", () => {
		const note = "---\nprofiles:\n  - Sales strategy\n---\n# Venture\n\n## Sales strategy\n\n### Who buys?\n_…_\n";
		const found = findWorksheet(note, "Sales strategy");
		expect(found && note.slice(found.from, found.to)).toBe("## Sales strategy");
		expect(findWorksheet("intro\n#### sales  STRATEGY ##\n", "Sales strategy")).toEqual({ from: 6, to: 29 });
	});

	it("finds a Logseq outline's worksheet bullet, and CRLF notes", () => {
		expect(findWorksheet("- ## Sales strategy\n  - ### Who?\n", "Sales strategy")).toEqual({ from: 0, to: 19 });
		expect(findWorksheet("a\r\n## Sales strategy\r\nb", "Sales strategy")).toEqual({ from: 3, to: 20 });
	});

	it("ignores headings in code blocks and front matter, other profiles, and longer names", () => {
		expect(findWorksheet("```\n## Sales strategy\n```\n", "Sales strategy")).toBeNull();
		expect(findWorksheet("---\ntitle: x\n---\n## Pricing\n## Sales strategy notes\n", "Sales strategy")).toBeNull();
		expect(findWorksheet("Sales strategy\n", "Sales strategy")).toBeNull();
		expect(findWorksheet("## \n", "")).toBeNull();
	});
});
