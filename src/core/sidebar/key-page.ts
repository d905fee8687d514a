/** Reads a key page (a page a profile's Keys section links to): its `#question` items and its own weight. */
import { metaString, readMetaBlock } from "../text/front-matter";
import { isBlank } from "../text/lines";
import { repairMojibake } from "../text/mojibake";
import { splitLines, textStart } from "./note-scan";
import type { KeyRisk } from "../graph/key-page";
import { questionKey } from "./question-key";

/** The questions a key page asks, and the weight it gives itself (`key-weight::`), if any. */
export interface KeyPage {
	questions: string[];
	weight?: number;
	/** The key's readable name, for a graph key page ("Price sensitivity"). */
	title?: string;
	/** The risks a graph key page names. */
	risks?: KeyRisk[];
}

const QUESTION_TAG = /(^|\s)#(?:question|\[\[question\]\])(?=$|[\s.,;:!?])/gi;

/** Collects every block tagged `#question` (or `#[[question]]`), tag removed, in page order, each once. Never throws. */
export function readKeyPage(text: string): KeyPage {
	const lines = splitLines(repairMojibake(typeof text === "string" ? text : ""));
	const { meta, next } = readMetaBlock(lines);
	const questions: string[] = [];
	const seen = new Set<string>();
	let inFence = false;
	for (let i = next; i < lines.length; i++) {
		const line = lines[i];
		if (/^\s*(- )?(```|~~~)/.test(line)) inFence = !inFence;
		if (inFence || line.search(QUESTION_TAG) === -1) continue;
		let question = clean(line.slice(textStart(line)));
		if (question === "" && i + 1 < lines.length && !isBlank(lines[i + 1])) question = clean(lines[++i].slice(textStart(lines[i])));
		const key = questionKey(question);
		if (key === "" || seen.has(key)) continue;
		seen.add(key);
		questions.push(question);
	}
	const weight = Number(metaString(meta, "key-weight") || metaString(meta, "weight") || NaN);
	return Number.isFinite(weight) ? { questions, weight } : { questions };
}

function clean(text: string): string {
	return text.replace(QUESTION_TAG, "$1").replace(/\s+/g, " ").trim();
}
