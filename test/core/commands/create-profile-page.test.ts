import { createProfilePage, type NewProfileOptions } from "../../../src/core/commands/create-profile-page";
import { parseProfile } from "../../../src/core/profile/parse";
import { TemplateEngine } from "../../../src/core/templates/template-engine";

const engine = new TemplateEngine();
const obsidian: NewProfileOptions = { flavor: "obsidian", folder: "Profiles", engine };
const logseq: NewProfileOptions = { flavor: "logseq", folder: "pages/", engine };

describe("createProfilePage", () => {
	it("writes an Obsidian page at <folder>/<Name>.md with every section and the definition filled", () => {
		const result = createProfilePage({ name: "  Pricing   strategy ", definition: "how a venture sets its prices." }, obsidian);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.path).toBe("Profiles/Pricing strategy.md");
		expect(result.value.text.startsWith("---\ntype: profile\n---\n# Pricing strategy\n\n## 🔍 Definition\nhow a venture sets its prices.\n\n## 📰 Content type\n")).toBe(true);
		for (const heading of ["🔑 Keys", "🤖 innCoPilot", "📖 Description", "👉 Examples", "🗄️ Topics", "🧰 Tools"]) expect(result.value.text).toContain(`## ${heading}\n`);
	});

	it("writes a Logseq outline at <folder>/profile___<name>.md that reads back as the same profile", () => {
		const result = createProfilePage({ name: "Pricing Strategy", definition: "how a venture sets its prices." }, logseq);
		if (!result.ok) throw new Error(result.error);
		expect(result.value.path).toBe("pages/profile___pricing strategy.md");
		expect(result.value.text.startsWith("title:: profile/Pricing Strategy\ntags:: profile\n- ## 🔍 Definition\n  - how a venture sets its prices.\n")).toBe(true);
		const again = parseProfile(result.value.text);
		expect([again.name, again.definition, again.warnings]).toEqual(["Pricing Strategy", "how a venture sets its prices.", []]);
	});

	it("puts the page at the vault's root when no folder is set, and allows an empty definition", () => {
		const result = createProfilePage({ name: "Channels", definition: "" }, { ...obsidian, folder: "/" });
		expect(result.ok && result.value.path).toBe("Channels.md");
	});

	it.each([
		["", "Give the profile a name."],
		["   ", "Give the profile a name."],
		["Sales/strategy", 'A profile name cannot contain "/": it is not allowed in file names or links.'],
		["Price [[x]]", 'A profile name cannot contain "[": it is not allowed in file names or links.'],
		["What?", 'A profile name cannot contain "?": it is not allowed in file names or links.'],
		[".hidden", "A profile name cannot start with a dot: the file would be hidden."],
		["bell\u0007", "A profile name cannot contain control characters."],
		["x".repeat(121), "The name is too long: keep it under 120 characters."],
	])("refuses the name %j with a reason", (name, message) => {
		expect(createProfilePage({ name, definition: "d" }, obsidian)).toEqual({ ok: false, error: message });
	});

	it("uses the user's own profile template, and names it when it is broken", () => {
		const own = createProfilePage({ name: "Pricing", definition: "d" }, { ...obsidian, template: { source: "# {{name}}\n{{definition}}", path: "T/profile.hbs" } });
		expect(own.ok && own.value.text).toBe("# Pricing\nd\n");
		const broken = createProfilePage({ name: "Pricing", definition: "d" }, { ...obsidian, template: { source: "{{#each}}", path: "T/profile.hbs" } });
		expect(broken.ok || broken.error).toMatch(/^The profile page template "T\/profile.hbs" has an error on line 1/);
	});
});
