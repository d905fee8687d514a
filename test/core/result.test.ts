import { err, errorMessage, ok } from "../../src/core/result";

describe("Result", () => {
	it("wraps a value and an error so that callers tell them apart by ok", () => {
		expect(ok(3)).toEqual({ ok: true, value: 3 });
		expect(err("no")).toEqual({ ok: false, error: "no" });
	});
});

describe("errorMessage", () => {
	it("gives an Error's message, and any other thrown value as text", () => {
		expect(errorMessage(new Error("ENOENT: Templates/Mine.md"))).toBe("ENOENT: Templates/Mine.md");
		expect(errorMessage("quota exceeded")).toBe("quota exceeded");
		expect(errorMessage(undefined)).toBe("undefined");
	});
});
