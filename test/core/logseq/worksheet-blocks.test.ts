import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import { blockAt, flattenBlocks, type BlockNode } from "../../../src/core/logseq/block-tree";
import { logseqWorksheet } from "../../../src/core/logseq/logseq-worksheet";
import { worksheetBlocks, type WorksheetBlocks } from "../../../src/core/logseq/worksheet-blocks";
import { bundledProfiles } from "../../../src/core/library/profiles";
import { parseProfile } from "../../../src/core/profile/parse";
import type { Profile } from "../../../src/core/profile/profile";
import { TemplateEngine } from "../../../src/core/templates/template-engine";
import { FIELD_PLACEHOLDER } from "../../../src/core/worksheet/worksheet-view";
import { fixture } from "../../support/fixtures";
import { countBlocks, linesOutsideBlocks, outlineOf, parseBlock } from "../../support/logseq-outline";
import { profileArbitrary } from "../../support/profile-arbitrary";

const engine = new TemplateEngine();
const seed = parseProfile(fixture("logseq-seed-sales-strategy.md"));

function blocksOf(profile: Profile, template?: string): WorksheetBlocks {
	const result = logseqWorksheet(profile, engine, template === undefined ? {} : { source: template, path: "Templates/mine.hbs" });
	if (!result.ok) throw new Error(result.error);
	return result.value;
}

/** Every way Logseq could read the tree differently from what we meant; empty when it reads it as built. */
function misreadings(forest: readonly BlockNode[]): string[] {
	const problems: string[] = [];
	for (const { node } of flattenBlocks(forest)) {
		const parsed = parseBlock(node);
		if (parsed.blocks !== 1) problems.push(`${parsed.blocks} blocks in ${JSON.stringify(node.content)}`);
		if (JSON.stringify(parsed.properties) !== JSON.stringify(node.properties)) problems.push(`properties ${JSON.stringify(parsed.properties)} in ${JSON.stringify(node.content)}`);
	}
	const page = outlineOf(forest);
	problems.push(...linesOutsideBlocks(page));
	const count = flattenBlocks(forest).length;
	if (countBlocks(page) !== count) problems.push(`the page holds ${countBlocks(page)} blocks, not ${count}`);
	return problems;
}

const profiles: [string, Profile][] = [
	["the seed", seed],
	["the demo vault's profile", parseProfile(readFileSync(join(__dirname, "../../../demo-vault/Profiles/Sales strategy.md"), "utf8"))],
	...bundledProfiles().map((profile): [string, Profile] => [`the bundled ${profile.name}`, profile]),
	...["logseq-graph-pricing-tabs-properties-embeds.md", "obsidian-channel-strategy-crlf.md", "obsidian-pricing-examples-bold-leads.md"].map(
		(name): [string, Profile] => [name, parseProfile(fixture(name))],
	),
];

describe("worksheetBlocks, checked by Logseq's parser at Logseq's configuration", () => {
	it("catches a content that Logseq would cut short, so the check can fail", () => {
		expect(parseBlock({ content: "# T\n## s", properties: {} }).blocks).toBe(2);
		expect(misreadings([{ content: "a\n- b", properties: {}, children: [] }])).not.toEqual([]);
	});

	it.each(profiles)("builds %s's worksheet so that each block is one block with its own properties, on a valid page", (_name, profile) => {
		expect(misreadings(blocksOf(profile).blocks)).toEqual([]);
	});

	it("builds any generated profile's worksheet as blocks Logseq reads as built", () => {
		fc.assert(
			fc.property(profileArbitrary, (profile) => {
				expect(misreadings(blocksOf(profile).blocks)).toEqual([]);
			}),
			{ numRuns: 60 },
		);
	});

	it("keeps every block of a user template with nested lists, a table and fenced code that holds bullets and headings", () => {
		const template = "# {{name}}\n\nIntro line\nsecond line\n\n- a\n  - b\n    more of b\n- c\n\n```md\n- not a block\n\n# nor this\n```\n\n| x | y |\n|---|---|\n| {{field}} | 2 |\n";
		const { blocks } = blocksOf(seed, template);
		expect(misreadings(blocks)).toEqual([]);
		expect(blocks[0].children.map((child) => child.content)).toEqual([
			"Intro line\nsecond line",
			"a",
			"c",
			"```md\n- not a block\n\n# nor this\n```",
			`| x | y |\n|---|---|\n| ${FIELD_PLACEHOLDER} | 2 |`,
		]);
		expect(blocks[0].children[1].children[0].content).toBe("b\nmore of b");
	});

	it("treats an unclosed fence as text, so the bullets after it stay blocks of their own", () => {
		const { blocks } = blocksOf(seed, "# {{name}}\n\n```\n- one\n- two\n");
		expect(misreadings(blocks)).toEqual([]);
		expect(blocks[0].children.map((child) => child.content)).toEqual(["```", "one", "two"]);
	});
});

describe("the seed's worksheet as Logseq blocks", () => {
	const { blocks, fields } = blocksOf(seed);

	it("is one top block with the profile's name as a heading, recording the profile as a property", () => {
		expect(blocks).toHaveLength(1);
		expect(blocks[0].content).toBe("## Sales strategy");
		expect(blocks[0].properties).toEqual({ profiles: "Sales strategy" });
	});

	it("nests the quoted definition, then one heading per step with an empty block to type in", () => {
		const children = blocks[0].children;
		expect(children[0].content.startsWith("> the identification and targeting")).toBe(true);
		expect(children[1].content).toBe("### Identify target customer segments");
		expect(children[1].children).toEqual([{ content: "", properties: {}, children: [] }]);
	});

	it("lists the twelve fields in reading order, each an empty block under its step or its question", () => {
		expect(fields).toHaveLength(12);
		expect(fields.map((path) => blockAt(blocks, path)?.content)).toEqual(Array(12).fill(""));
		expect(blockAt(blocks, fields[11].slice(0, -1))?.content).toBe(seed.copilot.questions[4]);
		expect(fields.map((path) => blockAt(blocks, path.slice(0, -1))?.content)).toEqual(
			seed.examples.length > 0 ? expect.arrayContaining(["### Identify target customer segments", "### Develop customer profiles"]) : [],
		);
		const flat = flattenBlocks(blocks).map((entry) => entry.path.join("."));
		const order = fields.map((path) => flat.indexOf(path.join(".")));
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	it("asks for a summary chip after every tool link", () => {
		const tools = blocks[0].children.find((child) => child.content === "### Tools");
		expect(tools?.children.map((child) => child.content)).toEqual(
			seed.tools.map((tool) => `[[${tool.name}]] {{renderer :inncopilot-tool, ${tool.name}}}`),
		);
	});
});

describe("worksheetBlocks on its own", () => {
	it("keeps a field's placeholder when the field shares its line with other text", () => {
		const text = `Answer: ${FIELD_PLACEHOLDER}`;
		const result = worksheetBlocks({ text, fields: [{ from: 8, to: 8 + FIELD_PLACEHOLDER.length }] }, { profileName: "P", toolNames: [] });
		expect(result.blocks).toEqual([{ content: text, properties: { profiles: "P" }, children: [] }]);
		expect(result.fields).toEqual([[0]]);
	});

	it("gives no chip to a tool whose name would split or end the macro", () => {
		const text = "- [[Price, value]]\n- [[Plain tool]]";
		const result = worksheetBlocks({ text, fields: [] }, { profileName: "", toolNames: ["Price, value", "Plain tool"] });
		expect(result.blocks.map((node) => node.content)).toEqual(["[[Price, value]]", "[[Plain tool]] {{renderer :inncopilot-tool, Plain tool}}"]);
	});

	it("makes a question whose text holds its own bullets into a block with child blocks, losing no word", () => {
		const text = "### Questions\n- Which market?\n  - near\n  - far";
		const result = worksheetBlocks({ text, fields: [] }, { profileName: "", toolNames: [] });
		expect(outlineOf(result.blocks)).toBe("- ### Questions\n  - Which market?\n    - near\n    - far");
	});
});
