import { readNote } from "../../../src/core/note";
import { profileSections } from "../../../src/core/profile/profile-sections";

describe("profileSections", () => {
	it("cuts a Logseq page at its top-level level-2 bullets, body dedented, the title and preamble apart", () => {
		const outline = profileSections(readNote("title:: x\n# #profile Name - Pricing\nIntro.\n- ## Definition\n  - What it is.\n  ## not top level\n- ## Tools\n  - [[BMC]]"));
		expect(outline.title).toBe("#profile Name - Pricing");
		expect(outline.preamble).toEqual(["Intro."]);
		expect(outline.sections.map(({ heading, line, end, bulleted, body }) => ({ heading, line, end, bulleted, body }))).toEqual([
			{ heading: "Definition", line: 3, end: 6, bulleted: true, body: ["- What it is.", "## not top level"] },
			{ heading: "Tools", line: 6, end: 8, bulleted: true, body: ["- [[BMC]]"] },
		]);
	});

	it("ignores headings in fenced code and marks the lines of headings inside a section", () => {
		const outline = profileSections(readNote("## Examples\n```\n## Not a section\n### Nor a title\n```\n### A\ntext"));
		expect(outline.sections).toHaveLength(1);
		expect([...outline.sections[0].headingLines]).toEqual([4]);
	});
});
