// Browser page: a real CodeMirror 6 editor of fixed height with its own scroll bar, as Obsidian's is, and the typing fix.
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { typingBeforeScroll } from "../../../src/editor/typing-before-scroll";

/** What the page offers its spec through `window.typingPage`. */
interface TypingPage {
	view: EditorView;
	/** Opens a note of `lines` numbered lines scrolled to the top, then selects line `line` far below and scrolls to it, as a jump to a field does. */
	jump(lines: number, line: number): void;
}

declare global {
	interface Window {
		/** Set by this page; read by test/browser/typing-before-scroll.spec.mjs. */
		typingPage: TypingPage;
	}
}

const view = new EditorView({
	parent: document.getElementById("root") ?? document.body,
	state: EditorState.create({
		extensions: [EditorView.theme({ "&": { height: "300px" }, ".cm-scroller": { overflow: "auto" } }), typingBeforeScroll],
	}),
});

window.typingPage = {
	view,
	jump(lines, line) {
		const text = Array.from({ length: lines }, (_, index) => `Line ${index + 1}`).join("\n");
		view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 } });
		view.scrollDOM.scrollTop = 0;
		view.focus();
		const target = view.state.doc.line(line);
		view.dispatch({ selection: { anchor: target.from, head: target.to }, scrollIntoView: true });
	},
};
view.focus();
