import { readNote } from "../../../src/core/note";
import { profileHeading, profileHeadings } from "../../../src/core/profile/profile-heading";

describe("profileHeading", () => {
	it("finds the profile's section whatever emoji, mojibake, case or level its heading has", () => {
		const note = readNote("# Pets\n## 🧭 Sales strategy\n### x\n- ## \uf8ffüß≠ sales  STRATEGY\n## Sales strategies\n");
		expect(profileHeading(note.headings, ["Sales strategy"])?.line).toBe(1);
		expect(profileHeadings(note.headings, ["Sales strategy"]).map((heading) => heading.line)).toEqual([1, 3]);
	});

	it("finds nothing for no names, an empty name, or a name no heading has", () => {
		const note = readNote("## Sales strategy");
		expect(profileHeading(note.headings, [])).toBeNull();
		expect(profileHeading(note.headings, [""])).toBeNull();
		expect(profileHeading(note.headings, ["Pricing"])).toBeNull();
	});
});
