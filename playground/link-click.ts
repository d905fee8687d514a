/** Ctrl-click (Cmd-click on a Mac) on a `[[link]]` in the editor opens its note, as in Obsidian's editor. */
import type { Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { linksInLine } from "../src/core/text/wiki-links";

/** The extension: a modified click inside a link's brackets calls `follow` with its target instead of moving the cursor. */
export function linkClick(follow: (target: string) => void): Extension {
	return EditorView.domEventHandlers({
		mousedown(event, view) {
			if (event.button !== 0 || !(event.ctrlKey || event.metaKey)) return false;
			const pos = view.posAtCoords({ x: event.clientX, y: event.clientY });
			if (pos === null) return false;
			const line = view.state.doc.lineAt(pos);
			const link = linksInLine(line.text, line.from).find((each) => each.from <= pos && pos <= each.to);
			if (link === undefined || link.target === "") return false;
			event.preventDefault();
			follow(link.target);
			return true;
		},
	});
}
