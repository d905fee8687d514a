import fc from "fast-check";
import { parseProfile } from "../../../src/core/profile/parse";
import { renderProfile } from "../../../src/core/profile/render";
import { fixture } from "../../support/fixtures";
import { linesOutsideBlocks } from "../../support/logseq-outline";
import { profileArbitrary } from "../../support/profile-arbitrary";

function logseqPage(text: string): string {
	const result = renderProfile(parseProfile(text), { flavor: "logseq" });
	if (!result.ok) throw new Error(result.error.message);
	return result.value;
}

describe("the Logseq flavour, checked by Logseq's own parser (mldoc)", () => {
	it("flags the seed's unbulleted title line, so the check can fail", () => {
		expect(linesOutsideBlocks(fixture("logseq-seed-sales-strategy.md"))).toContain("not a bullet: # #profile Name - Sales strategy\n");
	});

	it.each(["logseq-seed-sales-strategy.md", "logseq-graph-pricing-tabs-properties-embeds.md", "obsidian-channel-strategy-crlf.md"])(
		"writes %s as an outline where every line is a block or its continuation",
		(name) => {
			expect(linesOutsideBlocks(logseqPage(fixture(name)))).toEqual([]);
		},
	);

	it("writes any generated profile as a valid outline", () => {
		fc.assert(
			fc.property(profileArbitrary, (profile) => {
				const result = renderProfile(profile, { flavor: "logseq" });
				expect(result.ok && linesOutsideBlocks(result.value)).toEqual([]);
			}),
			{ numRuns: 100 },
		);
	});

	it("puts text found before the first section into a block of its own", () => {
		expect(linesOutsideBlocks(logseqPage("# Loose\nAn intro line\nand another\n## Definition\nx\n"))).toEqual([]);
	});
});
