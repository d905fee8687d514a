import { history, undo } from "@codemirror/commands";
import { EditorState, type Transaction } from "@codemirror/state";
import { applyChange } from "../../src/editor/apply-change";

/** An editor view as far as applyChange needs one, with an undo history. */
function editor(doc: string) {
	const view = { state: EditorState.create({ doc, extensions: history() }), dispatch: (tr: Transaction) => (view.state = tr.state) };
	return view;
}

describe("applyChange", () => {
	it("applies the change as one undo step, apart from the typing just before it", () => {
		const view = editor("Cafe");
		view.dispatch(view.state.update({ changes: { from: 4, insert: "!" }, userEvent: "input.type" }));
		applyChange(view, { from: 0, to: 4, insert: "Café" });
		expect(view.state.doc.toString()).toBe("Café!");
		undo(view);
		expect(view.state.doc.toString()).toBe("Cafe!");
	});
});
