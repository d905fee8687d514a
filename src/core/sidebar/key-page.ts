/** Reads a key page (a page a profile's Keys section links to): its `#question` items and its own weight. */
import { metaString, readNote } from "../note";
import { isBlank, textStart } from "../text/lines";
import { repairMojibake } from "../text/mojibake";
import type { KeyRisk } from "../graph/key-page";
import { hasQuestionTag, withoutQuestionTag } from "../profile/question-tag";
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

/** Collects every block tagged `#question` (or `#[[question]]`), tag removed, in page order, each once. Never throws. */
export function readKeyPage(text: string): KeyPage {
	const note = readNote(repairMojibake(typeof text === "string" ? text : ""));
	const { lines, codeLines } = note;
	const meta = note.meta.values;
	const questions: string[] = [];
	const seen = new Set<string>();
	for (let i = note.meta.bodyStart; i < lines.length; i++) {
		const line = lines[i];
		if (codeLines[i] === 1 || !hasQuestionTag(line)) continue;
		let question = withoutQuestionTag(line.slice(textStart(line)));
		if (question === "" && i + 1 < lines.length && !isBlank(lines[i + 1])) question = withoutQuestionTag(lines[++i].slice(textStart(lines[i])));
		const key = questionKey(question);
		if (key === "" || seen.has(key)) continue;
		seen.add(key);
		questions.push(question);
	}
	const weight = Number(metaString(meta, "key-weight") || metaString(meta, "weight") || NaN);
	return Number.isFinite(weight) ? { questions, weight } : { questions };
}
