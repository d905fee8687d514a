import { fieldFrom, pageFields } from "../../../src/core/logseq/page-fields";
import type { PageBlock } from "../../../src/core/logseq/page-blocks";

const worksheet: PageBlock[] = [
	{ uuid: "intro", content: "" },
	{
		uuid: "top",
		content: "## Pricing\nprofiles:: Pricing",
		properties: { profiles: "Pricing" },
		children: [
			{ uuid: "s1", content: "### Set a price", children: [{ uuid: "f1", content: "\nid:: 6f0c1a52-0000-4000-8000-000000000001" }] },
			{ uuid: "s2", content: "### Test it", children: [{ uuid: "a2", content: "We tried 9 €." }] },
			{ uuid: "s3", content: "### Review", children: [{ uuid: "f3", content: "Every _…_ months" }, ["uuid", "not-loaded"]] },
		],
	},
	{ uuid: "after", content: "" },
];

describe("pageFields", () => {
	it("finds the empty and placeholder blocks inside a worksheet only, in reading order", () => {
		expect(pageFields(worksheet)).toEqual(["f1", "f3"]);
	});
});

describe("fieldFrom", () => {
	it("goes to the next field after the block being edited, wrapping to the first", () => {
		expect(fieldFrom(worksheet, "f1", "next")).toBe("f3");
		expect(fieldFrom(worksheet, "a2", "next")).toBe("f3");
		expect(fieldFrom(worksheet, "f3", "next")).toBe("f1");
	});

	it("goes to the previous field, wrapping to the last", () => {
		expect(fieldFrom(worksheet, "f3", "previous")).toBe("f1");
		expect(fieldFrom(worksheet, "f1", "previous")).toBe("f3");
	});

	it("starts from the first (or last) field when nothing on the page is being edited", () => {
		expect(fieldFrom(worksheet, null, "next")).toBe("f1");
		expect(fieldFrom(worksheet, "elsewhere", "previous")).toBe("f3");
	});

	it("answers null when the only field is the one being edited, or there is none", () => {
		expect(fieldFrom([{ uuid: "top", properties: { profiles: "P" }, children: [{ uuid: "f", content: "" }] }], "f", "next")).toBeNull();
		expect(fieldFrom([{ uuid: "x", content: "" }], null, "next")).toBeNull();
	});
});
