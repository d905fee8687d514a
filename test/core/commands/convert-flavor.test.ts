import { convertProfileFlavor, pageFlavor } from "../../../src/core/commands/convert-flavor";
import { parseProfile } from "../../../src/core/profile/parse";
import { TemplateEngine } from "../../../src/core/templates/template-engine";
import { applyChanges } from "../../../src/core/text/text-change";
import { fixture } from "../../support/fixtures";

const engine = new TemplateEngine();

function convert(text: string): string {
	const result = convertProfileFlavor(text, engine);
	if (!result.ok) throw new Error(result.error);
	return applyChanges(text, [result.value.change]);
}

function withoutWarnings(text: string): object {
	return { ...parseProfile(text), warnings: [] };
}

describe("convertProfileFlavor", () => {
	const seed = fixture("logseq-seed-sales-strategy.md");

	it("rewrites the Logseq seed as Obsidian headings that read as the same profile, and says so", () => {
		const result = convertProfileFlavor(seed, engine);
		expect(result.ok && result.value.message).toBe("Converted this profile page to Obsidian headings. 9 garbled runs of text were repaired on the way.");
		const obsidian = convert(seed);
		expect(pageFlavor(obsidian)).toBe("obsidian");
		expect(obsidian.startsWith("---\ntype: profile\n---\n# Sales strategy\n\n## 🔍 Definition\n")).toBe(true);
		expect(withoutWarnings(obsidian)).toEqual(withoutWarnings(seed));
	});

	it("converts back to a Logseq outline without losing anything", () => {
		const back = convert(convert(seed));
		expect(pageFlavor(back)).toBe("logseq");
		expect(withoutWarnings(back)).toEqual(withoutWarnings(seed));
	});

	it("keeps every word of the seed, mojibake repaired", () => {
		const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !["name", "title", "tags"].includes(word));
		const converted = new Set(words(convert(seed)));
		const missing = words(parseProfile(seed).description + parseProfile(seed).examples.map((e) => e.body).join(" ")).filter((word) => !converted.has(word));
		expect(missing).toEqual([]);
	});

	it("refuses, naming the text, when a page property would be lost (Logseq alias::)", () => {
		const result = convertProfileFlavor(fixture("logseq-graph-pricing-tabs-properties-embeds.md"), engine);
		expect(result).toEqual({ ok: false, error: expect.stringContaining('Converting would drop "alias:: pricing"') as unknown });
	});

	it("refuses when Obsidian front matter would be lost (aliases)", () => {
		const result = convertProfileFlavor(fixture("obsidian-channel-strategy-crlf.md"), engine);
		expect(result).toEqual({ ok: false, error: expect.stringContaining('"aliases: [Channels]"') as unknown });
	});

	it("refuses when the Keys section holds a line the reader skips", () => {
		const page = "# Pricing\n\n## Definition\nd\n\n## Keys\n- [[Reach]]\n  only in my notes\n";
		expect(parseProfile(page).warnings.some((warning) => warning.includes("was not read"))).toBe(true);
		const result = convertProfileFlavor(page, engine);
		expect(result).toEqual({ ok: false, error: expect.stringContaining('"only in my notes"') as unknown });
	});

	it("keeps CRLF line ends when the page uses them", () => {
		const page = "---\r\ntype: profile\r\n---\r\n# Channel\r\n\r\n## Definition\r\nHow we reach people.\r\n";
		const logseq = convert(page);
		expect(logseq.startsWith("title:: profile/Channel\r\ntags:: profile\r\n- ## 🔍 Definition\r\n")).toBe(true);
	});

	it("refuses a note that is no profile page", () => {
		expect(convertProfileFlavor("# Shopping\n\n- eggs\n- milk\n", engine)).toEqual({ ok: false, error: expect.stringContaining("not a profile page") as unknown });
		expect(convertProfileFlavor("", engine).ok).toBe(false);
	});
});
