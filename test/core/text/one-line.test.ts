import { oneLine } from "../../../src/core/text/one-line";

describe("oneLine", () => {
	it("joins the lines of a text with single spaces and trims its ends", () => {
		expect(oneLine("  Sales\r\n\tstrategy \u00a0 for  families \n")).toBe("Sales strategy for families");
	});

	it("gives an empty text for white space alone", () => {
		expect(oneLine(" \n\t ")).toBe("");
	});
});
