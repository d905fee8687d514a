import fc from "fast-check";
import { buildSidebarModel, findAnswers, insertQuestionEdit, profilesOfNote, questionKey, scanNote } from "../../../src/core/sidebar";
import { applyEdit } from "../../support/cursor-text";
import { fixture } from "../../support/fixtures";
import { memoryVault } from "../../support/profile-lookup";

/** Lines a note may hold, the awkward ones included: headings, fences, front matter markers, outlines, links, mojibake. */
const LINES = ["", "text", "# Title", "## Pricing", "### Sub", "```", "~~~", "---", "- item", "  - child", "\t- tab", "**Bold?** x", "> quote", "[[Pricing]]", "üîë Keys", "- ## Keys", "profiles: [Pricing]", "\r", "#tag"];
const note = fc.array(fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 12 })), { maxLength: 30 }).map((lines) => lines.join("\n"));
const question = fc.array(fc.constantFrom("Who", "pays", "the", "most", "naïve", "it’s", "[[x]]", "50%"), { minLength: 1, maxLength: 6 }).map((words) => `${words.join(" ")}?`);
const vault = memoryVault({ "Profiles/Pricing.md": "---\ntype: profile\n---\n# Pricing\n## innCoPilot\n- Who pays the most?\n" });

describe("the sidebar model on any text", () => {
	it("never throws, and counts no more answers than questions", () => {
		fc.assert(
			fc.property(note, (text) => {
				const scan = scanNote(text);
				const { applied } = profilesOfNote(scan, "Notes/x.md", vault.lookup, vault.resolve);
				for (const card of buildSidebarModel({ scan, path: "Notes/x.md", applied }).cards) {
					expect(card.answered).toBeLessThanOrEqual(card.total);
				}
			}),
		);
	});

	it("never throws on the seed cut at any point", () => {
		const seed = fixture("logseq-seed-sales-strategy.md");
		fc.assert(
			fc.property(fc.nat(seed.length), (cut) => {
				const text = seed.slice(0, cut);
				const scan = scanNote(text);
				const { applied } = profilesOfNote(scan, "Profiles/Sales strategy.md", vault.lookup, vault.resolve);
				buildSidebarModel({ scan, path: "Profiles/Sales strategy.md", applied });
			}),
			{ numRuns: 200 },
		);
	});
});

describe("insertQuestionEdit on any note", () => {
	const cases = fc.record({
		text: note.map((text) => text.replace(/\r/g, "")),
		question,
		flavor: fc.constantFrom("auto" as const, "obsidian" as const, "logseq" as const),
	});

	it("loses no text, writes the question as a heading right above the new cursor, and the note then asks it", () => {
		fc.assert(
			fc.property(cases, ({ text, question: asked, flavor }) => {
				const lines = text.split("\n");
				const edit = insertQuestionEdit(text, asked, { profile: "Pricing", flavor });
				const after = applyEdit(text, edit);
				const written = after.replace("|", "");
				const removed = text.length + edit.text.length - written.length;
				expect(text.slice(offset(lines, edit.from), offset(lines, edit.from) + removed).trim()).toBe("");
				const afterLines = after.split("\n");
				expect(afterLines[edit.cursor.line - 1]).toMatch(new RegExp(`^[\\t ]*(- )?#{1,6} ${escape(asked)}$`));
				const spot = findAnswers(scanNote(written), new Set([questionKey(asked)])).get(questionKey(asked));
				expect(spot?.question.line).toBeLessThanOrEqual(edit.cursor.line - 1);
			}),
		);
	});
});

function offset(lines: string[], position: { line: number; ch: number }): number {
	return lines.slice(0, position.line).reduce((sum, each) => sum + each.length + 1, 0) + position.ch;
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
