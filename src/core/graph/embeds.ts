/** Replaces `{{embed [[page]]}}` lines with the embedded page's text, as Logseq shows them, safely. */
import { words } from "../wording/wording";
import { pageBody } from "./page-body";
import { linkedPageName } from "./page-names";

/** Finds what an embed of a page shows, by page name ("" for a page it does not show); null when the graph has no such page. */
export type PageText = (pageName: string) => string | null;

/** Text with its embeds replaced, and what could not be embedded, in words. */
export interface ResolvedText {
	text: string;
	warnings: string[];
}

/** Limits that keep a hostile graph from costing more than a page's worth of work. */
export interface EmbedLimits {
	/** Characters read from one embedded page; the rest is left out with a warning. */
	pageChars: number;
	/** How deep embeds inside embedded pages are followed. */
	depth: number;
	/** Characters embedded into one text in all. */
	totalChars: number;
}

/** 64 KB of text per embedded page, three levels deep, 256 KB in all. */
const EMBED_LIMITS: Readonly<EmbedLimits> = { pageChars: 64 * 1024, depth: 3, totalChars: 256 * 1024 };

interface EmbedRun {
	pages: PageText;
	limits: EmbedLimits;
	warnings: string[];
	/** Characters still allowed in all. */
	left: number;
}

const EMBED = /\{\{embed\s+(\[\[[^\]\n]*\]\]|\(\([^)\n]*\)\))\s*\}\}/g;

/**
 * Every `{{embed [[page]]}}` in `text` becomes that page's body (page properties left out), indented as the embed
 * line was. A missing page, a block embed, a cycle, too deep a chain or too long a page gives a warning and never
 * leaves `{{embed}}` markup behind. Linear in the text read.
 */
export function resolveEmbeds(text: string, pages: PageText, limits: EmbedLimits = EMBED_LIMITS): ResolvedText {
	const run: EmbedRun = { pages, limits, warnings: [], left: limits.totalChars };
	return { text: embedInto(text, run, []), warnings: run.warnings };
}

function embedInto(text: string, run: EmbedRun, chain: string[]): string {
	if (text.indexOf("{{embed") === -1) return text;
	// A lone embed is the example page's own text: kept as the same string, not a copy (the index holds one of each).
	const alone = /^\{\{embed\s+(\[\[[^\]\n]*\]\])\s*\}\}\s*$/.exec(text);
	if (alone) return embedded(alone[1], run, chain);
	return text
		.split("\n")
		.map((line) => {
			if (line.indexOf("{{embed") === -1) return line;
			const indent = /^[ \t]*(?:- )?/.exec(line)?.[0].replace("- ", "  ") ?? "";
			const parts: string[] = [];
			const rest = line.replace(EMBED, (_whole, target: string) => {
				parts.push(embedded(target, run, chain));
				return "";
			});
			const kept = rest.trim() === "" || rest.trim() === "-" ? [] : [rest.trimEnd()];
			const body = parts.filter((part) => part !== "").map((part) => part.split("\n").map((l) => (l === "" ? l : indent + l)).join("\n"));
			return [...kept, ...body].join("\n");
		})
		.join("\n");
}

function embedded(target: string, run: EmbedRun, chain: string[]): string {
	const { limits } = run;
	/** Leaves the embed out, saying why. */
	const leftOut = (warning: string): string => {
		run.warnings.push(warning);
		return "";
	};
	if (target.startsWith("((")) return leftOut(words("embed-block"));
	const name = linkedPageName(target);
	const key = name.toLowerCase();
	if (chain.some((each) => each.toLowerCase() === key)) return leftOut(`The page "${name}" embeds itself (through ${[...chain, name].join(" → ")}); the repeat was left out.`);
	if (chain.length >= limits.depth) return leftOut(`The embed of "${name}" is nested more than ${limits.depth} deep; it was left out.`);
	if (run.left <= 0) return leftOut(`The embed of "${name}" was left out: the embedded text already exceeds ${sizeText(limits.totalChars)}.`);
	const page = run.pages(name);
	const embeddedPage = `The embedded page "${name}"`;
	if (page === null) return leftOut(`${embeddedPage} was not found in the graph.`);
	if (page === "") return leftOut(`${embeddedPage} is not an example page; it was left out.`);
	let body = page;
	if (body.length > limits.pageChars) {
		run.warnings.push(`${embeddedPage} holds ${sizeText(body.length)}; only its first ${sizeText(limits.pageChars)} were read.`);
		body = body.slice(0, limits.pageChars);
	}
	const own = pageBody(body);
	const text = embedInto(own, run, [...chain, name]);
	run.left -= text.length;
	return text;
}

function sizeText(chars: number): string {
	return chars >= 1024 * 1024 ? `${(chars / (1024 * 1024)).toFixed(1)} MB` : `${Math.round(chars / 1024)} KB`;
}
