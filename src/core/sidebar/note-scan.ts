/** One pass over a note: where its headings and bold lines are, what it links to, its metadata and its flavour. */
import { readMetaBlock, type PageMeta } from "../text/front-matter";
import { listMarkerLength } from "../text/lines";
import { linksInLine } from "../text/wiki-links";

/** A heading or a bold line outside code: a place where a question may be written. */
export interface NoteMark {
	/** 0-based line number. */
	line: number;
	/** 1 to 6 for a heading, 0 for a bold line. */
	level: number;
	/** The heading's text, or the bold text, as written. */
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
	/** The notes it links to (`[[Target]]` and `[label](Target.md)`), each once, in order of appearance. */
	links: string[];
	/** True when the body is a Logseq outline (every top-level line a bullet). */
	outline: boolean;
}

const MARKDOWN_LINK = /\]\(([^()\s]+)\)/g;

/** Reads `text` once; linear in its length, and only headings, bold lines and links are looked at closely. */
export function scanNote(text: string): NoteScan {
	const lines = splitLines(text);
	const { meta, next } = readMetaBlock(lines);
	const marks: NoteMark[] = [];
	const seen = new Set<string>();
	const links: string[] = [];
	let fence = "";
	let bullets = 0;
	let others = 0;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (i >= next) {
			const marker = fenceMarker(line);
			if (marker !== "" && (fence === "" || marker.startsWith(fence))) {
				fence = fence === "" ? marker : "";
				continue;
			}
			if (fence !== "") continue;
			const first = line.charCodeAt(0);
			if (first === 45 && (line.length === 1 || line.charCodeAt(1) === 32)) bullets++;
			else if (first !== 35 && first !== 32 && first !== 9 && line.length > 0) others++;
			const mark = readMark(line, i);
			if (mark !== null) marks.push(mark);
		}
		if (line.indexOf("[[") !== -1 || line.indexOf("](") !== -1) collectLinks(line, seen, links);
	}
	return { lines, bodyStart: next, meta, marks, links, outline: bullets > 0 && others * 10 <= bullets };
}

/** Splits on line ends, CRLF and CR included. */
export function splitLines(text: string): string[] {
	const lines = (typeof text === "string" ? text : "").split("\n");
	if (lines.length > 0 && lines[0].charCodeAt(0) === 0xfeff) lines[0] = lines[0].slice(1);
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
	const marker = listMarkerLength(line.slice(i, i + 12));
	if (marker > 0) {
		i += marker;
		while (line.charCodeAt(i) === 32) i++;
	}
	if (line.charCodeAt(i) === 91 && line.charCodeAt(i + 2) === 93 && line.charCodeAt(i + 3) === 32) i += 4;
	return i;
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
		return text === "" ? null : { line: index, level, text, inline: -1 };
	}
	if ((c !== 42 && c !== 95) || line.charCodeAt(start + 1) !== c) return null;
	const delimiter = c === 42 ? "**" : "__";
	const close = line.indexOf(delimiter, start + 2);
	if (close <= start + 2) return null;
	const text = line.slice(start + 2, close).trim();
	let after = close + 2;
	while (after < line.length && " \t:：-–—?.".includes(line[after])) after++;
	return { line: index, level: 0, text, inline: after < line.length ? after : -1 };
}

/** The fence (``` or ~~~, any length) that opens or closes a code block on this line, else "". */
function fenceMarker(line: string): string {
	let i = 0;
	while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
	if (line.charCodeAt(i) === 45 && line.charCodeAt(i + 1) === 32) i += 2;
	const c = line.charCodeAt(i);
	if (c !== 96 && c !== 126) return "";
	let j = i;
	while (line.charCodeAt(j) === c) j++;
	return j - i >= 3 ? line.slice(i, j) : "";
}

function collectLinks(line: string, seen: Set<string>, links: string[]): void {
	const add = (target: string) => {
		if (target === "" || seen.has(target)) return;
		seen.add(target);
		links.push(target);
	};
	for (const link of linksInLine(line)) add(link.target);
	for (const match of line.matchAll(MARKDOWN_LINK)) {
		const href = match[1];
		if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("#")) continue;
		add(decodeHref(href.split("#")[0]).replace(/\.md$/i, ""));
	}
}

function decodeHref(href: string): string {
	try {
		return decodeURIComponent(href);
	} catch {
		return href;
	}
}
