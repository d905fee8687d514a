/** Reads a graph's key page: its brief, its questions, its risks with their strategies, and its TODOs. */
import { metaString, readNote, type OutlineBlock } from "../note";
import { hasQuestionTag, withoutQuestionTag } from "../profile/question-tag";
import { normaliseText } from "../text/mojibake";

/** A risk a key page names, with what to do before (mitigation) and after (contingency) it happens. */
export interface KeyRisk {
	name: string;
	text: string;
	mitigation: string;
	contingency: string;
}

/** Everything a key page says. */
export interface GraphKeyPage {
	/** The key stated in brief (the page's `- #### ` line). */
	brief: string;
	/** The page's own rating (`innbok-key-rating::`), if it gives a number. */
	rating?: number;
	questions: string[];
	risks: KeyRisk[];
	todos: string[];
}

/** Reads `text` as a key page. Never throws; a page without the usual blocks gives empty fields. */
export function readGraphKeyPage(text: string): GraphKeyPage {
	const note = readNote(normaliseText(typeof text === "string" ? text : "").text);
	const blockText = (block: OutlineBlock) => [block.text, ...note.lines.slice(block.line + 1, block.contentEnd).map((line) => line.trim())].join("\n").trim();
	const page: GraphKeyPage = { brief: "", questions: [], risks: [], todos: [] };
	const rating = Number(metaString(note.meta.values, "innbok-key-rating") || NaN);
	if (Number.isFinite(rating)) page.rating = rating;
	for (const block of note.blocks) {
		const tag = block.text.toLowerCase();
		if (page.brief === "" && /^#{1,6} /.test(block.text)) page.brief = block.text.replace(/^#+ /, "").trim();
		else if (tag === "#questions" || tag === "#[[questions]]") collectQuestions(block.children, page.questions, blockText);
		else if (tag === "#risks" || tag === "#[[risks]]") for (const risk of block.children) page.risks.push(readRisk(risk, blockText));
		else if (tag === "#todos" || tag === "#[[todos]]") for (const todo of block.children) pushText(page.todos, blockText(todo));
		else if (hasQuestionTag(block.text)) collectQuestions([block], page.questions, blockText);
	}
	page.questions = [...new Set(page.questions)];
	page.todos = [...new Set(page.todos)];
	return page;
}

/** A block's text: its first line and the lines that continue it. */
type BlockText = (block: OutlineBlock) => string;

function collectQuestions(blocks: readonly OutlineBlock[], into: string[], blockText: BlockText): void {
	for (const block of blocks) {
		if (hasQuestionTag(block.text)) pushText(into, withoutQuestionTag(blockText(block)));
		collectQuestions(block.children, into, blockText);
	}
}

function readRisk(block: OutlineBlock, blockText: BlockText): KeyRisk {
	const risk: KeyRisk = { name: block.text.replace(/^#+ /, "").trim(), text: "", mitigation: "", contingency: "" };
	const own: string[] = blockText(block).split("\n").slice(1).filter((line) => line !== "");
	for (const child of block.children) {
		const heading = child.text.replace(/^#+ /, "").trim().toLowerCase();
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
