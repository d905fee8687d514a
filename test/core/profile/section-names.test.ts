import { recogniseHeading } from "../../../src/core/profile/section-names";

describe("recogniseHeading", () => {
	it("recognises a section by its name, whatever emoji, case or white space surround it", () => {
		expect(recogniseHeading("🔍 Definition")).toEqual({ kind: "definition" });
		expect(recogniseHeading("üîç DEFINITION ")).toEqual({ kind: "definition" });
		expect(recogniseHeading("🤖 InnCoPilot")).toEqual({ kind: "copilot" });
		expect(recogniseHeading("Content \t type")).toEqual({ kind: "contentType" });
	});

	it("reads the class written in parentheses after the name", () => {
		expect(recogniseHeading("📰 Content Type (goal)")).toEqual({ kind: "contentType", contentClass: "goal" });
	});

	it("folds a long run of white space inside a name as it folds a short one", () => {
		expect(recogniseHeading(`Content${" ".repeat(100_000)}type`)).toEqual({ kind: "contentType" });
	});

	it("recognises no other heading, however long", () => {
		expect(recogniseHeading("Sales strategy")).toBeNull();
		expect(recogniseHeading("Tooling")).toBeNull();
		expect(recogniseHeading("Tööls")).toBeNull();
		expect(recogniseHeading("🧰")).toBeNull();
		expect(recogniseHeading(`a${" ".repeat(100_000)}b`)).toBeNull();
		expect(recogniseHeading(`Tools ${"x".repeat(100_000)}`)).toBeNull();
	});
});
