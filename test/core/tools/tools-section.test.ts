import { findToolsSections, readToolAnnotations, sameAnnotations } from "../../../src/core/tools/tools-section";
import { foldToolName } from "../../../src/core/tools/tool-names";
import { fixture } from "../../support/fixtures";

describe("findToolsSections", () => {
	it("finds the Logseq seed's bulleted Tools section, mojibake emoji and all, up to the end of the page", () => {
		const lines = fixture("logseq-seed-sales-strategy.md").split("\n");
		const [section] = findToolsSections(lines);
		expect(lines[section.heading]).toMatch(/^- ## .*Tools$/);
		expect(section.bulleted).toBe(true);
		expect(lines.slice(section.heading + 1, section.end).join("\n")).toContain("[[Customer Journey Map]]");
	});

	it("ends an Obsidian Tools section at the next level-2 heading and ignores one inside code", () => {
		const lines = ["# P", "```", "## Tools", "```", "## 🧰 Tools", "- [[A]]", "### Sub", "- [[B]]", "## Topics", "- [[C]]"];
		expect(findToolsSections(lines)).toEqual([{ heading: 4, end: 8, bulleted: false }]);
	});

	it("finds none in a note without one", () => {
		expect(findToolsSections("# Venture\nText [[Ansoff Matrix]]".split("\n"))).toEqual([]);
	});
});

describe("readToolAnnotations", () => {
	it("reads the seed's seven annotations under their repaired, folded names", () => {
		const annotations = readToolAnnotations(fixture("logseq-seed-sales-strategy.md").split("\n"));
		expect(annotations.size).toBe(7);
		expect(annotations.get(foldToolName("Porter's Five Forces"))).toMatch(/^This tool helps businesses to understand the competitive forces/);
		expect(annotations.get(foldToolName("Business Model Canvas"))).toMatch(/^In the Business Model Canvas, "Customer Segments"/);
	});

	it("reads inline summaries after the link and labelled links, and skips items without a summary", () => {
		const lines = ["## Tools", "- [[Ansoff Matrix|the grid]]: Growth options.", "- [[Customer Persona]]", "- [[BMC]]", "\t- Nine blocks.", "\t  Second line."];
		const annotations = readToolAnnotations(lines);
		expect([...annotations]).toEqual([
			["ansoff matrix", "Growth options."],
			["bmc", "Nine blocks.\nSecond line."],
		]);
	});

	it("compares two readings by content", () => {
		const a = readToolAnnotations(["## Tools", "- [[A]]: x"]);
		expect(sameAnnotations(a, readToolAnnotations(["## Tools", "- [[A]]: x"]))).toBe(true);
		expect(sameAnnotations(a, readToolAnnotations(["## Tools", "- [[A]]: y"]))).toBe(false);
	});
});
