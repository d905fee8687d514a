/** The `embed-tool-summaries` edit: each tool summary written as a nested bullet under its link in the note's Tools section, never over the user's words. */
import { words } from "../wording/wording";
import { readNote } from "../note";
import { err, ok, type Result } from "../result";
import { lineEndOf } from "../text/line-spans";
import { indentContinuation, isBlank } from "../text/lines";
import type { TextChange } from "../text/text-change";
import { linksInLine } from "../text/wiki-links";
import type { ResolvedTool } from "./resolve-tool-link";
import { readToolAnnotations, toolsSections, type ToolAnnotations } from "./tools-section";
import { firstChildBlock, leadingSpace, sectionItems, type SectionItem } from "./tools-section-items";

/** One edit to apply as a single undoable transaction, and what it does. */
export interface EmbedEdit {
	/** In the original text's offsets; they never overlap and are in order. */
	changes: TextChange[];
	/** Summaries written under links that had nothing under them. */
	added: number;
	/** Summaries written over text the user wrote (only when asked to replace). */
	replaced: number;
	/** Links whose summary is already written under them. */
	current: number;
	/** Links in the Tools section that name no known tool. */
	unknown: number;
	/** The tools under whose link the user wrote something else, left as written (unless asked to replace), in order. */
	kept: string[];
}

/** Whether to write over what the user wrote under a link: never by default; only as their explicit choice. */
export interface EmbedOptions {
	replace: boolean;
}

/** Gives the summary shown beside a link to `target` in this note, as the chips show it. */
export type SummaryOf = (target: string, annotations: ToolAnnotations) => ResolvedTool | null;

/**
 * Computes the edit that writes, under each tool link of the note's Tools sections that has nothing under it, the
 * summary shown beside it. Text the user wrote under a link (or after it on its line) is theirs: it is kept and listed
 * in `kept`, and written over only with `replace`. Running it twice changes nothing the second time. CRLF notes keep
 * CRLF. An error says why nothing can be done.
 */
export function embedToolSummaries(text: string, summaryOf: SummaryOf, options: EmbedOptions = { replace: false }): Result<EmbedEdit, string> {
	const note = readNote(text);
	const { lines, lineStart } = note;
	const eol = lineEndOf(text);
	const sections = toolsSections(note);
	if (sections.length === 0) return err(words("embed-no-section"));
	const annotations = readToolAnnotations(lines, sections);
	const edit: EmbedEdit = { changes: [], added: 0, replaced: 0, current: 0, unknown: 0, kept: [] };
	for (const section of sections) {
		const items = sectionItems(lines, section);
		const childIndent = nestedIndent(lines, items);
		for (const item of items) {
			const link = item.text.startsWith("[[") ? linksInLine(item.text)[0] : undefined;
			if (!link || link.from !== 0) continue;
			const resolved = summaryOf(link.target, annotations);
			if (resolved === null) {
				edit.unknown++;
				continue;
			}
			// The note's own annotation is what the link shows already: nothing to write.
			if (resolved.source === "note") {
				edit.current++;
				continue;
			}
			const block = firstChildBlock(lines, item);
			const indent = block ? leadingSpace(lines[block.from]) : item.indent + childIndent(item);
			const written = `${indent}- ${indentContinuation(resolved.summary, `${indent}  `)}`.split("\n").join(eol);
			const inline = item.text.slice(link.to).replace(/^[\s:–—-]+/, "") !== "";
			if (block !== null && normalise(lines.slice(block.from, block.to)) === normalise(written.split(eol))) {
				edit.current++;
			} else if (!options.replace && (block !== null || inline)) {
				edit.kept.push(resolved.name);
			} else if (block === null) {
				const end = lineStart[item.line] + lines[item.line].length;
				edit.changes.push({ from: end, to: end, insert: eol + written });
				edit.added++;
			} else {
				edit.changes.push({ from: lineStart[block.from], to: lineStart[block.to - 1] + lines[block.to - 1].length, insert: written });
				edit.replaced++;
			}
		}
	}
	return ok(edit);
}

/** What the command tells the user after `edit`: what it wrote and what it kept, or why it wrote nothing. Every host shows this wording. */
export function embedNotice(edit: Omit<EmbedEdit, "changes">): string {
	const kept = edit.kept.length;
	if (edit.added + edit.replaced === 0) {
		if (kept > 0) return `Kept ${kept === 1 ? "the summary" : `the ${kept} summaries`} that you wrote (${edit.kept.join(", ")}); nothing was embedded.`;
		if (edit.current > 0) return words("embed-all-current");
		if (edit.unknown > 0) return words("embed-none-known");
		return "The tools section has no tool links.";
	}
	const parts: string[] = [];
	if (edit.added > 0) parts.push(`Embedded ${summaries(edit.added)}`);
	if (edit.replaced > 0) parts.push(`${parts.length === 0 ? "Replaced" : "replaced"} ${summaries(edit.replaced)} that you wrote`);
	if (kept > 0) parts.push(`kept ${kept} that you wrote`);
	return `${parts.join("; ")}.`;
}

function summaries(n: number): string {
	return n === 1 ? "1 summary" : `${n} summaries`;
}

/** How much deeper than its item a new nested bullet goes: as the section already nests, else a tab or the marker's width. */
function nestedIndent(lines: readonly string[], items: readonly SectionItem[]): (item: SectionItem) => string {
	for (const item of items) {
		const block = firstChildBlock(lines, item);
		if (block === null) continue;
		const indent = leadingSpace(lines[block.from]);
		if (indent.startsWith(item.indent) && indent.length > item.indent.length) {
			const step = indent.slice(item.indent.length);
			return () => step;
		}
	}
	const tabs = items.some((item) => item.indent.includes("\t"));
	return (item) => (tabs ? "\t" : " ".repeat(Math.max(2, item.marker)));
}

/** A block's text with each line trimmed, for comparing what is written with what would be. */
function normalise(lines: readonly string[]): string {
	return lines.map((line) => (isBlank(line) ? "" : line.trim())).join("\n");
}
