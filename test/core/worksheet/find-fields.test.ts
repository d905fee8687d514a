import { parseProfile } from "../../../src/core/profile/parse";
import { TemplateEngine } from "../../../src/core/templates/template-engine";
import { applyChanges, type TextRange } from "../../../src/core/text/text-change";
import { findFields, nextField, previousField } from "../../../src/core/worksheet/find-fields";
import { insertWorksheet } from "../../../src/core/worksheet/insert-worksheet";
import { fixture } from "../../support/fixtures";

/** Each field shown in its line as [text], for readable expectations. */
function show(text: string, fields: readonly TextRange[]): string[] {
	return fields.map((field) => {
		const start = text.lastIndexOf("\n", field.from - 1) + 1;
		const end = text.indexOf("\n", field.to);
		return `${text.slice(start, field.from)}[${text.slice(field.from, field.to)}]${text.slice(field.to, end === -1 ? text.length : end)}`;
	});
}

const NOTE = [
	"---",
	"profiles: [Sales strategy]",
	"---",
	"# Exotic Pet Rental",
	"",
	"## Sales strategy",
	"",
	"### Identify target customer segments",
	"Families and schools.",
	"",
	"### Develop customer profiles",
	"_…_",
	"",
	"### Customize sales approaches",
	"",
	"### Questions",
	"- Who pays?",
	"",
	"## Notes",
	"",
	"### Not part of the worksheet",
	"",
	"```",
	"_…_ inside code is not a field",
	"```",
	"Budget: _…_ and _…_",
].join("\n");

describe("findFields", () => {
	it("finds placeholders and the worksheet's empty headings, but not filled ones, code, or headings outside the worksheet", () => {
		expect(show(NOTE, findFields(NOTE))).toEqual(["[_…_]", "[]", "Budget: [_…_] and _…_", "Budget: _…_ and [_…_]"]);
		expect(findFields(NOTE)[1].from).toBe(NOTE.indexOf("### Customize sales approaches\n") + "### Customize sales approaches\n".length);
	});

	it("finds every field of a freshly inserted worksheet, in the same places the insertion made them", () => {
		const seed = parseProfile(fixture("logseq-seed-sales-strategy.md"));
		const note = "# Venture\n\nIntro.";
		const result = insertWorksheet(note, { anchor: note.length, head: note.length }, seed, new TemplateEngine());
		if (!result.ok) throw new Error(result.error);
		expect(findFields(applyChanges(note, result.value.changes))).toEqual(result.value.fields);
	});

	it("finds an empty step left at the very end of a note", () => {
		const text = "---\nprofiles: [P]\n---\n## P\n### Last step\n";
		expect(findFields(text)).toEqual([{ from: text.length, to: text.length }]);
	});

	it("finds nothing in a note without worksheet or placeholders, or in an empty one", () => {
		expect(findFields("# Title\n\n### Empty\n\nText")).toEqual([]);
		expect(findFields("")).toEqual([]);
	});
});

describe("nextField and previousField", () => {
	const fields = [
		{ from: 10, to: 13 },
		{ from: 20, to: 20 },
		{ from: 30, to: 33 },
	];

	it("goes to the next field after the cursor, or the one starting at it", () => {
		expect(nextField(fields, { from: 0, to: 0 })).toEqual(fields[0]);
		expect(nextField(fields, { from: 10, to: 10 })).toEqual(fields[0]);
		expect(nextField(fields, { from: 11, to: 11 })).toEqual(fields[1]);
	});

	it("moves on from a selected field, and from an empty field the cursor sits in", () => {
		expect(nextField(fields, { from: 10, to: 13 })).toEqual(fields[1]);
		expect(nextField(fields, { from: 20, to: 20 })).toEqual(fields[2]);
	});

	it("wraps around at either end", () => {
		expect(nextField(fields, { from: 30, to: 33 })).toEqual(fields[0]);
		expect(previousField(fields, { from: 10, to: 13 })).toEqual(fields[2]);
	});

	it("goes back to the field before the cursor", () => {
		expect(previousField(fields, { from: 30, to: 33 })).toEqual(fields[1]);
		expect(previousField(fields, { from: 25, to: 25 })).toEqual(fields[1]);
		expect(previousField(fields, { from: 13, to: 13 })).toEqual(fields[0]);
	});

	it("has nowhere to go without fields, or when the only field is already selected", () => {
		expect(nextField([], { from: 0, to: 0 })).toBeNull();
		expect(previousField([fields[0]], fields[0])).toBeNull();
	});
});
