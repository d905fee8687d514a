import fc from "fast-check";
import { acceptDraftEdit } from "../../../src/core/drafting/accept-draft";
import type { QuestionEdit } from "../../../src/core/sidebar/insert-question";
import { questionKey } from "../../../src/core/sidebar/question-key";

const CARD = { name: "Sales strategy", reason: "recorded" as const, groups: [] };
const question = (text: string) => ({ text, key: questionKey(text) });
const options = { cursor: { line: 0, ch: 0 }, flavor: "auto" as const };

function apply(text: string, edit: QuestionEdit): string {
	const lines = text.split("\n");
	const offset = (p: { line: number; ch: number }) => lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.ch;
	return text.slice(0, offset(edit.from)) + edit.text + text.slice(offset(edit.to));
}

function accepted(text: string, q: string, draft: string): string {
	const result = acceptDraftEdit(text, CARD, question(q), draft, options);
	if (!result.ok) throw new Error(result.message);
	return apply(text, result.edit);
}

describe("accepting a draft", () => {
	it("writes it into the empty field under the question, nothing else changing", () => {
		const note = "# Café\n\n## Sales strategy\n\n### Who buys?\n\n### How do we reach them?\nBy mail.\n";
		expect(accepted(note, "Who buys?", "Office managers.\n\nAnd cafés nearby.")).toBe(
			"# Café\n\n## Sales strategy\n\n### Who buys?\nOffice managers.\n\nAnd cafés nearby.\n\n### How do we reach them?\nBy mail.\n",
		);
	});

	it("writes into the field of a CRLF note before its line ending, never between CR and LF", () => {
		const note = "# Café\r\n\r\n## Sales strategy\r\n\r\n### Who buys?\r\n\r\n### How do we reach them?\r\n";
		expect(accepted(note, "Who buys?", "Office managers.")).toBe("# Café\r\n\r\n## Sales strategy\r\n\r\n### Who buys?\r\nOffice managers.\n\r\n### How do we reach them?\r\n");
	});

	it("inserts the question with the draft when the note does not ask it yet", () => {
		const note = "# Café\n\n## Sales strategy\nIntro.\n";
		expect(accepted(note, "Who buys?", "Office managers.")).toBe("# Café\n\n## Sales strategy\nIntro.\n\n### Who buys?\nOffice managers.\n");
	});

	it("writes into a Logseq field as one block, lists becoming its children", () => {
		const note = "- ## Sales strategy\n\t- ### Who buys?\n\t\t- \n";
		expect(accepted(note, "Who buys?", "Office managers.\n\n- in town\n- nearby")).toBe("- ## Sales strategy\n\t- ### Who buys?\n\t\t- Office managers.\n\t\t  - in town\n\t\t  - nearby\n");
	});

	it("keeps an existing answer whole, the draft going before it", () => {
		const note = "### Who buys?\nMy own words.\n";
		expect(accepted(note, "Who buys?", "Drafted.")).toBe("### Who buys?\nDrafted.\n\nMy own words.\n");
	});

	it("refuses an empty draft and a profile's own page", () => {
		expect(acceptDraftEdit("### Q?\n", CARD, question("Q?"), "  \n", options)).toEqual({ ok: false, message: "The draft is empty: there is nothing to accept." });
		expect(acceptDraftEdit("## Copilot\n- Q?\n", { ...CARD, reason: "page" }, question("Q?"), "x", options).ok).toBe(false);
	});

	it("never changes a character of the note outside the one change, and the note keeps the draft whole", () => {
		const lines = fc.constantFrom("# Café", "## Sales strategy", "### Who buys?", "", "Some text.", "- item", "```", "---", "Who buys?");
		fc.assert(
			fc.property(fc.array(lines, { maxLength: 12 }), fc.constantFrom("Office managers.", "Line one\nLine two", "Café 🚀"), (noteLines, draft) => {
				const note = noteLines.join("\n");
				const result = acceptDraftEdit(note, CARD, question("Who buys?"), draft, options);
				if (!result.ok) return true;
				const after = apply(note, result.edit);
				const { from, to } = result.edit;
				const offset = (p: { line: number; ch: number }) => note.split("\n").slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.ch;
				return after.startsWith(note.slice(0, offset(from))) && after.endsWith(note.slice(offset(to))) && draft.split("\n").every((line) => after.includes(line));
			}),
		);
	});
});
