import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { convertProfileFlavor, pageFlavor } from "../../../src/core/commands/convert-flavor";
import { readNote } from "../../../src/core/note";
import { parseProfile } from "../../../src/core/profile/parse";
import { emptyProfile } from "../../../src/core/profile/profile";
import { renderProfile, type Flavor } from "../../../src/core/profile/render";
import { TemplateEngine } from "../../../src/core/templates/template-engine";
import { applyChanges } from "../../../src/core/text/text-change";
import { fixture } from "../../support/fixtures";
import { graphProfilePage } from "../../support/graph-page-arbitrary";
import { profileArbitrary } from "../../support/profile-arbitrary";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const engine = new TemplateEngine();

function convert(text: string): string {
	const result = convertProfileFlavor(text);
	if (!result.ok) throw new Error(result.error);
	return applyChanges(text, [result.value.change]);
}

/** A page as innCoPilot writes it. */
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

/** The front matter of an Obsidian page as the `yaml` package reads it, every scalar as text. */
function yamlValues(page: string): Map<string, unknown> {
	const note = readNote(page);
	const source = note.lines.slice(note.meta.from, note.meta.to).join("\n");
	const parsed = (parseYaml(source) ?? {}) as Record<string, unknown>;
	const text = (value: unknown): unknown => (Array.isArray(value) ? value.map(text) : value === null ? "" : typeof value === "number" || typeof value === "boolean" ? `${value}` : value);
	return new Map(Object.entries(parsed).map(([key, value]) => [key.toLowerCase(), text(value)]));
}

/** A profile as the reader gives it, warnings aside. */
function read(page: string): unknown {
	return { ...parseProfile(page), warnings: [] };
}

const PRICING_FRONT_MATTER = ["---", "innbok-type: internal", 'metamodel-id: "[[profile-(id)/pricing]]"', 'relations: "[[profile-(id)/revenue-streams_info]] [[profile-(id)/offer_info]]"', "weight: 20", 'item-classes: "#[[offer]]"', "---", ""].join("\n");

describe("convertProfileFlavor", () => {
	const seed = fixture("logseq-seed-sales-strategy.md");
	const pricing = fixture("graph-profile-pricing-two-keys.md");

	it("converts a page there and back byte for byte, and says so", () => {
		const obsidian = written("obsidian");
		const result = convertProfileFlavor(obsidian);
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
				expect(convert(convert(page.value))).toBe(page.value);
			}),
			{ numRuns: 200 },
		);
	});

	it("carries a graph page's properties into front matter that reads the same, and gives the page back byte for byte", () => {
		const obsidian = convert(pricing);
		expect(obsidian.startsWith(`${PRICING_FRONT_MATTER}\n## 🔍 Definition\n- the amount a customer gives up`)).toBe(true);
		expect(obsidian).toContain("\n## 🔑 Keys\n- #key [[profile-(id)/pricing/Price sensitivity]] [[**]] [[-+]]\n  key-weight:: 35\n");
		expect(obsidian).toContain("- Content uses the following classes:\n\t- [[offer]]\n\t\t- {{embed [[offer]]}}\n");
		const meta = readNote(obsidian).meta.values;
		expect(Object.fromEntries(meta)).toEqual({ "innbok-type": "internal", "metamodel-id": "[[profile-(id)/pricing]]", relations: "[[profile-(id)/revenue-streams_info]] [[profile-(id)/offer_info]]", weight: "20", "item-classes": "#[[offer]]" });
		expect(convert(obsidian)).toBe(pricing);
	});

	it("converts the seed and gives it back byte for byte, its title line, its mojibake and its two-space indentation kept", () => {
		const obsidian = convert(seed);
		const lines = seed.split("\n");
		expect(lines[1]).toBe("- ## \uf8ffüîç Definition");
		expect(obsidian.startsWith(`---\nlogseq-indent: spaces\n---\n# #profile Name - Sales strategy\n## \uf8ffüîç Definition\n- the identification and targeting`)).toBe(true);
		expect(obsidian).toContain("üëâ Examples\n### Space X\nDemonstrate Reliability and Track Record\n");
		expect(obsidian).toContain("\n- [[Business Model Canvas]]\n  - In the Business Model Canvas");
		expect(convert(obsidian)).toBe(seed);
	});

	it.each([
		["the seed", "logseq-seed-sales-strategy.md"],
		["a graph profile with two keys", "graph-profile-pricing-two-keys.md"],
		["a graph profile with mojibake and empty sections", "graph-profile-sales-channels-mojibake.md"],
		["a Logseq page with tabs, an alias and embeds", "logseq-graph-pricing-tabs-properties-embeds.md"],
		["an Obsidian page with CRLF and aliases", "obsidian-channel-strategy-crlf.md"],
	])("reads %s converted as the same profile it was", (_name, file) => {
		const page = fixture(file);
		expect(read(convert(page))).toEqual(read(page));
	});

	it("gives back generated graph pages byte for byte, with front matter the yaml package reads as we do", () => {
		fc.assert(
			fc.property(graphProfilePage, (page) => {
				const obsidian = convert(page);
				expect(pageFlavor(obsidian)).toBe("obsidian");
				expect(convert(obsidian)).toBe(page);
				const ours = readNote(obsidian).meta;
				expect(ours.problem).toBeNull();
				expect(yamlValues(obsidian)).toEqual(ours.values);
				expect(read(obsidian)).toEqual(read(page));
			}),
			{ numRuns: 300 },
		);
	});

	it("gives back an empty page property with the white space written after its ::, and a value with $ signs", () => {
		for (const property of ["innbok-type::", "innbok-type:: ", "innbok-type::  ", "innbok-type:: $$", "innbok-type:: a$&b"]) {
			const page = `${property}\n- ## 🔍 Definition\n\n`;
			const obsidian = convert(page);
			expect(readNote(obsidian).meta.values.get("innbok-type")).toBe(property.slice(14).trim());
			expect(convert(obsidian)).toBe(page);
		}
	});

	it("keeps how the outline was indented when the Obsidian page cannot show it", () => {
		const page = "title:: profile/Reach\n- ## 🔍 Definition\n  - how we reach people.\n- ## 🔑 Keys\n  - [[Cost]]\n    key-weight:: 35\n";
		const obsidian = convert(page);
		expect(obsidian).toBe("---\ntitle: profile/Reach\nlogseq-indent: spaces\n---\n## 🔍 Definition\n- how we reach people.\n## 🔑 Keys\n- [[Cost]]\n  key-weight:: 35\n");
		expect(convert(obsidian)).toBe(page);
		const tabs = page.replace(/^ {2}-/gm, "\t-").replace("    key", "\t  key");
		expect(convert(tabs)).toBe("---\ntitle: profile/Reach\n---\n## 🔍 Definition\n- how we reach people.\n## 🔑 Keys\n- [[Cost]]\n  key-weight:: 35\n");
		expect(convert(convert(tabs))).toBe(tabs);
	});

	it("writes tags and aliases as front matter lists, and any list as tags or aliases comes back", () => {
		const obsidian = convert(fixture("logseq-graph-pricing-tabs-properties-embeds.md"));
		expect(obsidian.startsWith("---\ntitle: profile/pricing strategy\ntype: profile\nalias: [pricing]\n")).toBe(true);
		const crlf = fixture("obsidian-channel-strategy-crlf.md");
		const logseq = convert(crlf);
		expect(logseq.startsWith("type:: profile\r\naliases:: Channels\r\n# Channel strategy\r\n\r\n- ## Definition\r\n  How a venture reaches its customers.\r\n")).toBe(true);
		expect(logseq).toContain("\r\n  ```md\r\n  ## Not a section\r\n  ```\r\n");
		expect(convert(logseq)).toBe(crlf);
	});

	it.each(demoPages())("gives back the demo page %s byte for byte, or refuses", (_path, page) => {
		const result = convertProfileFlavor(page);
		if (result.ok) expect(convert(convert(page))).toBe(page);
		else expect(result.error).toMatch(/nothing was changed|not a profile page/i);
	});

	it("refuses, naming the line, front matter a page property cannot hold", () => {
		const block = "---\ntags:\n  - profile\n---\n# Pricing\n\n## Definition\nWhat we charge.\n";
		expect(convertProfileFlavor(block)).toEqual({ ok: false, error: 'Line 2 of the front matter ("tags:") is no one-line "key: value", as a Logseq page property is (a list only for tags and aliases, as [a, b]), so nothing was changed.' });
		const flow = "---\nowners: [Ann, Bo]\n---\n## Definition\nWhat we charge.\n";
		expect(convertProfileFlavor(flow)).toEqual({ ok: false, error: expect.stringContaining('Line 2 of the front matter ("owners: [Ann, Bo]")') as unknown });
		const folded = "---\nsummary: >\n  two\n  lines\n---\n## Definition\nWhat we charge.\n";
		expect(convertProfileFlavor(folded)).toEqual({ ok: false, error: expect.stringContaining('Line 3 of the front matter ("  two")') as unknown });
		const comment = "---\n# mine\ntype: profile\n---\n## Definition\nWhat we charge.\n";
		expect(convertProfileFlavor(comment)).toEqual({ ok: false, error: expect.stringContaining('Line 2 of the front matter ("# mine")') as unknown });
		expect(convertProfileFlavor("---\ntype: profile\n## Definition\nWhat we charge.\n")).toEqual({ ok: false, error: expect.stringContaining("never closed") as unknown });
	});

	it("refuses, naming the line, a top-level block that is no section heading, since Obsidian headings cannot keep it apart", () => {
		const page = "- ## 🔍 Definition\n\t- what we charge.\n- a loose block\n";
		expect(convertProfileFlavor(page)).toEqual({ ok: false, error: 'Converting this page to Obsidian headings and back would not give it back exactly (line 3, "- a loose block", would come back as "\t- a loose block"), so nothing was changed.' });
	});

	it("keeps spaces around a property value outside the YAML scalar, and other white space at its edge inside quotes", () => {
		const page = "title::  profile/Reach \nweight:: 20\t\n- ## 🔍 Definition\n\t- how we reach people.\n";
		const obsidian = convert(page);
		expect(obsidian.startsWith("---\ntitle:  profile/Reach \nweight: 20\t\n---\n")).toBe(true);
		expect(readNote(obsidian).meta.values.get("title")).toBe("profile/Reach");
		expect(convert(obsidian)).toBe(page);
		const nbsp = "title:: \u00a0Reach\n- ## 🔍 Definition\n\t- how we reach people.\n";
		expect(convert(nbsp).startsWith('---\ntitle: "\u00a0Reach"\n---\n')).toBe(true);
		expect(convert(convert(nbsp))).toBe(nbsp);
	});

	it("keeps a NUL byte where it was, there and back, as every other byte", () => {
		const page = pricing.replace("the amount", "the\0amount");
		expect(convert(page)).toContain("\n- the\0amount a customer gives up");
		expect(convert(convert(page))).toBe(page);
	});

	it("gives back a Logseq section of two paragraphs, the blank line between them kept as it was", () => {
		const page = "title:: profile/Sales\ntags:: profile\n- ## 🔍 Definition\n  How we sell.\n- ## Notes Sales\n  Word market\n  \n  Word market\n";
		const obsidian = convert(page);
		expect(obsidian).toContain("## Notes Sales\nWord market\n  \nWord market\n");
		expect(convert(obsidian)).toBe(page);
	});

	it("refuses a page whose sections would all become children of its first bullet, which could not be converted back", () => {
		const page = `#${seed}`;
		expect(convertProfileFlavor(page)).toEqual({ ok: false, error: "Converted to a Logseq outline, this page would no longer read as a profile page, so nothing was changed." });
	});

	it("never converts a mutated page unless converting back gives it exactly", () => {
		const pages = [seed, pricing, written("obsidian"), written("logseq"), written("logseq", (p) => (p.keys = ["Reach", "Cost"]))];
		fc.assert(
			fc.property(fc.constantFrom(...pages), fc.nat(), fc.constantFrom("\0", "#", "x", "\n", "\r\n", " ", "\t", "- ", "::", ": ", "---\n", "é", '"', ""), fc.nat({ max: 3 }), (page, where, insert, cut) => {
				const at = where % (page.length + 1);
				const mutated = page.slice(0, at) + insert + page.slice(Math.min(page.length, at + cut));
				const result = convertProfileFlavor(mutated);
				if (!result.ok) return;
				expect(convert(applyChanges(mutated, [result.value.change]))).toBe(mutated);
			}),
			{ numRuns: 500 },
		);
	});

	it("leaves mojibake and mathematics as they are: repairing text is its own command", () => {
		const page = written("obsidian", (p) => (p.description = "The caf√© knows √π ≈ 1.77."));
		expect(convert(page)).toContain("The caf√© knows √π ≈ 1.77.");
	});

	it("refuses a page that mixes CRLF and LF line ends, saying so", () => {
		const mixed = "weight:: 20\n- ## 🔍 Definition\r\n\t- what we charge.\n";
		expect(convertProfileFlavor(mixed)).toEqual({ ok: false, error: "Converting this page to Obsidian headings and back would not give it back exactly (its line ends would change), so nothing was changed." });
	});

	it("refuses a CRLF page whose last line ends in a lone carriage return, which the way back would drop", () => {
		const page = `${written("logseq").replace(/\n/g, "\r\n").replace(/\r\n$/, "")}\r`;
		expect(convertProfileFlavor(page)).toEqual({ ok: false, error: "Converting this page to Obsidian headings and back would not give it back exactly (its line ends would change), so nothing was changed." });
	});

	it("refuses a CRLF page with one LF line end in its middle, where only the count of line-end bytes would match", () => {
		const crlf = written("logseq").replace(/\n/g, "\r\n");
		const page = `${crlf.replace("\r\n", "\n").replace(/\r\n$/, "")}\r`;
		expect(convertProfileFlavor(page).ok).toBe(false);
	});

	it("keeps CRLF line ends and a byte-order mark, there and back", () => {
		const page = `\ufeff${written("obsidian").replace(/\n/g, "\r\n")}`;
		const logseq = convert(page);
		expect(logseq.startsWith("\ufefftype:: profile\r\n# Channel\r\n\r\n- ## 🔍 Definition\r\n  How we reach people.\r\n")).toBe(true);
		expect(convert(logseq)).toBe(page);
	});

	it("refuses a note that is no profile page", () => {
		expect(convertProfileFlavor("# Shopping\n\n- eggs\n- milk\n")).toEqual({ ok: false, error: expect.stringContaining("not a profile page") as unknown });
		expect(convertProfileFlavor("").ok).toBe(false);
	});
});
