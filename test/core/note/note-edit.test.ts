import fc from "fast-check";
import { readNote, rereadNote, type NoteModel } from "../../../src/core/note";

/** Everything a model holds, in plain values. */
function plain(note: NoteModel) {
	const { text, lines, lineStart, meta, code, codeLines, headings, outline, links, blocks } = note;
	return { text, lines, lineStart, meta, code, codeLines: Array.from(codeLines), headings, outline, links, blocks };
}

const line = fc.constantFrom("- ## Pricing", "# Who pays?", "- Answer [[Link a]]", "  - [[Link b]] and [l](Page.md)", "```", "~~~", "- ```js", "code [[Link c]]", "`[[x]]`", "type:: venture", "---", "", "\r", "\u00a0", "- ", "plain text");
const lines = fc.array(line, { maxLength: 12 });

/** The text of `before` with lines [from, to) replaced by `inserted`, and the edit as `rereadNote` takes it. */
function edit(before: string[], from: number, to: number, inserted: string[]) {
	const after = [...before.slice(0, from), ...inserted, ...before.slice(to)];
	const atEnd = to === before.length;
	const text = atEnd ? inserted.join("\n") : inserted.map((each) => `${each}\n`).join("");
	return { text: after.join("\n"), edit: { from, to, text } };
}

describe("rereadNote", () => {
	it("gives the model a fresh read gives after any edit of whole lines, or null where only a whole read can tell", () => {
		let reread = 0;
		fc.assert(
			fc.property(lines, fc.nat(), fc.nat(), lines, (before, a, b, inserted) => {
				const base = before.length === 0 ? [""] : before;
				const from = a % base.length;
				const to = from + (b % (base.length - from + 1));
				const previous = readNote(base.join("\n"));
				const next = edit(base, from, to, to === base.length && inserted.length === 0 ? [""] : inserted);
				const model = rereadNote(previous, next.text, next.edit);
				if (model === null) return;
				reread++;
				const fresh = readNote(next.text);
				expect(plain(model)).toEqual(plain(fresh));
			}),
			{ numRuns: 3000 },
		);
		expect(reread).toBeGreaterThan(300);
	});

	it("reads an edit again only where it cannot reach the metadata or an open fence", () => {
		const text = "type:: venture\n- intro\n- ## Pricing\n- ```\n- code\n- ```\n- last";
		const previous = readNote(text);
		const replaced = (from: number, to: number, inserted: string) => {
			const kept = text.split("\n");
			const after = [...kept.slice(0, from), ...inserted.split("\n").slice(0, -1), ...kept.slice(to)].join("\n");
			return rereadNote(previous, after, { from, to, text: inserted });
		};
		expect(replaced(2, 3, "- ## Prices\n")?.headings.map((heading) => heading.text)).toEqual(["Prices"]);
		expect(replaced(1, 2, "tags:: x\n")).toBeNull();
		expect(replaced(4, 5, "- more code\n")).toBeNull();
		expect(replaced(2, 3, "- ```\n")).toBeNull();
	});
});
