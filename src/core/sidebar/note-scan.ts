/** One pass over a note: where its headings and bold lines are, its metadata and its flavour; and what it links to. */
import { readMetaBlock, type PageMeta } from "../text/front-matter";
import { fenceMarker } from "../text/code";
import { indentWidth } from "../text/lines";
import { linkTarget } from "../text/wiki-links";

/** A heading, a bold line, or a list item ending with "?", outside code: a place where a question may be written. */
export interface NoteMark {
	/** 0-based line number. */
	line: number;
	/** 1 to 6 for a heading, 0 for a bold line or a list item. */
	level: number;
	/** For a list item, the width of its indentation (its children are indented more); -1 otherwise. */
	item: number;
	/** The heading's text, the bold text, or the item's text, as written. */
	text: string;
	/** Column where text after a bold part starts on the same line (`**Question?** answer`), else -1. */
	inline: number;
}

/** What the sidebar needs to know of a note, read in one pass. */
export interface NoteScan {
	/** The note's lines, line ends removed. */
	lines: readonly string[];
	/** Index of the first line after the front matter and page properties. */
	bodyStart: number;
	meta: PageMeta;
	/** Headings and bold lines outside fenced code, in order. */
	marks: NoteMark[];
	/** The note's text, as given. */
	text: string;
	/** The lines that belong to fenced code, fences included, in increasing order. */
	fenced: number[];
	/** True when the body is a Logseq outline (every top-level line a bullet). */
	outline: boolean;
}

const MARKDOWN_LINK = /\]\(([^()\s]+)\)/g;

/** Reads `text` once; linear in its length, and only headings and bold lines are looked at closely. See also `noteLinks`. */
export function scanNote(text: string): NoteScan {
	const lines = splitLines(text);
	const { meta, next } = readMetaBlock(lines);
	const marks: NoteMark[] = [];
	const fenced: number[] = [];
	let fence = "";
	let bullets = 0;
	let others = 0;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (i >= next) {
			const first = firstTextCode(line);
			if (first === 96 || first === 126 || first === 45) {
				const marker = fenceMarker(line);
				if (marker !== "" && (fence === "" || marker.startsWith(fence))) {
					fence = fence === "" ? marker : "";
					fenced.push(i);
					continue;
				}
			}
			if (fence !== "") {
				fenced.push(i);
				continue;
			}
			const c = line.charCodeAt(0);
			if (c === 45 && (line.length === 1 || line.charCodeAt(1) === 32)) bullets++;
			else if (c !== 35 && c !== 32 && c !== 9 && line.length > 0) others++;
			if (mayStartMark(first)) {
				const mark = readMark(line, i);
				if (mark !== null) marks.push(mark);
			}
		}
	}
	return { lines, bodyStart: next, meta, marks, text, fenced, outline: bullets > 0 && others * 10 <= bullets };
}

/** Splits on line ends, CRLF included. */
export function splitLines(text: string): string[] {
	const source = typeof text === "string" ? text : "";
	const lines = source.split("\n");
	if (lines[0].charCodeAt(0) === 0xfeff) lines[0] = lines[0].slice(1);
	if (source.indexOf("\r") === -1) return lines;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (line.charCodeAt(line.length - 1) === 13) lines[i] = line.slice(0, -1);
	}
	return lines;
}

/** Column where a line's text starts after indentation, `>` quotes, a list marker and a task checkbox. */
export function textStart(line: string): number {
	let i = 0;
	for (;;) {
		while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
		if (line.charCodeAt(i) !== 62) break;
		i++;
	}
	const marker = markerLength(line, i);
	if (marker > 0) {
		i += marker;
		while (line.charCodeAt(i) === 32) i++;
	}
	if (line.charCodeAt(i) === 91 && line.charCodeAt(i + 2) === 93 && line.charCodeAt(i + 3) === 32) i += 4;
	return i;
}

/** True for the characters a heading or bold line can start with, after indentation: # * _ - + > and digits. */
function mayStartMark(c: number): boolean {
	return c === 35 || c === 42 || c === 95 || c === 45 || c === 43 || c === 62 || (c >= 48 && c <= 57);
}

/** The character code of the line's first non-blank character, or -1. */
function firstTextCode(line: string): number {
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c !== 32 && c !== 9) return c;
	}
	return -1;
}

/** Length of a list marker ("- ", "* ", "+ ", "1. ", "1) ") at `from`, or 0. See also `listMarkerLength`. */
function markerLength(line: string, from: number): number {
	const c = line.charCodeAt(from);
	if (c === 45 || c === 42 || c === 43) {
		if (line.length === from + 1) return 1;
		return line.charCodeAt(from + 1) === 32 ? 2 : 0;
	}
	let i = from;
	while (i < line.length && i - from < 9 && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
	if (i > from && (line.charCodeAt(i) === 46 || line.charCodeAt(i) === 41) && line.charCodeAt(i + 1) === 32) return i - from + 2;
	return 0;
}

/** The heading or bold line on this line, or null. */
function readMark(line: string, index: number): NoteMark | null {
	const start = textStart(line);
	const c = line.charCodeAt(start);
	if (c === 35) {
		let i = start;
		while (line.charCodeAt(i) === 35) i++;
		const level = i - start;
		if (level > 6 || (i < line.length && line.charCodeAt(i) !== 32 && line.charCodeAt(i) !== 9)) return null;
		const text = line.slice(i).replace(/\s+#+\s*$/, "").trim();
		return text === "" ? null : { line: index, level, item: -1, text, inline: -1 };
	}
	if ((c === 42 || c === 95) && line.charCodeAt(start + 1) === c) {
		const close = line.indexOf(c === 42 ? "**" : "__", start + 2);
		if (close > start + 2) {
			let after = close + 2;
			while (after < line.length && " \t:：-–—?.*_".includes(line[after])) after++;
			return { line: index, level: 0, item: -1, text: line.slice(start + 2, close).trim(), inline: after < line.length ? after : -1 };
		}
	}
	return readQuestionItem(line, index, start);
}

/** A list item whose text ends with "?" (emphasis aside): `- Who pays the most?`. */
function readQuestionItem(line: string, index: number, start: number): NoteMark | null {
	let end = line.length;
	while (end > start && " \t*_".includes(line[end - 1])) end--;
	if (line.charCodeAt(end - 1) !== 63) return null;
	let indent = 0;
	while (line.charCodeAt(indent) === 32 || line.charCodeAt(indent) === 9) indent++;
	if (markerLength(line, indent) === 0) return null;
	return { line: index, level: 0, item: indentWidth(line), text: line.slice(start, end), inline: -1 };
}

/**
 * The notes a scanned note links to (`[[Target]]` and `[label](Target.md)`) outside code, each once, in order of
 * appearance; wiki links read as `linksInLine` reads them. One pass over the text.
 */
export function noteLinks(scan: NoteScan): string[] {
	const text = scan.fenced.length === 0 ? scan.text : withoutLines(scan.lines, scan.fenced);
	const seen = new Set<string>();
	const links: string[] = [];
	const add = (target: string) => {
		if (target === "" || seen.has(target)) return;
		seen.add(target);
		links.push(target);
	};
	const raws = new Set<string>();
	let open = text.indexOf("[[");
	while (open !== -1) {
		const close = text.indexOf("]]", open + 2);
		if (close === -1) break;
		const raw = text.slice(text.lastIndexOf("[[", close) + 2, close);
		open = text.indexOf("[[", close + 2);
		if (raw.length === 0 || raws.has(raw) || raw.indexOf("\n") !== -1) continue;
		raws.add(raw);
		add(linkTarget(raw));
	}
	if (text.indexOf("](") === -1) return links;
	for (const match of text.matchAll(MARKDOWN_LINK)) {
		const href = match[1];
		if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("#")) continue;
		add(decodeHref(href.split("#")[0]).replace(/\.md$/i, ""));
	}
	return links;
}

/** The text of `lines` without the lines listed (in increasing order) in `skipped`. */
function withoutLines(lines: readonly string[], skipped: readonly number[]): string {
	const kept: string[] = [];
	let next = 0;
	for (let i = 0; i < lines.length; i++) {
		if (skipped[next] === i) next++;
		else kept.push(lines[i]);
	}
	return kept.join("\n");
}

function decodeHref(href: string): string {
	try {
		return decodeURIComponent(href);
	} catch {
		return href;
	}
}
