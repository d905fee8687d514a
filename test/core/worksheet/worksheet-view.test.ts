import { emptyProfile, type ProfileKeyPage } from "../../../src/core/profile/profile";
import { worksheetView } from "../../../src/core/worksheet/worksheet-view";

/** A key page of a graph profile that asks one question. */
function key(title: string, weight?: number, questions = [`What about ${title}?`]): ProfileKeyPage {
	return { name: title.toLowerCase(), title, brief: "", questions, risks: [], todos: [], ...(weight === undefined ? {} : { weight }) };
}

describe("worksheetView", () => {
	it("lists the keys that ask questions heaviest first; keys of one weight, and the unweighted last, keep their Keys order", () => {
		const profile = { ...emptyProfile("Pricing"), keyPages: [key("A"), key("B", 5), key("Silent", 50, []), key("C", 10), key("D"), key("E", 5), key("F", 0)] };
		const view = worksheetView(profile) as { keyQuestions: { title: string }[] };
		expect(view.keyQuestions.map((each) => each.title)).toEqual(["C", "B", "E", "F", "A", "D"]);
	});

	it("puts a question written over several lines on one, with its own field", () => {
		const profile = { ...emptyProfile("Pricing"), keyPages: [key("A", 1, ["Who pays\n  and how much?"])] };
		const view = worksheetView(profile) as { keyQuestions: { questions: { text: string; field: string }[] }[]; field: string };
		expect(view.keyQuestions[0].questions).toEqual([{ text: "Who pays and how much?", field: view.field }]);
	});
});
