import { checkUserTemplate, templateErrorMessage, templateLabel } from "../../../src/core/commands/user-template";

describe("checkUserTemplate", () => {
	it("passes a template's text through", () => {
		expect(checkUserTemplate("worksheet", "T.hbs", "## {{name}}")).toEqual({ ok: true, value: "## {{name}}" });
	});

	it("says the file is missing and how to fix it", () => {
		expect(checkUserTemplate("worksheet", "Templates/ws.hbs", null)).toEqual({
			ok: false,
			error: "The worksheet template \"Templates/ws.hbs\" was not found. Fix the path in innCoPilot's settings, or clear it to use the bundled template.",
		});
	});

	it("refuses binary and huge files", () => {
		expect(checkUserTemplate("profile page", "img.png", "PNG\u0000\u0001").ok || "refused").toBe("refused");
		expect(checkUserTemplate("profile page", "big.hbs", "x".repeat(300 * 1024))).toEqual({ ok: false, error: expect.stringContaining("too large") as unknown });
	});
});

describe("templateErrorMessage", () => {
	it("names the template and the place of the fault", () => {
		expect(templateErrorMessage("worksheet", "T.hbs", { message: "Parse error", line: 3, column: 5 })).toBe('The worksheet template "T.hbs" has an error on line 3, column 5: Parse error');
		expect(templateErrorMessage("profile page", "", { message: "Missing helper", line: 0, column: 0 })).toBe("The bundled profile page template has an error: Missing helper");
	});
});

describe("templateLabel", () => {
	it("names a vault template by its path and the bundled one by its kind", () => {
		expect(templateLabel("worksheet", "Templates/T.md")).toBe('The worksheet template "Templates/T.md"');
		expect(templateLabel("profile page", "")).toBe("The bundled profile page template");
	});
});
