/** The pages a note links to, found with a few searches of the whole text instead of a link object for every link. */
import { lineLinks, type NoteLink } from "./links";
import { lineText, type NoteModel } from "./note-model";

/**
 * The pages the note links to (`[[Target]]`, `![[Target]]`, `{{embed [[Target]]}}`, `#[[Target]]`, `[label](Target.md)`),
 * outside code and metadata, each once, in order of appearance; plain `#tags` are not pages. The same targets as
 * `note.links` gives (see `lineLinks`), but a line without `[[` or `](` is passed over, and one without inline code
 * or Markdown links (found by searches of the whole text) is read without building its links. Linear in the note's length.
 */
export function linkTargets(note: NoteModel): string[] {
	const { text, lineStart, codeLines } = note;
	const count = lineStart.length;
	const seen = new Set<string>();
	const add = (target: string) => seen.add(target);
	let wiki = text.indexOf("[[");
	let markdown = text.indexOf("](");
	let tick = wiki === -1 && markdown === -1 ? -1 : text.indexOf("`");
	/** The next `]]` found (2^32 - 1 for none), searched again only once passed: unclosed `[[` cost no extra search. */
	let close = -1;
	let line = 0;
	while (wiki !== -1 || markdown !== -1) {
		const at = wiki === -1 ? markdown : markdown === -1 ? wiki : Math.min(wiki, markdown);
		while (line + 1 < count && lineStart[line + 1] <= at) line++;
		const start = lineStart[line];
		const next = line + 1 < count ? lineStart[line + 1] : text.length;
		/** The line's "\n" (its text may end with "\r", which opens no link and no code). */
		const end = line + 1 < count ? next - 1 : next;
		if (tick !== -1 && tick < start) tick = text.indexOf("`", start);
		const plain = (markdown === -1 || markdown >= end) && (tick === -1 || tick >= end);
		if (codeLines[line] === 0 && !plain) addLinkTargets(lineText(note, line), line, start, add);
		let from = codeLines[line] === 0 && plain ? wiki : -1;
		while (from !== -1 && from < end) {
			if (close < from + 2) close = text.indexOf("]]", from + 2) >>> 0;
			if (close >= end) break;
			const open = text.lastIndexOf("[[", close);
			if (close > open + 2) seen.add(targetBetween(text, open + 2, close));
			from = text.indexOf("[[", close + 2);
		}
		/** The search of the line's links may have found the next line's first `[[` already. */
		if (wiki !== -1 && wiki < next) wiki = from >= next ? from : text.indexOf("[[", next);
		if (markdown !== -1 && markdown < next) markdown = text.indexOf("](", next);
	}
	seen.delete("");
	return [...seen];
}

/** Adds the page targets of a line that may hold inline code or Markdown links, read through `lineLinks`. */
function addLinkTargets(text: string, line: number, offset: number, add: (target: string) => void): void {
	const links: NoteLink[] = [];
	lineLinks(text, line, offset, links);
	for (const link of links) if (link.kind !== "tag" || text.charCodeAt(link.from - offset + 1) === 91) add(link.target);
}

/** The page of the wiki link written from `from` to `to`: up to its first `|`, `#` or `^`, trimmed (as `linkTarget`). */
function targetBetween(text: string, from: number, to: number): string {
	let end = from;
	while (end < to) {
		const c = text.charCodeAt(end);
		if (c === 124 || c === 35 || c === 94) break;
		end++;
	}
	return text.slice(from, end).trim();
}
