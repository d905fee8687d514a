import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bundledTemplate, type BundledTemplateName } from "../../../src/core/templates/bundled-templates";

const NAMES: BundledTemplateName[] = ["worksheet", "profile-obsidian", "profile-logseq", "copilot-prompt"];

describe("bundledTemplate", () => {
	it("gives each bundled template exactly as its .hbs file holds it", () => {
		for (const name of NAMES) {
			const file = readFileSync(join(__dirname, "..", "..", "..", "src", "core", "templates", `${name}.hbs`), "utf8");
			expect(bundledTemplate(name)).toBe(file);
		}
	});
});
