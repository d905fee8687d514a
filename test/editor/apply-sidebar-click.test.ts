import { history, undo } from "@codemirror/commands";
import { EditorState, type Transaction } from "@codemirror/state";
import { questionClick, questionKey } from "../../src/core/sidebar";
import { applyQuestionClick, cursorPosition, moveCursor } from "../../src/editor/apply-sidebar-click";

/** An editor without a view: a state and a dispatch that moves it on, as `EditorView` does. */
class Editor {
	state: EditorState;
	dispatched = 0;
	constructor(text: string, cursor = 0) {
		this.state = EditorState.create({ doc: text, selection: { anchor: cursor }, extensions: [history()] });
	}
	dispatch(transaction: Transaction): void {
		this.dispatched++;
		this.state = transaction.state;
	}
	undo(): void {
		undo({ state: this.state, dispatch: (transaction) => this.dispatch(transaction) });
	}
}

const WHO = "Who pays the most?";
const card = { name: "Pricing", reason: "linked" as const, groups: [{ title: "Copilot questions", key: null, questions: [] }] };
const question = { text: WHO, key: questionKey(WHO) };

describe("applyQuestionClick in a CodeMirror editor", () => {
	it("inserts the question as one undo step, the cursor in its field", () => {
		const note = "# Pets\nWe rent pets.\n\n## Costs";
		const editor = new Editor(note, note.indexOf(" pets"));
		const click = questionClick(note, card, question, { cursor: cursorPosition(editor.state), flavor: "auto" });
		expect(applyQuestionClick(editor, click)).toBeNull();
		expect(editor.state.doc.toString()).toBe("# Pets\nWe rent pets.\n\n## Costs\n\n## Who pays the most?\n");
		expect(cursorPosition(editor.state)).toEqual({ line: 6, ch: 0 });
		editor.undo();
		expect(editor.state.doc.toString()).toBe(note);
	});

	it("keeps the insertion apart from typing just before it in the undo history", () => {
		const note = "# Pets\nWe rent pets.";
		const editor = new Editor(note, note.length);
		editor.dispatch(editor.state.update({ changes: { from: note.length, insert: "!" }, selection: { anchor: note.length + 1 }, userEvent: "input.type" }));
		const typed = editor.state.doc.toString();
		const click = questionClick(typed, card, question, { cursor: cursorPosition(editor.state), flavor: "auto" });
		applyQuestionClick(editor, click);
		editor.undo();
		expect(editor.state.doc.toString()).toBe(typed);
	});

	it("moves the cursor to the answer without changing the note", () => {
		const note = "# Pets\n## Who pays the most?\nCollectors.";
		const editor = new Editor(note);
		expect(applyQuestionClick(editor, { kind: "jump", at: { line: 2, ch: 0 } })).toBeNull();
		expect(editor.state.doc.toString()).toBe(note);
		expect(cursorPosition(editor.state)).toEqual({ line: 2, ch: 0 });
	});

	it("hands back the message of a click that only tells, and dispatches nothing", () => {
		const editor = new Editor("# Pricing");
		expect(applyQuestionClick(editor, { kind: "notice", message: "This page does not list it." })).toBe("This page does not list it.");
		expect(editor.dispatched).toBe(0);
	});
});

describe("moveCursor", () => {
	it("keeps a position past the note's end inside the note", () => {
		const editor = new Editor("ab\ncd");
		moveCursor(editor, { line: 9, ch: 9 });
		expect(cursorPosition(editor.state)).toEqual({ line: 1, ch: 2 });
		moveCursor(editor, { line: 0, ch: 9 });
		expect(cursorPosition(editor.state)).toEqual({ line: 0, ch: 2 });
	});
});
