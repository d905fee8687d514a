import { recogniseHeading } from "../../../src/core/profile/section-names";

describe("recogniseHeading", () => {
	it("recognises a section by its name in any case, after its emoji or left-over mojibake, with the class in parentheses", () => {
		expect(recogniseHeading("🔍 DEFINITION")).toEqual({ kind: "definition" });
		expect(recogniseHeading("üîç Definition")).toEqual({ kind: "definition" });
		expect(recogniseHeading("📰 Content Type (goal)")).toEqual({ kind: "contentType", contentClass: "goal" });
		expect(recogniseHeading("🤖 InnCoPilot")).toEqual({ kind: "copilot" });
		expect(recogniseHeading("Content \t  type")).toEqual({ kind: "contentType" });
	});

	it("gives null for a heading that names no section", () => {
		expect(recogniseHeading("Tooling")).toBeNull();
		expect(recogniseHeading("🧰")).toBeNull();
		expect(recogniseHeading("Tööls")).toBeNull();
	});
});
