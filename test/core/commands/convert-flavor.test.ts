import fc from "fast-check";
import { convertProfileFlavor, pageFlavor } from "../../../src/core/commands/convert-flavor";
import { parseProfile } from "../../../src/core/profile/parse";
import { emptyProfile } from "../../../src/core/profile/profile";
import { renderProfile, type Flavor } from "../../../src/core/profile/render";
import { TemplateEngine } from "../../../src/core/templates/template-engine";
import { applyChanges } from "../../../src/core/text/text-change";
import { fixture } from "../../support/fixtures";
import { profileArbitrary } from "../../support/profile-arbitrary";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const engine = new TemplateEngine();

function convert(text: string): string {
	const result = convertProfileFlavor(text, engine);
	if (!result.ok) throw new Error(result.error);
	return applyChanges(text, [result.value.change]);
}

/** A page as innCoPilot writes it: the kind of page a conversion can take there and back. */
function written(flavor: Flavor, edit: (profile: ReturnType<typeof emptyProfile>) => void = () => undefined): string {
	const profile = emptyProfile("Channel");
	profile.definition = "How we reach people.";
	profile.copilot.questions = ["Which channels do we own?"];
	edit(profile);
	const page = renderProfile(profile, { flavor, engine });
	if (!page.ok) throw new Error(page.error.message);
	return page.value;
}

/** Every page of the demo vault, by path. */
function demoPages(): [string, string][] {
	const root = join(__dirname, "..", "..", "..", "demo-vault");
	return readdirSync(root, { recursive: true })
		.map(String)
		.filter((path) => path.endsWith(".md"))
		.map((path): [string, string] => [path, readFileSync(join(root, path), "utf8")]);
}

describe("convertProfileFlavor", () => {
	const seed = fixture("logseq-seed-sales-strategy.md");

	it("converts a page there and back byte for byte, and says so", () => {
		const obsidian = written("obsidian");
		const result = convertProfileFlavor(obsidian, engine);
		expect(result.ok && result.value.message).toBe("Converted this profile page to a Logseq outline.");
		const logseq = convert(obsidian);
		expect(pageFlavor(logseq)).toBe("logseq");
		expect(convert(logseq)).toBe(obsidian);
	});

	it("gives back any page generated from a profile byte for byte, in either flavour", () => {
		fc.assert(
			fc.property(profileArbitrary, fc.constantFrom<Flavor>("obsidian", "logseq"), (profile, flavor) => {
				const page = renderProfile(profile, { flavor, engine });
				if (!page.ok) return;
				const there = convertProfileFlavor(page.value, engine);
				expect(there.ok).toBe(true);
				if (there.ok) expect(convert(applyChanges(page.value, [there.value.change]))).toBe(page.value);
			}),
			{ numRuns: 200 },
		);
	});

	it("refuses the seed, naming the first line that would not come back as it is", () => {
		const result = convertProfileFlavor(seed, engine);
		expect(result).toEqual({
			ok: false,
			error: 'Converting this page to Obsidian headings and back would not give it back exactly (line 1, "# #profile Name - Sales strategy", would come back as "title:: profile/Sales strategy"), so nothing was changed.',
		});
	});

	it.each(demoPages())("gives back the demo page %s byte for byte, or refuses", (_path, page) => {
		const result = convertProfileFlavor(page, engine);
		if (result.ok) expect(convert(convert(page))).toBe(page);
		else expect(result.error).toMatch(/nothing was changed|not a profile page/i);
	});

	it("refuses when a NUL byte sits in the title's #namespace, instead of dropping it silently", () => {
		for (let at = 3; at <= 10; at++) {
			const page = seed.slice(0, at) + "\0" + seed.slice(at);
			expect(convertProfileFlavor(page, engine)).toEqual({ ok: false, error: expect.stringContaining("NUL bytes") as unknown });
		}
		const logseq = written("logseq");
		const nul = logseq.replace("profile/Channel", "pro\0file/Channel");
		expect(convertProfileFlavor(nul, engine)).toEqual({ ok: false, error: expect.stringContaining("NUL bytes") as unknown });
	});

	it("never converts a mutated page unless converting back gives it exactly, so no word is ever lost", () => {
		const pages = [seed, written("obsidian"), written("logseq"), written("logseq", (p) => (p.keys = ["Reach", "Cost"]))];
		fc.assert(
			fc.property(fc.constantFrom(...pages), fc.nat(), fc.constantFrom("\0", "#", "x", "\n", " ", "- ", "::", "é", ""), fc.nat({ max: 3 }), (page, where, insert, cut) => {
				const at = where % (page.length + 1);
				const mutated = page.slice(0, at) + insert + page.slice(Math.min(page.length, at + cut));
				const result = convertProfileFlavor(mutated, engine);
				if (!result.ok) return;
				expect(convert(applyChanges(mutated, [result.value.change]))).toBe(mutated);
			}),
			{ numRuns: 400 },
		);
	});

	it("counts repaired runs in the message, in the right number and grammar, and keeps correct mathematics", () => {
		const one = written("obsidian", (p) => (p.description = "The caf√© knows √π ≈ 1.77."));
		const result = convertProfileFlavor(one, engine);
		expect(result.ok && result.value.message).toBe("Converted this profile page to a Logseq outline. 1 garbled run of text was repaired on the way.");
		const after = convert(one);
		expect(after).toContain("The café knows √π ≈ 1.77.");
		const two = written("obsidian", (p) => (p.description = "The caf√© in Z√ºrich."));
		const plural = convertProfileFlavor(two, engine);
		expect(plural.ok && plural.value.message).toBe("Converted this profile page to a Logseq outline. 2 garbled runs of text were repaired on the way.");
	});

	it("leaves mathematics that looks like Mac Roman mojibake as it is", () => {
		const page = written("obsidian", (p) => (p.description = "Use √π, √µ, √∂, √∑ and a ¬¶ b."));
		const result = convertProfileFlavor(page, engine);
		expect(result.ok && result.value.message).toBe("Converted this profile page to a Logseq outline.");
		expect(convert(page)).toContain("Use √π, √µ, √∂, √∑ and a ¬¶ b.");
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

	it("keeps CRLF line ends when the page uses them, there and back", () => {
		const page = written("obsidian").replace(/\n/g, "\r\n");
		const logseq = convert(page);
		expect(logseq.startsWith("title:: profile/Channel\r\ntags:: profile\r\n- ## 🔍 Definition\r\n")).toBe(true);
		expect(convert(logseq)).toBe(page);
	});

	it("refuses a note that is no profile page", () => {
		expect(convertProfileFlavor("# Shopping\n\n- eggs\n- milk\n", engine)).toEqual({ ok: false, error: expect.stringContaining("not a profile page") as unknown });
		expect(convertProfileFlavor("", engine).ok).toBe(false);
	});
});
