/** The four disagreements of issue 9, which came from features reading a note each their own way; now they all ask one model. */
import { readNote } from "../../../src/core/note";
import { parseProfile } from "../../../src/core/profile/parse";
import { profilesOfNote, questionClick, scanNote } from "../../../src/core/sidebar";
import { TemplateEngine } from "../../../src/core/templates/template-engine";
import { applyChanges } from "../../../src/core/text/text-change";
import { embedToolSummaries } from "../../../src/core/tools/embed-summaries";
import { findFields } from "../../../src/core/worksheet/find-fields";
import { insertWorksheet } from "../../../src/core/worksheet/insert-worksheet";
import { recordedProfiles } from "../../../src/core/worksheet/recorded-profiles";

const PROFILE = parseProfile(
	["# Sales strategy", "## Definition", "- How a venture wins customers.", "## Examples", "### A", "- Segment the market: x", "- Build profiles: y", "### B", "- Segment the market: z", "- Build profiles: w", "## Tools", "- [[Business Model Canvas]]"].join("\n"),
);

describe("features that ask the one note model agree", () => {
	it("1. embed finds the Tools section a freshly inserted worksheet wrote as ### Tools", () => {
		const inserted = insertWorksheet("# Pets\n", { anchor: 7, head: 7 }, PROFILE, new TemplateEngine());
		if (!inserted.ok) throw new Error(inserted.error);
		const note = applyChanges("# Pets\n", inserted.value.changes);
		expect(note).toContain("### Tools\n- [[Business Model Canvas]]");
		const embedded = embedToolSummaries(note, () => ({ name: "Business Model Canvas", summary: "Nine blocks.", source: "bundled", path: null }));
		expect(embedded.ok && embedded.value.added).toBe(1);
	});

	it("2. a heading with an emoji before the profile's name is the profile's section for fields and for question insertion alike", () => {
		const note = "---\nprofiles: [Sales strategy]\n---\n## 🧭 Sales strategy\n\n### Segment the market\n\n### Build profiles\nDone.\n\n# Elsewhere\n";
		const fields = findFields(note);
		expect(fields).toHaveLength(1);
		expect(fields[0].from).toBe(note.indexOf("### Segment the market\n") + "### Segment the market\n".length);
		const card = { name: "Sales strategy", reason: "recorded" as const, groups: [] };
		const click = questionClick(note, card, { text: "Who pays?", key: "who pays" }, { cursor: { line: 10, ch: 0 }, flavor: "obsidian" });
		expect(click.kind === "edit" && click.edit.from.line).toBe(8);
	});

	it("3. a four-backtick fence holding a three-backtick line hides the next heading from fields and from the sidebar alike", () => {
		const note = "---\nprofiles: [Sales strategy]\n---\n## Sales strategy\n````\n```\n### Hidden\n\n````\n### Shown\n\n";
		expect(scanNote(note).marks.map((mark) => mark.text)).toEqual(["Sales strategy", "Shown"]);
		expect(findFields(note)).toEqual([{ from: note.length - 1, to: note.length - 1 }]);
	});

	it('4. profiles: ["A, B", C] reads as two profiles for the worksheet and for the sidebar alike', () => {
		const note = '---\nprofiles: ["A, B", C]\n---\n';
		expect(recordedProfiles(readNote(note))).toEqual(["A, B", "C"]);
		const names: string[] = [];
		const lookup = { byName: (name: string) => (names.push(name), undefined), byPath: () => undefined };
		expect(profilesOfNote(scanNote(note), "a.md", lookup, () => null).missing).toEqual(["A, B", "C"]);
	});
});
