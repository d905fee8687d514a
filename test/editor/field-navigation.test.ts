import { EditorState, type Transaction } from "@codemirror/state";
import { emptyProfile } from "../../src/core/profile/profile";
import { TemplateEngine } from "../../src/core/templates/template-engine";
import { insertWorksheet } from "../../src/core/worksheet/insert-worksheet";
import { applyWorksheetEdit } from "../../src/editor/apply-worksheet";
import { moveToField } from "../../src/editor/field-navigation";
import { marked } from "../support/cursor";

/** A view-less editor: a state and a dispatch that moves it on. */
function editor(source: string): { state: EditorState; dispatch(transaction: Transaction): void; selected(): string } {
	const { text, selection } = marked(source);
	const holder = {
		state: EditorState.create({ doc: text, selection }),
		dispatch(transaction: Transaction) {
			holder.state = transaction.state;
		},
		selected() {
			const { from, to } = holder.state.selection.main;
			return `${from}-${to}:${holder.state.sliceDoc(from, to)}`;
		},
	};
	return holder;
}

const LATER = "---\nprofiles: [Pricing]\n---\n## Pricing\n\n### Who pays?\n_…_\n\n### How much?\n\n### Tools\n- [[Ansoff Matrix]]\n";

describe("moveToField", () => {
	it("uses the live snippet fields right after an insertion", () => {
		const view = editor("|");
		const profile = emptyProfile("Pricing");
		profile.copilot.questions = ["Who pays?", "How much?"];
		const result = insertWorksheet("", { anchor: 0, head: 0 }, profile, new TemplateEngine());
		if (!result.ok) throw new Error(result.error);
		applyWorksheetEdit(view, result.value);
		const [first, second] = result.value.fields;
		expect(moveToField(view, "next")).toBe(true);
		expect(view.state.selection.main).toMatchObject(second);
		expect(moveToField(view, "previous")).toBe(true);
		expect(view.state.selection.main).toMatchObject(first);
	});

	it("finds the placeholder and the empty step of a worksheet in a note opened later, in both directions", () => {
		const view = editor(`|${LATER}`);
		const emptyStep = LATER.indexOf("### How much?\n") + "### How much?\n".length;
		expect(moveToField(view, "next")).toBe(true);
		expect(view.selected()).toBe(`${LATER.indexOf("_…_")}-${LATER.indexOf("_…_") + 3}:_…_`);
		expect(moveToField(view, "next")).toBe(true);
		expect(view.selected()).toBe(`${emptyStep}-${emptyStep}:`);
		expect(moveToField(view, "next")).toBe(true);
		expect(view.selected()).toContain(":_…_");
		expect(moveToField(view, "previous")).toBe(true);
		expect(view.selected()).toBe(`${emptyStep}-${emptyStep}:`);
	});

	it("says there is nowhere to go in a note without fields, and leaves the cursor", () => {
		const view = editor("# Plain| note\n");
		expect(moveToField(view, "next")).toBe(false);
		expect(moveToField(view, "previous")).toBe(false);
		expect(view.selected()).toBe("7-7:");
	});
});
