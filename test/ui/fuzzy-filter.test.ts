import { fuzzyFilter, fuzzyMatch } from "../../src/ui/fuzzy-filter";

describe("fuzzyMatch", () => {
	it("matches the query's characters in order, ignoring case and spaces", () => {
		expect(fuzzyMatch("ins tpl", "Insert profile template")?.indices).toEqual([0, 1, 2, 5, 7, 12]);
		expect(fuzzyMatch("tpli", "Insert profile template")).toBeNull();
	});

	it("matches everything with an empty query", () => {
		expect(fuzzyMatch("", "Anything")).toEqual({ score: 0, indices: [] });
	});
});

describe("fuzzyFilter", () => {
	const names = ["Repair text encoding", "Next field", "Previous field", "Insert profile template"];

	it("puts a run of adjacent characters and word starts before scattered ones", () => {
		expect(fuzzyFilter(names, "field", (name) => name).map((found) => found.item)).toEqual(["Next field", "Previous field"]);
		expect(fuzzyFilter(names, "pf", (name) => name)[0].item).toBe("Insert profile template");
		expect(fuzzyFilter(names, "next", (name) => name)[0].item).toBe("Next field");
	});

	it("keeps the original order when nothing is typed", () => {
		expect(fuzzyFilter(names, "", (name) => name).map((found) => found.item)).toEqual(names);
	});
});
