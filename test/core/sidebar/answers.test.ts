import { findAnswers, questionKey, scanNote, type AnswerSpot } from "../../../src/core/sidebar";

const PRICE = "What do customers already pay for the job today?";
const BOOK = "What makes a first-time renter confident enough to book?";

/** The answer spot of each question in `note`, by question text. */
function spots(note: string, ...questions: string[]): Record<string, AnswerSpot | undefined> {
	const found = findAnswers(scanNote(note), new Set(questions.map(questionKey)));
	return Object.fromEntries(questions.map((question) => [question, found.get(questionKey(question))]));
}

function answered(note: string, question = PRICE): boolean | undefined {
	return spots(note, question)[question]?.answered;
}

describe("findAnswers: headings", () => {
	it("counts a heading followed by text as answered, and points at the answer's first character", () => {
		const spot = spots(`# Pets\n\n## ${PRICE}\n\nAbout 40 € a weekend.\n`, PRICE)[PRICE];
		expect(spot).toEqual({ kind: "heading", answered: true, field: true, question: { line: 2, ch: 3 + PRICE.length }, answer: { line: 4, ch: 0 } });
	});

	it("leaves a heading with nothing under it unanswered, its field being the line under it", () => {
		const spot = spots(`## ${PRICE}\n\n## Next\nText`, PRICE)[PRICE];
		expect(spot).toEqual({ kind: "heading", answered: false, field: true, question: { line: 0, ch: 3 + PRICE.length }, answer: { line: 1, ch: 0 } });
	});

	it("says there is no field when the next heading follows at once, and points at the question's end", () => {
		const spot = spots(`## ${PRICE}\n## Next`, PRICE)[PRICE];
		expect(spot).toMatchObject({ answered: false, field: false, answer: { line: 0, ch: 3 + PRICE.length } });
	});

	it("does not take the text of the next section at the same level as the answer", () => {
		expect(answered(`## ${PRICE}\n## Costs\nKeeper time.`)).toBe(false);
		expect(answered(`### ${PRICE}\n## Costs\nKeeper time.`)).toBe(false);
	});

	it("counts text under a deeper, ordinary sub-heading as the answer", () => {
		expect(answered(`## ${PRICE}\n### Families\n40 € a weekend.`)).toBe(true);
	});

	it("does not count a sub-heading alone as an answer", () => {
		expect(answered(`## ${PRICE}\n### Families\n\n## Next\ntext`)).toBe(false);
	});

	it("stops at the next question even when it is a deeper heading, so one answer never counts for two", () => {
		const found = spots(`## ${PRICE}\n### ${BOOK}\nA free first hour.`, PRICE, BOOK);
		expect(found[PRICE]?.answered).toBe(false);
		expect(found[BOOK]?.answered).toBe(true);
	});

	it("is absent for a question the note does not ask", () => {
		expect(spots("# Pets\nSome text.", PRICE)[PRICE]).toBeUndefined();
	});

	it("ignores headings inside fenced code", () => {
		expect(spots("```\n## " + PRICE + "\n40 €\n```", PRICE)[PRICE]).toBeUndefined();
	});

	it("ignores a heading-like line in the front matter", () => {
		expect(spots(`---\ntitle: x\n---\n## ${PRICE}\n40 €`, PRICE)[PRICE]?.question.line).toBe(3);
	});
});

describe("findAnswers: bold lines", () => {
	it("counts a bold line followed by text as answered", () => {
		expect(answered(`**${PRICE}**\nAbout 40 €.`)).toBe(true);
	});

	it("counts text after the bold question on the same line, past a colon", () => {
		const spot = spots(`**${PRICE}**: about 40 €.`, PRICE)[PRICE];
		expect(spot?.answered).toBe(true);
		expect(spot?.answer).toEqual({ line: 0, ch: PRICE.length + 6 });
	});

	it("leaves a bold question followed by a heading unanswered", () => {
		expect(answered(`**${PRICE}**\n### Families\n40 €`)).toBe(false);
	});

	it("reads a bold question in a list item or a quote", () => {
		expect(answered(`- **${PRICE}**\n  - 40 €`)).toBe(true);
		expect(answered(`> **${PRICE}**\n> 40 €`)).toBe(true);
	});

	it("does not treat an ordinary bold line as a question, and counts it as answer text", () => {
		expect(answered(`## ${PRICE}\n**Families**`)).toBe(true);
	});
});

describe("findAnswers: list items, as the inserted worksheet lists its questions", () => {
	it("counts a list item ending with ? as asking, answered by text nested under it", () => {
		const spot = spots(`### Questions\n- ${PRICE}\n  - About 40 €.\n- ${BOOK}`, PRICE)[PRICE];
		expect(spot).toEqual({ kind: "item", answered: true, field: true, question: { line: 1, ch: 2 + PRICE.length }, answer: { line: 2, ch: 4 } });
	});

	it("leaves an item without nested text unanswered and without a field; its sibling is no answer", () => {
		const found = spots(`- ${PRICE}\n- ${BOOK}\n- A free first hour.`, PRICE, BOOK);
		expect(found[PRICE]).toMatchObject({ kind: "item", answered: false, field: false, answer: { line: 0, ch: 2 + PRICE.length } });
		expect(found[BOOK]?.answered).toBe(false);
	});

	it("counts an empty nested bullet as the item's field, not its answer", () => {
		expect(spots(`- ${PRICE}\n\t- \n- next`, PRICE)[PRICE]).toMatchObject({ answered: false, field: true, answer: { line: 1, ch: 3 } });
	});

	it("ends an item's answer at a heading, even one indented deeper", () => {
		expect(answered(`- ${PRICE}\n  ## Costs\n  Keeper time.`)).toBe(false);
	});

	it("needs the question mark on a list item, so ordinary items are never taken for questions", () => {
		expect(spots(`- ${PRICE.slice(0, -1)}\n  - 40 €`, PRICE)[PRICE]).toBeUndefined();
		expect(answered(`- **${PRICE}**\n  - 40 €`)).toBe(true);
	});

	it("does not count list items when told not to, as on a profile page", () => {
		const found = findAnswers(scanNote(`- ${PRICE}\n  - 40 €`), new Set([questionKey(PRICE)]), { items: false });
		expect(found.size).toBe(0);
	});
});

describe("findAnswers: fields", () => {
	it.each([
		["an empty bullet", "- "],
		["a bare bullet", "-"],
		["an empty checkbox", "- [ ]"],
		["an empty property", "answer::"],
		["an empty label", "Answer:"],
		["an ellipsis placeholder", "…"],
		["three dots", "..."],
		["an HTML comment", "<!-- write here -->"],
		["an Obsidian comment", "%% your answer %%"],
		["an empty quote", ">"],
		["white space", "   \t"],
	])("counts %s under the question as an empty field", (_name, field) => {
		expect(answered(`## ${PRICE}\n${field}\n\n## Next\nText`)).toBe(false);
	});

	it.each([
		["a filled bullet", "- 40 € a weekend"],
		["a filled checkbox", "- [x] Weekend rate"],
		["a filled property", "answer:: 40 €"],
		["a filled label", "Answer: 40 €"],
		["a quoted answer", "> 40 €"],
		["a Logseq child block", "\t- 40 €"],
		["a fenced code block", "```\nprice = 40\n```"],
	])("counts %s as an answer", (_name, field) => {
		expect(answered(`## ${PRICE}\n${field}\n\n## Next\nText`)).toBe(true);
	});

	it("points the jump at the filled field's text, past its bullet", () => {
		expect(spots(`## ${PRICE}\n  - 40 €`, PRICE)[PRICE]?.answer).toEqual({ line: 1, ch: 4 });
	});
});

describe("findAnswers: tolerance", () => {
	it.each([
		["lower case", PRICE.toLowerCase()],
		["no question mark", PRICE.slice(0, -1)],
		["a colon instead", PRICE.slice(0, -1) + ":"],
		["extra spaces", PRICE.replace(/ /g, "  ") + "  "],
		["a list marker", `- ${PRICE}`],
		["a numbered list marker", `3. ${PRICE}`],
		["a checkbox", `- [ ] ${PRICE}`],
		["emphasis", `*${PRICE}*`],
		["a closing heading sequence", `${PRICE} ##`],
	])("recognises the question written with %s", (_name, written) => {
		expect(answered(`## ${written}\nAbout 40 €.`)).toBe(true);
	});

	it("matches curly and straight apostrophes, and repairs mojibake on either side", () => {
		const question = "What is the stakeholder’s journey?";
		expect(answered("## What is the stakeholder's journey?\nThree stages.", question)).toBe(true);
		expect(answered("## What is the stakeholder‚Äôs journey?\nThree stages.", question)).toBe(true);
	});

	it("reads CRLF notes", () => {
		expect(answered(`## ${PRICE}\r\n\r\nAbout 40 €.\r\n`)).toBe(true);
	});

	it("uses the answered copy when a question is asked twice", () => {
		const found = spots(`## ${PRICE}\n\n## Other\n\n## ${PRICE}\n40 €`, PRICE)[PRICE];
		expect(found).toMatchObject({ answered: true, answer: { line: 5, ch: 0 } });
	});

	it("keeps the first copy when neither is answered", () => {
		expect(spots(`## ${PRICE}\n\n## ${PRICE}\n`, PRICE)[PRICE]?.question.line).toBe(0);
	});
});
