/** The links of one line outside inline code: `[[page]]`, `[[page|alias]]`, `[[page#heading]]`, embeds, `#tag`, `#[[tag]]`, `[label](page.md)`. */
import { codeSpanTest, type CodeSpanTest } from "../text/code";
import { eachWikiLink, linkTarget } from "../text/wiki-links";
import { lazyPattern } from "../lazy";
import { isSpaceOrTab, textIndent } from "../text/lines";

/** A link of the note. */
export interface NoteLink {
	/** "wiki" for `[[…]]`, "embed" for `![[…]]` and `{{embed [[…]]}}`, "tag" for `#tag` and `#[[tag]]`, "markdown" for `[label](page.md)`. */
	kind: "wiki" | "embed" | "tag" | "markdown";
	/** The page it points to, without heading, block reference, alias or `.md`. */
	target: string;
	/** The text inside the brackets (or after `#`, or the href), as written. */
	raw: string;
	/** The heading after `#` in `[[page#heading]]`, or "". */
	heading: string;
	/** The label after `|` in `[[page|alias]]`, or "". */
	alias: string;
	/** 0-based line. */
	line: number;
	/** Offsets in the note's text: the link's first character and the one after its last. */
	from: number;
	to: number;
}

const TAG_CHAR = lazyPattern("[\\p{L}\\p{N}_/-]");

/**
 * Appends the links of `text` (line `line`, starting at `offset` in the note) to `out`, skipping those inside inline code.
 * Wiki links read as `eachWikiLink` reads them. Linear in the line.
 */
export function lineLinks(text: string, line: number, offset: number, out: NoteLink[]): void {
	const bracket = text.indexOf("[");
	const hash = text.indexOf("#");
	if (bracket === -1 && hash === -1) return;
	const first = out.length;
	const code = text.indexOf("`") === -1 ? null : codeSpanTest(text);
	const embeds = bracket !== -1 && text.indexOf("{{") !== -1;
	if (bracket !== -1) {
		eachWikiLink(text, (open, close) => {
			const prefixed = open > 0 && (text.charCodeAt(open - 1) === 33 || text.charCodeAt(open - 1) === 35);
			if (outsideCode(code, prefixed ? open - 1 : open, close + 2)) out.push(wikiLink(text, open, close, embeds, line, offset));
		});
	}
	const wikiEnd = out.length;
	if (hash !== -1) addTags(text, hash, line, offset, code, out);
	const tagEnd = out.length;
	if (bracket !== -1 && text.indexOf("](", bracket) !== -1) addMarkdownLinks(text, line, offset, code, out);
	const kinds = (wikiEnd > first ? 1 : 0) + (tagEnd > wikiEnd ? 1 : 0) + (out.length > tagEnd ? 1 : 0);
	if (kinds > 1) sortFrom(out, first);
}

/** True when [from, to) of the line lies outside its code spans (see `codeSpanTest`). */
function outsideCode(inCode: CodeSpanTest | null, from: number, to: number): boolean {
	return inCode === null || !inCode(from, to);
}

/** Sorts `links[first..]` by position. */
function sortFrom(links: NoteLink[], first: number): void {
	const tail = links.splice(first).sort((a, b) => a.from - b.from);
	for (const link of tail) links.push(link);
}

function wikiLink(text: string, open: number, close: number, embeds: boolean, line: number, offset: number): NoteLink {
	const raw = text.slice(open + 2, close);
	const end = close + 2;
	const bar = raw.indexOf("|");
	const hash = raw.indexOf("#");
	const heading = hash === -1 || (bar !== -1 && bar < hash) ? "" : raw.slice(hash + 1, bar === -1 ? raw.length : bar).trim();
	const alias = bar === -1 ? "" : raw.slice(bar + 1).trim();
	const bang = open > 0 && text.charCodeAt(open - 1) === 33;
	const embed = bang || (embeds && /\{\{embed\s*$/.test(text.slice(Math.max(0, open - 12), open)));
	const tag = !embed && open > 0 && text.charCodeAt(open - 1) === 35;
	const start = bang || tag ? open - 1 : open;
	return { kind: embed ? "embed" : tag ? "tag" : "wiki", target: linkTarget(raw), raw, heading, alias, line, from: offset + start, to: offset + end };
}

/** `#tag` after a line start or white space, not digits only; `#[[tag]]` is read with the wiki links. */
function addTags(text: string, first: number, line: number, offset: number, code: CodeSpanTest | null, out: NoteLink[]): void {
	let run = first;
	while (text.charCodeAt(run) === 35) run++;
	const heading = first === textIndent(text) && (run === text.length || isSpaceOrTab(text.charCodeAt(run)));
	const start = heading ? text.indexOf("#", run) : first;
	for (let at = start; at !== -1; at = text.indexOf("#", at + 1)) {
		if (at > 0 && !isSpaceOrTab(text.charCodeAt(at - 1))) continue;
		let end = at + 1;
		while (end < text.length && TAG_CHAR().test(text[end])) end++;
		if (end === at + 1 || /^\d+$/.test(text.slice(at + 1, end))) continue;
		if (!outsideCode(code, at, end)) continue;
		const name = text.slice(at + 1, end);
		out.push({ kind: "tag", target: name, raw: name, heading: "", alias: "", line, from: offset + at, to: offset + end });
		at = end - 1;
	}
}

/** `[label](target)` to a note in the vault: no URL scheme, no bare `#anchor`; the target URL-decoded, `.md` dropped. */
function addMarkdownLinks(text: string, line: number, offset: number, code: CodeSpanTest | null, out: NoteLink[]): void {
	for (let at = text.indexOf("]("); at !== -1; at = text.indexOf("](", at + 2)) {
		let end = at + 2;
		while (end < text.length && !" \t()".includes(text[end])) end++;
		if (end === at + 2 || text.charCodeAt(end) !== 41) continue;
		const href = text.slice(at + 2, end);
		if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("#") || !outsideCode(code, at, end + 1)) continue;
		const [page, heading = ""] = href.split("#");
		out.push({ kind: "markdown", target: decodeHref(page).replace(/\.md$/i, ""), raw: href, heading, alias: "", line, from: offset + at, to: offset + end + 1 });
	}
}

function decodeHref(href: string): string {
	try {
		return decodeURIComponent(href);
	} catch {
		return href;
	}
}
