import fc from "fast-check";
import { parseProfile } from "../../../src/core/profile/parse";
import { repairMojibake } from "../../../src/core/text/mojibake";

const MB = 1 << 20;

/** Adversarial pages of about 1 MB each: a quadratic reader would take minutes on these, a linear one milliseconds. */
const HOSTILE: [string, () => string][] = [
	["unclosed [[ links", () => "- ## 🧰 Tools\n" + "  - [[".repeat(MB / 6)],
	["10,000-deep nesting", () => "- ## Keys\n" + Array.from({ length: 10_000 }, (_, i) => `${"  ".repeat(i)}- [[k${i}]]`).join("\n").slice(0, MB)],
	["only mojibake characters", () => "\uf8ffüîç".repeat(MB / 4)],
	["near-mojibake that never decodes", () => "√Ä√".repeat(MB / 3)],
	["NUL bytes", () => "\0".repeat(MB)],
	["one huge line", () => "## Definition " + "x".repeat(MB)],
	["many headings", () => "## Tools\n".repeat(MB / 9)],
	["question marks without end", () => "## innCoPilot\n" + "Why? Why? ".repeat(MB / 10)],
	["open fences", () => "```\n## Definition\n".repeat(MB / 17)],
	["front matter never closed", () => "---\n" + "key: value\n".repeat(MB / 11)],
];

describe("parseProfile and repairMojibake on hostile input", () => {
	it.each(HOSTILE)("return promptly on 1 MB of %s", (_name, make) => {
		const text = make();
		const profile = parseProfile(text);
		expect(Array.isArray(profile.warnings)).toBe(true);
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
