import { snippetTemplate } from "../../src/editor/snippet-template";

describe("snippetTemplate", () => {
	it("numbers each field with its placeholder and ends at ${0}", () => {
		expect(snippetTemplate("## A\n_…_\n### B\n_…_\n", [{ from: 5, to: 8 }, { from: 15, to: 18 }], 19)).toBe("## A\n${1:_…_}\n### B\n${2:_…_}\n${0}");
	});

	it("escapes braces so text like ${x} or #{y} is never read as a field", () => {
		expect(snippetTemplate("cost ${x} #{y} {z}", [], 18)).toBe("cost $\\{x\\} #\\{y\\} \\{z\\}${0}");
	});

	it("writes an empty field as an empty stop", () => {
		expect(snippetTemplate("a\n\nb", [{ from: 2, to: 2 }], 4)).toBe("a\n${1:}\nb${0}");
	});
});
