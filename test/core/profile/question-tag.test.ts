import { readKeyPage } from "../../../src/core/graph/key-page";
import { hasQuestionTag, withoutQuestionTag } from "../../../src/core/profile/question-tag";

describe("the #question tag", () => {
	it("is the tag itself, also in brackets or followed by punctuation, but not #questions or a longer word", () => {
		expect(["#question Why?", "Why? #question.", "#[[Question]], why?"].map(hasQuestionTag)).toEqual([true, true, true]);
		expect(["#questions", "#questioning why", "a#question"].map(hasQuestionTag)).toEqual([false, false, false]);
	});

	it("leaves the question as it reads once its tags are gone", () => {
		expect(withoutQuestionTag("#question  How much would   they pay? #question")).toBe("How much would they pay?");
		expect(withoutQuestionTag("#question, Why now? #[[question]].")).toBe("Why now?");
	});

	it("is read by the key-page reader with the punctuation after the tag dropped", () => {
		const page = "page-type:: [[key]]\n\n- #questions\n\t- How much would a customer pay? #question.\n\t- #question, What would make them walk away?\n";
		expect(readKeyPage(page).questions).toEqual(["How much would a customer pay?", "What would make them walk away?"]);
	});
});
