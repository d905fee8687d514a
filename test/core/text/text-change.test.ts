import fc from "fast-check";
import { applyChanges, minimalChange } from "../../../src/core/text/text-change";

describe("minimalChange", () => {
	it("turns any text into any other when applied", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (before, after) => {
				const change = minimalChange(before, after);
				expect(applyChanges(before, change ? [change] : [])).toBe(after);
			}),
		);
	});

	it("covers only what differs", () => {
		expect(minimalChange("abcdef", "abXYef")).toEqual({ from: 2, to: 4, insert: "XY" });
		expect(minimalChange("same", "same")).toBeNull();
	});

	it("never cuts an emoji in half", () => {
		const change = minimalChange("a🔍b", "a🔑b");
		expect(change).toEqual({ from: 1, to: 3, insert: "🔑" });
	});
});
