/** Where a document's front matter and fenced code blocks are, kept up to date without rescanning the document on each keystroke. */
import { RangeSet, RangeValue, StateField, type EditorState, type Text } from "@codemirror/state";
import { fenceMarker } from "../../core/text/code";
import { codeBlockLines } from "../../core/tools/link-scanner";
import { touchesLine } from "./changed-lines";

/** One code block, covering its lines from the opening fence to the closing one. */
class CodeBlock extends RangeValue {}

const BLOCK = new CodeBlock();

/** The code blocks and how many times they were rebuilt from scratch (a new count means more than a shift in place). */
export interface CodeBlocks {
	ranges: RangeSet<CodeBlock>;
	version: number;
}

/** The document's code blocks; a change that can open or close one (a fence or `---` line, in the old or new text) rebuilds them. */
export const codeBlocksField = StateField.define<CodeBlocks>({
	create: (state) => ({ ranges: build(state.doc), version: 0 }),
	update(blocks, tr) {
		if (!tr.docChanged) return blocks;
		if (touchesLine(tr, mayMoveFences)) return { ranges: build(tr.state.doc), version: blocks.version + 1 };
		return { ranges: blocks.ranges.map(tr.changes), version: blocks.version };
	},
});

/** True when the line starting at `lineFrom` lies in the front matter or a fenced code block. */
export function inCodeBlock(state: EditorState, lineFrom: number): boolean {
	let inside = false;
	state.field(codeBlocksField).ranges.between(lineFrom, lineFrom, () => {
		inside = true;
		return false;
	});
	return inside;
}

function build(doc: Text): RangeSet<CodeBlock> {
	const ranges = codeBlockLines(doc.toJSON()).map((block) => BLOCK.range(doc.line(block.from + 1).from, doc.line(block.to + 1).to));
	return RangeSet.of(ranges);
}

/** A fence, a front matter delimiter, or the first line (where front matter opens) may open or close a block. */
function mayMoveFences(text: string, number: number): boolean {
	if (number === 1 || fenceMarker(text) !== "") return true;
	const trimmed = text.trimEnd();
	return trimmed === "---" || trimmed === "...";
}
