import fc from "fast-check";
import { parseProfile } from "../../../src/core/profile/parse";
import type { Profile } from "../../../src/core/profile/profile";
import { repairMojibake } from "../../../src/core/text/mojibake";

const MB = 1 << 20;

/** Adversarial pages of about 1 MB each: a quadratic reader would take minutes on these, a linear one milliseconds. */
/** Each case: a page of about 1 MB, and what a user would find read from it. */
const HOSTILE: [string, () => string, (profile: Profile) => void][] = [
	["unclosed [[ links", () => "- ## 🧰 Tools\n" + "  - [[\n".repeat(MB / 7), (p) => expect(p.tools).toHaveLength(Math.floor(MB / 7))],
	[
		"10,000-deep nesting",
		() => "- ## Keys\n" + Array.from({ length: 10_000 }, (_, i) => `${"  ".repeat(i)}- [[k${i}]]`).join("\n").slice(0, MB),
		(p) => {
			expect(p.keys).toEqual(["k0", "k1"]);
			expect(p.warnings).toContain('Keys: the line "- [[k2]]" under "k1" was not read.');
		},
	],
	["only mojibake characters", () => "\uf8ffüîç".repeat(MB / 4), (p) => expect(p.sections[0].body).toBe("🔍".repeat(MB / 4))],
	["near-mojibake that never decodes", () => "√Ä√".repeat(MB / 3), (p) => expect(p.sections[0].body).toBe("√Ä√".repeat(MB / 3))],
	["NUL bytes", () => "\0".repeat(MB), (p) => expect(p.warnings).toContain("The page holds NUL bytes (binary data); they were skipped.")],
	["one huge line", () => "## Definition " + "x".repeat(MB), (p) => expect(p.definition).toBe("")],
	["many headings", () => "## Tools\n".repeat(MB / 9), (p) => expect(p.tools).toEqual([])],
	["question marks without end", () => "## innCoPilot\n" + "Why? Why? ".repeat(MB / 10), (p) => expect(p.copilot.questions.length).toBeGreaterThan(0)],
	[
		"alternating fences and headings",
		() => "```\n## Definition\n".repeat(MB / 17),
		(p) => {
			expect(p.definition.startsWith("```\n## Definition\n```")).toBe(true);
			expect(p.warnings.some((w) => w.includes("appears twice"))).toBe(true);
		},
	],
	["front matter never closed", () => "---\n" + "key: value\n".repeat(MB / 11), (p) => expect(p.warnings.some((w) => w.includes("never closed"))).toBe(true)],
];

describe("parseProfile and repairMojibake on hostile input", () => {
	it.each(HOSTILE)("return promptly on 1 MB of %s, with what it held", (_name, make, check) => {
		const text = make();
		const profile = parseProfile(text);
		check(profile);
		expect(profile.warnings.some((w) => w.includes("could not be read completely"))).toBe(false);
		expect(typeof repairMojibake(text)).toBe("string");
	});

	it("turns a page of only mojibake into the emoji it stood for", () => {
		expect(repairMojibake("\uf8ffüîç".repeat(1000))).toBe("🔍".repeat(1000));
	});

	it("reads binary junk as an unnamed profile with warnings", () => {
		const profile = parseProfile("\0\u0001\u0002PK\u0003\u0004\0\0");
		expect(profile.name).toBe("");
		expect(profile.warnings.length).toBeGreaterThan(0);
	});

	it("never throws on any string, and always returns every field", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
				const profile = parseProfile(text);
				expect(typeof profile.name).toBe("string");
				expect(Array.isArray(profile.copilot.questions)).toBe(true);
				expect(typeof repairMojibake(text)).toBe("string");
			}),
			{ numRuns: 1000 },
		);
	});

	it("never throws on Markdown-shaped noise", () => {
		const token = fc.constantFrom("- ", "## ", "### ", "[[", "]]", "\n", "\t", "  ", "```", "---\n", "::", "?", "What could it be?", "#key ", "üîç", "\r\n", "{{embed [[x]]}}", "Definition", "Tools", "(goal)");
		fc.assert(
			fc.property(fc.array(token, { maxLength: 200 }), (tokens) => {
				const profile = parseProfile(tokens.join(""));
				expect(profile.warnings.every((w) => typeof w === "string")).toBe(true);
			}),
			{ numRuns: 2000 },
		);
	});

	it("reads non-string input as an empty page instead of throwing", () => {
		expect(parseProfile(null as unknown as string).warnings).toEqual(["The page is empty."]);
	});
});

describe("parseProfile on a section too long to spread", () => {
	it("reads all 200,000 tool links of a Tools section", () => {
		const profile = parseProfile("- ## Tools\n" + "  - [[Tool]]\n".repeat(200_000));
		expect(profile.tools).toHaveLength(200_000);
		expect(profile.warnings.filter((w) => w.includes("could not be read"))).toEqual([]);
	});
});
