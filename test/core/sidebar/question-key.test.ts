import { questionKey, stripLinePrefix } from "../../../src/core/sidebar/question-key";

describe("questionKey", () => {
	it("reads a question the same however the note writes it", () => {
		const key = questionKey("Who pays the most?");
		expect(key).toBe("who pays the most");
		for (const written of ["## Who pays the most?", "- [ ] **Who pays** the most ?!", "> 1. Who  pays the  most:", "###### who pays the most…", "- ## (Who pays the most?)"]) {
			expect(questionKey(written)).toBe(key);
		}
	});

	it("keeps heading marks that open no heading: seven of them, or no space after them", () => {
		expect(questionKey("####### Who pays?")).toBe("####### who pays");
		expect(questionKey("##Who pays?")).toBe("##who pays");
	});

	it("straightens curly quotes and repairs mojibake", () => {
		expect(questionKey("What’s the “price”?")).toBe(`what's the "price"`);
		expect(questionKey("Whatâ€™s the price?")).toBe("what's the price");
	});
});

describe("stripLinePrefix", () => {
	it("removes indentation, quotes, a list marker, a checkbox and heading marks, and nothing else", () => {
		expect(stripLinePrefix("  > - [x] ## Who pays?")).toBe("Who pays?");
		expect(stripLinePrefix("Who pays? ## not a heading")).toBe("Who pays? ## not a heading");
		expect(stripLinePrefix("-not a marker")).toBe("-not a marker");
	});
});
