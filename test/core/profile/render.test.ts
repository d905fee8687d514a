import fc from "fast-check";
import { parseProfile } from "../../../src/core/profile/parse";
import type { Profile } from "../../../src/core/profile/profile";
import { renderProfile, type Flavor } from "../../../src/core/profile/render";
import { fixture } from "../../support/fixtures";
import { profileArbitrary } from "../../support/profile-arbitrary";

function render(profile: Profile, flavor: Flavor): string {
	const result = renderProfile(profile, { flavor });
	if (!result.ok) throw new Error(`render failed: ${result.error.message}`);
	return result.value;
}

function withoutWarnings(profile: Profile): Omit<Profile, "warnings"> {
	const { warnings: _ignored, ...rest } = profile;
	return rest;
}

const FIXTURES = ["logseq-seed-sales-strategy.md", "logseq-graph-pricing-tabs-properties-embeds.md", "obsidian-channel-strategy-crlf.md"];

describe.each<Flavor>(["obsidian", "logseq"])("renderProfile, %s flavour", (flavor) => {
	it.each(FIXTURES)("gives back the same profile when %s is rendered and read again", (name) => {
		const profile = parseProfile(fixture(name));
		const again = parseProfile(render(profile, flavor));
		expect(withoutWarnings(again)).toEqual(withoutWarnings(profile));
		expect(again.warnings).toEqual([]);
	});

	it("round-trips any generated profile", () => {
		fc.assert(
			fc.property(profileArbitrary, (profile) => {
				const again = parseProfile(render(profile, flavor));
				expect(again.warnings).toEqual([]);
				expect(withoutWarnings(again)).toEqual(withoutWarnings(profile));
			}),
			{ numRuns: 300 },
		);
	});

	it("writes every section heading with its emoji, even when the section is empty", () => {
		const page = render(parseProfile("# Empty one\n"), flavor);
		for (const heading of ["🔍 Definition", "📰 Content type", "🔑 Keys", "🤖 innCoPilot", "📖 Description", "👉 Examples", "🗄️ Topics", "🧰 Tools"]) {
			expect(page).toContain(`## ${heading}\n`);
		}
	});
});

describe("renderProfile output", () => {
	const seed = parseProfile(fixture("logseq-seed-sales-strategy.md"));

	it("writes an Obsidian page with front matter, a title and plain headings", () => {
		const page = render(seed, "obsidian");
		expect(page.startsWith("---\ntype: profile\n---\n# Sales strategy\n\n## 🔍 Definition\nthe identification")).toBe(true);
		expect(page).toContain("- [[Porter’s Five Forces]]\n  - This tool helps businesses");
		expect(page.endsWith("\n")).toBe(true);
		expect(page.endsWith("\n\n")).toBe(false);
	});

	it("writes a Logseq page whose title property names the namespace", () => {
		const page = render(seed, "logseq");
		expect(page.startsWith("title:: profile/Sales strategy\ntags:: profile\n- ## 🔍 Definition\n  - the identification")).toBe(true);
	});

	it("uses the user's own template when one is given", () => {
		const result = renderProfile(seed, { flavor: "obsidian", template: "{{name}}: {{copilot.questions.length}} questions" });
		expect(result).toEqual({ ok: true, value: "Sales strategy: 5 questions\n" });
	});

	it("reports a template syntax error with its line instead of rendering", () => {
		const result = renderProfile(seed, { flavor: "obsidian", template: "# {{name}}\n\n{{#each tools}}\n- {{name}\n{{/each}}" });
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error.line).toBe(4);
			expect(result.error.message).toMatch(/Parse error on line 4/);
		}
	});
});
