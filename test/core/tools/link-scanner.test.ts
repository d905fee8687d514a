import { codeBlockLines, linksOutsideCode, scanLinks } from "../../../src/core/tools/link-scanner";

/** The raw text of each link `scanLinks` finds, checked against its offsets. */
function found(text: string): string[] {
	return scanLinks(text).map((link) => {
		expect(text.slice(link.from, link.to)).toBe(`[[${link.raw}]]`);
		return link.raw;
	});
}

describe("scanLinks", () => {
	it("finds links with labels and headings, with their offsets in the whole note", () => {
		const text = "# Venture\nWe use [[Business Model Canvas|the canvas]] and [[Ansoff Matrix#Grid]].\n- [[Customer Persona]]";
		const links = scanLinks(text);
		expect(links.map((link) => link.target)).toEqual(["Business Model Canvas", "Ansoff Matrix", "Customer Persona"]);
		expect(found(text)).toEqual(["Business Model Canvas|the canvas", "Ansoff Matrix#Grid", "Customer Persona"]);
	});

	it("skips links inside inline code spans but not those beside them", () => {
		expect(found("Type `[[Ansoff Matrix]]` to link [[Ansoff Matrix]]; ``[[A]] ` [[B]]`` too")).toEqual(["Ansoff Matrix"]);
	});

	it("skips links in fenced code, backtick or tilde, and in an unclosed fence to the end", () => {
		const text = ["[[A]]", "```md", "[[B]]", "```", "[[C]]", "  - ~~~", "  [[D]]", "  ~~~", "````", "[[E]]", "```", "[[F]]"].join("\n");
		expect(found(text)).toEqual(["A", "C"]);
	});

	it("skips front matter, but reads a note whose front matter is never closed as text", () => {
		expect(found("---\nup: \"[[Parent]]\"\n---\n[[Child]]")).toEqual(["Child"]);
		expect(found("---\nnot closed [[Still read]]")).toEqual(["Still read"]);
	});

	it("skips embeds", () => {
		expect(found("![[Business Model Canvas]] and [[Value Proposition Canvas]]")).toEqual(["Value Proposition Canvas"]);
	});

	it("keeps CRLF out of the links and offsets right", () => {
		expect(found("a\r\n[[Ansoff Matrix]]\r\nb [[Customer Persona]]\r\n")).toEqual(["Ansoff Matrix", "Customer Persona"]);
	});

	it("finds nothing in empty text, unclosed links or binary junk", () => {
		expect(scanLinks("")).toEqual([]);
		expect(scanLinks("[[never closed\n]] [[")).toEqual([]);
		expect(scanLinks("\0\u0001PK\u0003[[\0")).toEqual([]);
	});
});

describe("linksOutsideCode", () => {
	it("offsets the links of one line by where the line starts", () => {
		const [link] = linksOutsideCode("- [[Ansoff Matrix]]", 100);
		expect(link).toMatchObject({ target: "Ansoff Matrix", from: 102, to: 119 });
	});
});

describe("codeBlockLines", () => {
	it("gives the front matter and each fence as inclusive line ranges", () => {
		const lines = ["---", "type: tool", "---", "text", "```", "code", "```", "text", "~~~"];
		expect(codeBlockLines(lines)).toEqual([
			{ from: 0, to: 2 },
			{ from: 4, to: 6 },
			{ from: 8, to: 8 },
		]);
	});
});
