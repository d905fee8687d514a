import { readNote } from "../../../src/core/note";
import { profileSections, type SectionBody } from "../../../src/core/profile/profile-sections";

/** A section body's lines, as its readers see them. */
function bodyLines(body: SectionBody): string[] {
	return Array.from({ length: body.length }, (_, index) => body.line(index));
}

describe("profileSections", () => {
	it("cuts a Logseq page at its top-level level-2 bullets, body dedented, the title and preamble apart", () => {
		const outline = profileSections(readNote("title:: x\n# #profile Name - Pricing\nIntro.\n- ## Definition\n  - What it is.\n  ## not top level\n- ## Tools\n  - [[BMC]]"));
		expect(outline.title).toBe("#profile Name - Pricing");
		expect(outline.preamble).toEqual(["Intro."]);
		expect(outline.sections.map(({ heading, line, end, bulleted, body }) => ({ heading, line, end, bulleted, body: bodyLines(body) }))).toEqual([
			{ heading: "Definition", line: 3, end: 6, bulleted: true, body: ["- What it is.", "## not top level"] },
			{ heading: "Tools", line: 6, end: 8, bulleted: true, body: ["- [[BMC]]"] },
		]);
	});

	it("ignores headings in fenced code and marks the lines of headings inside a section", () => {
		const outline = profileSections(readNote("## Examples\n```\n## Not a section\n### Nor a title\n```\n### A\ntext"));
		expect(outline.sections).toHaveLength(1);
		expect([...outline.sections[0].headingLines]).toEqual([4]);
	});

	it("reads a bullet section's lines one outline level out, and their indent and blankness without building them", () => {
		const body = profileSections(readNote("- ## Tools\n  - [[A]]\n\t\t- under a tab\n \n x\n")).sections[0].body;
		expect(bodyLines(body)).toEqual(["- [[A]]", "\t- under a tab", "", "x", ""]);
		expect(Array.from({ length: body.length }, (_, index) => body.indent(index))).toEqual([0, 2, 0, 0, 0]);
		expect(Array.from({ length: body.length }, (_, index) => body.blank(index))).toEqual([false, false, true, false, true]);
		expect(Array.from({ length: body.length }, (_, index) => body.text(index).slice(body.start(index)))).toEqual(bodyLines(body));
	});
});
