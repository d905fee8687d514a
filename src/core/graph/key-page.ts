/**
 * The one reader of a key page (a page a profile's Keys section links to), for the graph library and the sidebar alike:
 * its brief, its own weight, its `#question` blocks, its risks with their strategies, and its TODOs.
 */
import { metaString, readNote, type NoteModel, type OutlineBlock } from "../note";
import { hasQuestionTag, withoutQuestionTag } from "../profile/question-tag";
import { questionKey } from "../sidebar/question-key";
import { normaliseText } from "../text/mojibake";

/** A risk a key page names, with what to do before (mitigation) and after (contingency) it happens. */
export interface KeyRisk {
	name: string;
	text: string;
	mitigation: string;
	contingency: string;
}

/** Everything a key page says. */
export interface KeyPage {
	/** The key stated in brief (the page's first top-level heading block, `- #### `). */
	brief: string;
	/** The weight the page gives itself (`innbok-key-rating::`, else `key-weight::`, else `weight::`), if a number. */
	weight?: number;
	/** Its readable name, when a graph profile names the key ("Price sensitivity"); the page itself does not say. */
	title?: string;
	/** Its questions, tag removed, in page order, each once (case, markup and punctuation aside). */
	questions: string[];
	risks: KeyRisk[];
	todos: string[];
}

/** A block's text: its first line and the lines that continue it. */
type BlockText = (block: OutlineBlock) => string;

/**
 * Reads `text` as a key page, Logseq outline or Obsidian page: a `#question` (or `#[[question]]`) block at any depth is a
 * question (the lines continuing it included), and so is a tagged line outside the outline. Never throws.
 */
export function readKeyPage(text: string): KeyPage {
	const note = readNote(normaliseText(text).text);
	const blockText: BlockText = (block) => [block.text, ...note.lines.slice(block.line + 1, block.contentEnd).map((line) => line.trim())].join("\n").trim();
	const page: KeyPage = { brief: "", questions: [], risks: [], todos: [] };
	const weight = ["innbok-key-rating", "key-weight", "weight"].map((key) => Number(metaString(note.meta.values, key) || NaN)).find(Number.isFinite);
	if (weight !== undefined) page.weight = weight;
	const questions: string[] = [];
	for (const block of note.blocks) {
		const tag = block.text.toLowerCase().replace(/^#\[\[(.*)\]\]$/, "#$1");
		if (page.brief === "" && /^#{1,6} /.test(block.text)) page.brief = unheading(block.text);
		else if (tag === "#risks") for (const risk of block.children) page.risks.push(readRisk(risk, blockText));
		else if (tag === "#todos") for (const todo of block.children) pushText(page.todos, blockText(todo));
		collectQuestions([block], questions, blockText);
	}
	collectLooseQuestions(note, questions);
	const seen = new Set<string>();
	page.questions = questions.filter((question) => {
		const key = questionKey(question);
		if (key === "" || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	page.todos = [...new Set(page.todos)];
	return page;
}

function collectQuestions(blocks: readonly OutlineBlock[], into: string[], blockText: BlockText): void {
	for (const block of blocks) {
		if (hasQuestionTag(block.text)) pushText(into, withoutQuestionTag(blockText(block)));
		collectQuestions(block.children, into, blockText);
	}
}

/** The tagged lines outside the outline and outside code, as an Obsidian key page writes its questions. */
function collectLooseQuestions(note: NoteModel, into: string[]): void {
	let next = 0;
	for (let i = note.meta.bodyStart; i < note.lines.length; i++) {
		const block = note.blocks[next];
		if (block !== undefined && i >= block.line) {
			i = block.end - 1;
			next++;
		} else if (note.codeLines[i] === 0 && hasQuestionTag(note.lines[i])) {
			pushText(into, unheading(withoutQuestionTag(note.lines[i])));
		}
	}
}

function readRisk(block: OutlineBlock, blockText: BlockText): KeyRisk {
	const risk: KeyRisk = { name: unheading(block.text), text: "", mitigation: "", contingency: "" };
	const own: string[] = blockText(block).split("\n").slice(1).filter((line) => line !== "");
	for (const child of block.children) {
		const heading = unheading(child.text).toLowerCase();
		const body = child.children.map(blockText).join("\n");
		if (heading.startsWith("mitigation")) risk.mitigation = body;
		else if (heading.startsWith("contingency")) risk.contingency = body;
		else own.push(blockText(child));
	}
	risk.text = own.join("\n").trim();
	return risk;
}

function pushText(into: string[], text: string): void {
	const trimmed = text.trim();
	if (trimmed !== "") into.push(trimmed);
}

/** A block's text without its heading marks. */
function unheading(text: string): string {
	return text.replace(/^#+ /, "").trim();
}
