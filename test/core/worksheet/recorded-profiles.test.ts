import { readNote } from "../../../src/core/note";
import { applyChanges } from "../../../src/core/text/text-change";
import { recordedProfiles, recordProfile } from "../../../src/core/worksheet/recorded-profiles";
import { fixture } from "../../support/fixtures";

/** The note after recording `name`, or the error. */
function record(text: string, name: string): string {
	const result = recordProfile(text, name);
	if (!result.ok) return `ERROR ${result.error}`;
	return result.value.change ? applyChanges(text, [result.value.change]) : text;
}

describe("recordProfile", () => {
	it.each([
		["a note without front matter", "Body", "---\nprofiles:\n  - Sales strategy\n---\nBody"],
		["front matter without the key", "---\ntags: [a]\n---\nBody", "---\ntags: [a]\nprofiles:\n  - Sales strategy\n---\nBody"],
		["an empty front matter", "---\n---\n", "---\nprofiles:\n  - Sales strategy\n---\n"],
		["a block list", "---\nprofiles:\n- Pricing\nx: 1\n---\n", "---\nprofiles:\n- Pricing\n- Sales strategy\nx: 1\n---\n"],
		["an indented block list", "---\nprofiles:\n    - Pricing\n---\n", "---\nprofiles:\n    - Pricing\n    - Sales strategy\n---\n"],
		["a flow list", "---\nprofiles: [Pricing, \"A, B\"]\n---\n", "---\nprofiles: [Pricing, \"A, B\", Sales strategy]\n---\n"],
		["an empty flow list", "---\nprofiles: []\n---\n", "---\nprofiles: [Sales strategy]\n---\n"],
		["a single name", "---\nprofiles: Pricing\n---\n", "---\nprofiles:\n  - Pricing\n  - Sales strategy\n---\n"],
		["a null value", "---\nprofiles: null\n---\n", "---\nprofiles:\n  - Sales strategy\n---\n"],
		["a key with a comment", "---\nprofiles: # which\n---\n", "---\nprofiles: # which\n  - Sales strategy\n---\n"],
		["Logseq page properties", "title:: Venture\n\n- body", "title:: Venture\nprofiles:: [[Sales strategy]]\n\n- body"],
		["a Logseq profiles property", "profiles:: [[Pricing]]\n- body", "profiles:: [[Pricing]], [[Sales strategy]]\n- body"],
		["an empty Logseq profiles property", "profiles::\n- body", "profiles:: [[Sales strategy]]\n- body"],
		["a Logseq profiles property of spaces only", "Profiles::  \t\n- body", "Profiles:: [[Sales strategy]]\n- body"],
	])("adds the profile to %s", (_scenario, before, after) => {
		expect(record(before, "Sales strategy")).toBe(after);
	});

	it.each([
		["a block list", "---\nprofiles:\n  - sales  strategy\n---\n"],
		["a quoted flow list", "---\nprofiles: ['Sales strategy']\n---\n"],
		["a list of links", '---\nprofiles:\n  - "[[Sales strategy]]"\n---\n'],
		["a Logseq property", "profiles:: [[Pricing]], [[sales strategy]]\n"],
	])("leaves the note alone when %s already names the profile", (_scenario, text) => {
		const result = recordProfile(text, "Sales strategy");
		expect(result.ok && result.value.change).toBeNull();
	});

	it("quotes names YAML would misread", () => {
		expect(record("Body", "Pricing: a #1 guide")).toBe('---\nprofiles:\n  - "Pricing: a #1 guide"\n---\nBody');
		expect(record("Body", "2024")).toBe('---\nprofiles:\n  - "2024"\n---\nBody');
	});

	it("refuses front matter that is never closed", () => {
		expect(record("---\ntitle: x\nBody", "Sales strategy")).toMatch(/^ERROR .*never closed/);
	});

	it("says where the body starts, so a worksheet never lands inside the metadata", () => {
		const result = recordProfile("---\na: 1\n---\nBody", "X");
		expect(result.ok && result.value.bodyStart).toBe("---\na: 1\n---\n".length);
	});
});

describe("recordedProfiles", () => {
	it("reads the names from front matter in any list form, unquoted and unlinked", () => {
		expect(recordedProfiles(readNote('---\nprofiles:\n  - "[[Sales strategy]]"\n  - \'It\'\'s\'\n  - Pricing\n---\n'))).toEqual(["Sales strategy", "It's", "Pricing"]);
		expect(recordedProfiles(readNote("---\nprofiles: [A, \"B, C\"]\n---\n"))).toEqual(["A", "B, C"]);
	});

	it("reads a Logseq page's profiles property", () => {
		expect(recordedProfiles(readNote(fixture("logseq-venture-page-properties.md")))).toEqual(["Pricing strategy"]);
	});

	it("finds none in a note without metadata, or with the key elsewhere in the text", () => {
		expect(recordedProfiles(readNote("Body\nprofiles: [A]"))).toEqual([]);
		expect(recordedProfiles(readNote(""))).toEqual([]);
	});
});
