import { answerFieldEdit, findAnswers, questionKey, scanNote } from "../../../src/core/sidebar";
import { applyEdit } from "../../support/cursor-text";

const Q = "Who pays the most?";

/** The note after making room to answer Q, cursor as `|`; or null when there is nothing to make. */
function field(note: string): string | null {
	const spot = findAnswers(scanNote(note), new Set([questionKey(Q)])).get(questionKey(Q));
	if (spot === undefined) throw new Error("the note does not ask Q");
	const edit = answerFieldEdit(note, spot);
	return edit === null ? null : applyEdit(note, edit);
}

describe("answerFieldEdit", () => {
	it("nests an empty bullet under a listed question, as the inserted worksheet lists them", () => {
		expect(field(`### Questions\n- ${Q}\n- Next?`)).toBe(`### Questions\n- ${Q}\n  - |\n- Next?`);
	});

	it("keeps the item's own indentation, with tabs where the note uses tabs", () => {
		expect(field(`- Pricing\n\t- ${Q}`)).toBe(`- Pricing\n\t- ${Q}\n\t\t- |`);
	});

	it("nests a bullet under an outline heading block", () => {
		expect(field(`- ## ${Q}\n- ## Next`)).toBe(`- ## ${Q}\n  - |\n- ## Next`);
	});

	it("opens an empty line under a heading that the next heading follows at once, keeping a blank line before it", () => {
		expect(field(`## ${Q}\n## Next`)).toBe(`## ${Q}\n|\n\n## Next`);
		expect(field(`**${Q}**`)).toBe(`**${Q}**\n|`);
	});

	it("makes nothing when the question has a field or an answer: the cursor just goes there", () => {
		expect(field(`## ${Q}\n\n## Next`)).toBeNull();
		expect(field(`- ${Q}\n  - `)).toBeNull();
		expect(field(`- ${Q}\n  - The commuters.`)).toBeNull();
	});
});
