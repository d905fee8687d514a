/** The `embed-tool-summaries` edit: each tool summary written as a nested bullet under its link in the note's Tools section. */
import { err, ok, type Result } from "../result";
import { indentContinuation, isBlank } from "../text/lines";
import type { TextChange } from "../text/text-change";
import { linksInLine } from "../text/wiki-links";
import type { ResolvedTool } from "./resolve-tool-link";
import { findToolsSections, readToolAnnotations, type ToolAnnotations } from "./tools-section";
import { firstChildBlock, sectionItems, type SectionItem } from "./tools-section-items";

/** One edit to apply as a single undoable transaction, and what it does. */
export interface EmbedEdit {
	/** In the original text's offsets; they never overlap and are in order. */
	changes: TextChange[];
	/** Summaries written under links that had none. */
	added: number;
	/** Summaries rewritten because the one shown beside the link has changed. */
	updated: number;
	/** Links whose summary is already written under them. */
	current: number;
	/** Links in the Tools section that name no known tool. */
	unknown: number;
}

/** Gives the summary shown beside a link to `target` in this note, as the chips show it. */
export type SummaryOf = (target: string, annotations: ToolAnnotations) => ResolvedTool | null;

/**
 * Computes the edit that writes, under each tool link of the note's Tools sections, the summary shown beside it:
 * a summary the note already gives itself is left alone, one from a tool note or the library is added or updated.
 * Running it twice changes nothing the second time. CRLF notes keep CRLF. An error says why nothing can be done.
 */
export function embedToolSummaries(text: string, summaryOf: SummaryOf): Result<EmbedEdit, string> {
	const raw = text.split("\n");
	const lines = raw.map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
	const eol = text.indexOf("\r\n") !== -1 ? "\r\n" : "\n";
	const sections = findToolsSections(lines);
	if (sections.length === 0) return err("This note has no tools section: add a “## Tools” heading with tool links under it.");
	const annotations = readToolAnnotations(lines, sections);
	const starts: number[] = [];
	for (let i = 0, offset = 0; i < raw.length; offset += raw[i].length + 1, i++) starts.push(offset);
	const edit: EmbedEdit = { changes: [], added: 0, updated: 0, current: 0, unknown: 0 };
	for (const section of sections) {
		const items = sectionItems(lines, section);
		const childIndent = nestedIndent(lines, items);
		for (const item of items) {
			const link = item.text.startsWith("[[") ? linksInLine(item.text)[0] : undefined;
			if (!link || link.from !== 0) continue;
			const resolved = summaryOf(link.target, annotations);
			if (resolved === null) edit.unknown++;
			if (resolved?.source === "note") edit.current++;
			if (resolved === null || resolved.source === "note") continue;
			const block = firstChildBlock(lines, item);
			const indent = block ? (/^\s*/.exec(lines[block.from])?.[0] ?? "") : item.indent + childIndent(item);
			const written = `${indent}- ${indentContinuation(resolved.summary, `${indent}  `)}`.split("\n").join(eol);
			if (block === null) {
				const end = starts[item.line] + lines[item.line].length;
				edit.changes.push({ from: end, to: end, insert: eol + written });
				edit.added++;
			} else if (normalise(lines.slice(block.from, block.to)) !== normalise(written.split(eol))) {
				edit.changes.push({ from: starts[block.from], to: starts[block.to - 1] + lines[block.to - 1].length, insert: written });
				edit.updated++;
			} else {
				edit.current++;
			}
		}
	}
	return ok(edit);
}

/** What the command tells the user after `edit`: what it wrote, or why it wrote nothing. Every host shows this wording. */
export function embedNotice(edit: EmbedEdit): string {
	if (edit.changes.length === 0) {
		if (edit.current > 0) return "Every tool in the tools section already has its summary written under it.";
		if (edit.unknown > 0) return "No link in the tools section names a tool with a summary.";
		return "The tools section has no tool links.";
	}
	const parts: string[] = [];
	if (edit.added > 0) parts.push(`added ${summaries(edit.added)}`);
	if (edit.updated > 0) parts.push(`updated ${summaries(edit.updated)}`);
	return `Tool summaries: ${parts.join(" and ")}.`;
}

function summaries(n: number): string {
	return n === 1 ? "1 summary" : `${n} summaries`;
}

/** How much deeper than its item a new nested bullet goes: as the section already nests, else a tab or the marker's width. */
function nestedIndent(lines: readonly string[], items: readonly SectionItem[]): (item: SectionItem) => string {
	for (const item of items) {
		const block = firstChildBlock(lines, item);
		if (block === null) continue;
		const indent = /^\s*/.exec(lines[block.from])?.[0] ?? "";
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
