/** ATX headings (`## Name`) and Logseq bullet headings (`- ## Name`), read from one line each, and the sections they open. */
import { indentWidth, isSpaceOrTab, textIndent } from "../text/lines";

/** A heading of the note and the section it opens. */
export interface Heading {
	/** 0-based line. */
	line: number;
	/** 1 to 6. */
	level: number;
	/** The heading's text: trimmed, a closing run of `#` removed. */
	text: string;
	/** Column where `text` starts on its line. */
	column: number;
	/** Width of the line's leading white space (a tab counts two). */
	indent: number;
	/** True when written as a list item, as Logseq writes every heading (`- ## Name`). */
	bullet: boolean;
	/** True when inside a `>` quote. */
	quoted: boolean;
	/** The line after its section: the next heading of its level or higher, else the note's end. */
	end: number;
	/** Index (in the note's headings) of the heading whose section holds this one, or -1. */
	parent: number;
}

/** The heading on `line` whose text (after indentation, quotes, a list marker and a checkbox) starts at `start`, or null. */
export function readHeading(line: string, index: number, start: number): Heading | null {
	if (line.charCodeAt(start) !== 35) return null;
	let i = start;
	while (line.charCodeAt(i) === 35) i++;
	const level = i - start;
	if (level > 6 || (i < line.length && !isSpaceOrTab(line.charCodeAt(i)))) return null;
	const from = textIndent(line, i);
	const to = closingSequenceStart(line, from);
	if (to <= from) return null;
	const prefix = line.slice(0, start);
	return {
		line: index,
		level,
		text: line.slice(from, to),
		column: from,
		indent: indentWidth(line),
		bullet: /[-*+]\s|\d[.)]\s/.test(prefix),
		quoted: prefix.indexOf(">") !== -1,
		end: index + 1,
		parent: -1,
	};
}

/** Where the heading's text ends: trailing white space and a closing `#` run (after white space) left out. Linear. */
function closingSequenceStart(line: string, from: number): number {
	let end = line.length;
	while (end > from && isSpaceOrTab(line.charCodeAt(end - 1))) end--;
	let hashes = end;
	while (hashes > from && line.charCodeAt(hashes - 1) === 35) hashes--;
	if (hashes === end || (hashes > from && !isSpaceOrTab(line.charCodeAt(hashes - 1)))) return end;
	while (hashes > from && isSpaceOrTab(line.charCodeAt(hashes - 1))) hashes--;
	return hashes;
}

/** A run of lines a heading opens: [heading line, end). */
export interface Section {
	heading: Heading;
	/** The line after the section's last. */
	end: number;
}

/**
 * Cuts the note at the headings `isCut` accepts, each section running to the next such heading (not to the next of
 * its level): how a profile page is split at its level-2 headings whatever lies between them.
 */
export function sectionsAt(headings: readonly Heading[], lineCount: number, isCut: (heading: Heading) => boolean): Section[] {
	const cuts = headings.filter(isCut);
	return cuts.map((heading, i) => ({ heading, end: i + 1 < cuts.length ? cuts[i + 1].line : lineCount }));
}

/** True for a heading at the margin, plain (`## Name`) or as a top-level Logseq bullet (`- ## Name`): a page's own sections. */
export function isTopLevel(heading: Heading): boolean {
	return heading.indent === 0 && !heading.quoted;
}
