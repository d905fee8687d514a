import { parseProfile } from "../../../src/core/profile/parse";
import { buildSidebarModel, emptySectionAt, questionClick, questionKey, scanNote, type ProfileCard, type QuestionClick } from "../../../src/core/sidebar";
import { applyEdit, withCursor } from "../../support/cursor-text";

const WHO = "Who pays the most?";

/** A card of `reason` whose own questions are `own` and whose key page "Willingness to pay" asks `keyed`. */
function card(reason: ProfileCard["reason"], own: string[] = [WHO], keyed: string[] = []): Pick<ProfileCard, "name" | "reason" | "groups"> {
	const items = (texts: string[]) => texts.map((text) => ({ text, key: questionKey(text), answered: false, at: null, answerAt: null }));
	return {
		name: "Pricing",
		reason,
		groups: [
			{ title: "Copilot questions", key: null, questions: items(own) },
			{ title: "Willingness to pay", key: "Willingness to pay", questions: items(keyed) },
		],
	};
}

/** What clicking `question` does to the note written with its cursor as `|`: the note after an edit, cursor as `|`. */
function click(marked: string, reason: ProfileCard["reason"] = "linked", question = WHO, flavor: "auto" | "logseq" = "auto"): QuestionClick | string {
	const { text, cursor } = withCursor(marked);
	const shown = card(reason, [WHO], ["Which price is a bargain?"]);
	const item = shown.groups.flatMap((group) => group.questions).find((each) => each.text === question) ?? { text: question, key: questionKey(question) };
	const result = questionClick(text, shown, item, { cursor, flavor });
	return result.kind === "edit" ? applyEdit(text, result.edit) : result;
}

describe("questionClick in a note about the profile", () => {
	it("inserts a question the note does not ask at the end of the note, whatever the cursor's line, the cursor in its empty field", () => {
		expect(click("# Pets\nWe rent| pets.\n\n## Costs")).toBe("# Pets\nWe rent pets.\n\n## Costs\n\n## Who pays the most?\n|");
	});

	it("writes a Logseq block when the flavour says so", () => {
		expect(click("Text|", "linked", WHO, "logseq")).toBe("Text\n- ## Who pays the most?\n  - |");
	});

	it("jumps to the answer of a question the note already answers, and changes nothing", () => {
		expect(click("# Pets|\n## Who pays the most?\nCollectors.")).toEqual({ kind: "jump", at: { line: 2, ch: 0 } });
	});

	it("jumps to the empty field under a question the note asks", () => {
		expect(click("# Pets|\n## Who pays the most?\n\n## Costs")).toEqual({ kind: "jump", at: { line: 2, ch: 0 } });
	});

	it("makes the field first when the question has none, as one edit", () => {
		expect(click("# Pets|\n## Who pays the most?\n## Costs")).toBe("# Pets\n## Who pays the most?\n|\n\n## Costs");
		expect(click("# Pets|\n- Who pays the most?\n- Next?")).toBe("# Pets\n- Who pays the most?\n  - |\n- Next?");
	});
});

describe("questionClick on the profile's own page", () => {
	const page = "# Pricing\n## innCoPilot\n- Who pays the most?\n## Keys\n- [[Willingness to pay]]\n## Cos|ts\n";

	it("jumps to where the page lists its own question and never edits the page", () => {
		expect(click(page, "page")).toEqual({ kind: "jump", at: { line: 2, ch: 2 } });
	});

	it("jumps to the key's link for a question that comes from a key page", () => {
		expect(click(page, "page", "Which price is a bargain?")).toEqual({ kind: "jump", at: { line: 4, ch: 2 } });
	});

	it("says so when the page lists the question nowhere", () => {
		expect(click("# Pricing\n## innCoPilot\n|", "page")).toEqual({ kind: "notice", message: "This page does not list “Who pays the most?”." });
	});
});

describe("emptySectionAt", () => {
	const model = (text: string) =>
		buildSidebarModel({ scan: scanNote(text), path: "Profiles/P.md", applied: [{ profile: parseProfile(text), path: "Profiles/P.md", reason: "page" }] });
	const page = "# P\n## Definition\nx\n## Topics\n";
	const drawn = model(page).cards[0].emptySections.find((section) => section.title === "Topics");

	it("goes where the section is now, though lines were added above it since it was drawn", () => {
		if (drawn === undefined) throw new Error("Topics is not empty");
		expect(drawn.at).toEqual({ line: 3, ch: 9 });
		expect(emptySectionAt(model(`# P\n\n\n${page.slice(4)}`), "P", drawn)).toEqual({ line: 5, ch: 9 });
	});

	it("goes where the section was drawn when the card or the section is gone", () => {
		if (drawn === undefined) throw new Error("Topics is not empty");
		expect(emptySectionAt(model(page), "Other", drawn)).toEqual(drawn.at);
		expect(emptySectionAt(model(`${page}- [[Pricing]]`), "P", drawn)).toEqual(drawn.at);
	});
});
