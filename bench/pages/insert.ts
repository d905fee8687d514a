// Benchmark page: times the insert-profile-template command in real CodeMirror editors, beside a plain dispatch of the same text.
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { markdown } from "@codemirror/lang-markdown";
import { EditorState, Transaction } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { parseProfile } from "../../src/core/profile/parse";
import { TemplateEngine } from "../../src/core/templates/template-engine";
import { insertWorksheet } from "../../src/core/worksheet/insert-worksheet";
import { applyWorksheetEdit } from "../../src/editor/apply-worksheet";

/** Milliseconds per insertion for each way, one sample per round. */
interface Samples {
	command: number[];
	dispatch: number[];
	coreOnly: number[];
	firstCommand: number;
	insertedLength: number;
}

declare global {
	interface Window {
		/** Set by this page; driven by bench/insert.bench.mjs. */
		insertBench: { run(profilePage: string, note: string, rounds: number, editors: number): Samples };
	}
}

function editorsFor(count: number): EditorView[] {
	const root = document.getElementById("root") ?? document.body;
	return Array.from({ length: count }, () => new EditorView({ parent: root, state: EditorState.create({ extensions: [history(), keymap.of([...defaultKeymap, ...historyKeymap]), markdown()] }) }));
}

function reset(views: readonly EditorView[], note: string): void {
	for (const view of views) {
		view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: note }, selection: { anchor: note.length }, annotations: Transaction.addToHistory.of(false) });
	}
}

/** Times `insert` on every editor in one block, so the timer's coarse resolution is spread over many insertions. */
function timeBlock(views: readonly EditorView[], note: string, insert: (view: EditorView) => void): number {
	reset(views, note);
	const start = performance.now();
	for (const view of views) insert(view);
	return (performance.now() - start) / views.length;
}

window.insertBench = {
	run(profilePage, note, rounds, editors) {
		const profile = parseProfile(profilePage);
		const views = editorsFor(editors);
		const command = (engine: TemplateEngine) => (view: EditorView) => {
			const edit = insertWorksheet(view.state.doc.toString(), view.state.selection.main, profile, engine);
			if (!edit.ok) throw new Error(edit.error);
			applyWorksheetEdit(view, edit.value);
		};
		reset(views, note);
		const cold = performance.now();
		command(new TemplateEngine())(views[0]);
		const firstCommand = performance.now() - cold;

		const engine = new TemplateEngine();
		const probe = insertWorksheet(note, { anchor: note.length, head: note.length }, profile, engine);
		if (!probe.ok) throw new Error(probe.error);
		const { changes } = probe.value;
		const samples: Samples = { command: [], dispatch: [], coreOnly: [], firstCommand, insertedLength: probe.value.text.length };
		for (let round = 0; round < rounds; round++) {
			samples.command.push(timeBlock(views, note, command(engine)));
			samples.dispatch.push(timeBlock(views, note, (view) => view.dispatch({ changes, selection: { anchor: probe.value.selection.from, head: probe.value.selection.to }, scrollIntoView: true })));
			samples.coreOnly.push(timeBlock(views, note, (view) => insertWorksheet(view.state.doc.toString(), view.state.selection.main, profile, engine)));
		}
		return samples;
	},
};
