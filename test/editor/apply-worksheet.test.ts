import { nextSnippetField } from "@codemirror/autocomplete";
import { history, redo, undo, undoDepth } from "@codemirror/commands";
import { EditorState, type Transaction } from "@codemirror/state";
import fc from "fast-check";
import { parseProfile } from "../../src/core/profile/parse";
import { emptyProfile, type Profile } from "../../src/core/profile/profile";
import { TemplateEngine } from "../../src/core/templates/template-engine";
import { applyChanges } from "../../src/core/text/text-change";
import { insertWorksheet, type WorksheetEdit } from "../../src/core/worksheet/insert-worksheet";
import { applyWorksheetEdit } from "../../src/editor/apply-worksheet";
import { marked } from "../support/cursor";
import { fixture } from "../support/fixtures";

const engine = new TemplateEngine();

/** An editor without a view: a state and a dispatch that moves it on, as `EditorView` does. */
class Editor {
	state: EditorState;
	last: Transaction | null = null;
	constructor(source: string) {
		const { text, selection } = marked(source);
		this.state = EditorState.create({ doc: text, selection, extensions: [history()] });
	}
	dispatch(transaction: Transaction): void {
		this.last = transaction;
		this.state = transaction.state;
	}
	get target(): { state: EditorState; dispatch: (transaction: Transaction) => void } {
		return { state: this.state, dispatch: (transaction) => this.dispatch(transaction) };
	}
	get selected(): string {
		const { from, to } = this.state.selection.main;
		return this.state.sliceDoc(from, to);
	}
}

function edit(editor: Editor, profile: Profile): WorksheetEdit {
	const result = insertWorksheet(editor.state.doc.toString(), editor.state.selection.main, profile, engine);
	if (!result.ok) throw new Error(result.error);
	return result.value;
}

describe("applyWorksheetEdit", () => {
	const seed = parseProfile(fixture("logseq-seed-sales-strategy.md"));

	it("inserts exactly the text the core computed, metadata included, with the first placeholder selected", () => {
		const editor = new Editor("# Venture\n\n  - indented item|\nAfter.");
		const before = editor.state.doc.toString();
		const worksheet = edit(editor, seed);
		applyWorksheetEdit(editor, worksheet);
		expect(editor.state.doc.toString()).toBe(applyChanges(before, worksheet.changes));
		expect(editor.state.selection.main).toMatchObject({ from: worksheet.fields[0].from, to: worksheet.fields[0].to });
		expect(editor.selected).toBe("_…_");
	});

	it("makes the fields live: each next-field command selects the next placeholder, then the line after the worksheet", () => {
		const editor = new Editor("|");
		const worksheet = edit(editor, seed);
		applyWorksheetEdit(editor, worksheet);
		for (const field of worksheet.fields.slice(1)) {
			expect(nextSnippetField(editor.target)).toBe(true);
			expect(editor.state.selection.main).toMatchObject(field);
		}
		expect(nextSnippetField(editor.target)).toBe(true);
		expect(editor.state.selection.main.head).toBe(worksheet.exit);
		expect(nextSnippetField(editor.target)).toBe(false);
	});

	it("is one undo step that restores the note and the cursor exactly, and one redo step", () => {
		const editor = new Editor("---\nstatus: draft\n---\nIntro|");
		const before = editor.state.doc.toString();
		applyWorksheetEdit(editor, edit(editor, seed));
		expect(undoDepth(editor.state)).toBe(1);
		undo(editor.target);
		expect(editor.state.doc.toString()).toBe(before);
		expect(editor.state.selection.main.head).toBe(before.length);
		redo(editor.target);
		expect(editor.state.doc.toString()).toContain("profiles:\n  - Sales strategy");
	});

	it("stays its own undo step right after typing, and typing right after it is another", () => {
		const editor = new Editor("|");
		editor.dispatch(editor.state.update({ changes: { from: 0, insert: "Typed" }, selection: { anchor: 5 }, userEvent: "input.type" }));
		applyWorksheetEdit(editor, edit(editor, emptyProfile("Pricing")));
		const { from, to } = editor.state.selection.main;
		editor.dispatch(editor.state.update({ changes: { from, to, insert: "Families" }, userEvent: "input.type" }));
		undo(editor.target);
		expect(editor.selected).toBe("_…_");
		undo(editor.target);
		expect(editor.state.doc.toString()).toBe("Typed");
	});

	it("inserts hostile profile text (braces, ${…}, backslashes, tabs) exactly as the core wrote it", () => {
		const hostile = fc.stringMatching(/^[a-z${}#\\\t ]{0,12}$/);
		fc.assert(
			fc.property(hostile, hostile, fc.array(hostile, { maxLength: 3 }), (definition, question, tools) => {
				const profile = emptyProfile("Odd");
				profile.definition = definition;
				profile.copilot.questions = [question, `${question}?`];
				profile.tools = tools.filter((name) => name.trim() !== "").map((name) => ({ name, summary: "" }));
				const editor = new Editor("\tindented|");
				const before = editor.state.doc.toString();
				const worksheet = edit(editor, profile);
				applyWorksheetEdit(editor, worksheet);
				expect(editor.state.doc.toString()).toBe(applyChanges(before, worksheet.changes));
				expect(editor.selected).toBe("_…_");
			}),
			{ numRuns: 200 },
		);
	});

	it("installs the snippet machinery once, not on every insertion", () => {
		const editor = new Editor("|");
		applyWorksheetEdit(editor, edit(editor, emptyProfile("One")));
		expect(editor.last?.reconfigured).toBe(true);
		applyWorksheetEdit(editor, edit(editor, emptyProfile("Two")));
		expect(editor.last?.reconfigured).toBe(false);
		expect(editor.selected).toBe("_…_");
	});
});
