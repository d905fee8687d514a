import { resolveEmbeds } from "../../../src/core/graph/embeds";

const pages = (entries: Record<string, string>) => (name: string) => entries[name.toLowerCase()] ?? null;

describe("resolving embeds", () => {
	it("puts the embedded page's text where the embed was, its own structure and indentation kept", () => {
		const found = pages({ "p/examples/stall": "tags:: demo\n\n- First step: do it.\n\t- a detail\n- Second step: then this." });
		const { text, warnings } = resolveEmbeds("  {{embed [[p/examples/Stall]]}}", found);
		expect(text).toBe("  - First step: do it.\n  \t- a detail\n  - Second step: then this.");
		expect(warnings).toEqual([]);
	});

	it("warns about a missing page and leaves no markup behind", () => {
		const { text, warnings } = resolveEmbeds("Intro\n{{embed [[Nowhere]]}}", pages({}));
		expect(text).toBe("Intro\n");
		expect(text).not.toContain("{{embed");
		expect(warnings).toEqual(['The embedded page "Nowhere" was not found in the graph.']);
	});

	it("stops at a cycle with a warning that names it", () => {
		const cycle = pages({ a: "A says\n{{embed [[b]]}}", b: "B says\n{{embed [[a]]}}" });
		const { text, warnings } = resolveEmbeds("{{embed [[a]]}}", cycle);
		expect(text).toBe("A says\nB says\n");
		expect(warnings).toEqual(['The page "a" embeds itself (through a → b → a); the repeat was left out.']);
	});

	it("reads only the first part of a 1 MB page, and says so", () => {
		const big = "- word ".repeat(150_000);
		const { text, warnings } = resolveEmbeds("{{embed [[big]]}}", pages({ big }));
		expect(text.length).toBeLessThanOrEqual(64 * 1024);
		expect(warnings[0]).toMatch(/^The embedded page "big" holds 1\.0 MB; only its first 64 KB were read\.$/);
	});

	it("caps the text a page full of embeds can pull in", () => {
		const page = "x".repeat(60_000);
		const many = "{{embed [[p]]}}\n".repeat(1000);
		const { text, warnings } = resolveEmbeds(many, pages({ p: page }));
		expect(text.length).toBeLessThan(400_000);
		expect(warnings.some((warning) => warning.includes("already exceeds 256 KB"))).toBe(true);
	});

	it("leaves block embeds out with a warning, and plain text untouched", () => {
		expect(resolveEmbeds("{{embed ((64a1-22))}}", pages({})).warnings[0]).toMatch(/block embed/);
		expect(resolveEmbeds("No embeds {{here}}", pages({})).text).toBe("No embeds {{here}}");
	});
});
