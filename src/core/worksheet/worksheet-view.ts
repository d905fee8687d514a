/** The data a worksheet template sees, and the markers that let `{{field}}` become a snippet field. */
import type { Profile } from "../profile/profile";
import { profileView } from "../profile/render";
import { worksheetSteps } from "./steps";

/** What an unfilled field holds: an italic ellipsis, visible in any Markdown viewer and easy to find again. */
export const FIELD_PLACEHOLDER = "_…_";

/** Private-use characters that bracket each field in rendered text until the fields are located; never in a note. */
export const FIELD_OPEN = "\uE000";
/** Closes a field opened by `FIELD_OPEN`. */
export const FIELD_CLOSE = "\uE001";

const MARKERS = /[\uE000\uE001]/g;

/** One field to fill: its placeholder between the markers. */
const FIELD = `${FIELD_OPEN}${FIELD_PLACEHOLDER}${FIELD_CLOSE}`;

/**
 * The worksheet template's data: everything a profile template sees, plus `steps` (derived from the examples, or the
 * copilot questions when no steps can be derived), `questions` (those not already used as steps), `toolLinks`
 * (`[[Tool]]`), `keyQuestions` (a graph profile's key questions by key, heaviest first, each with its field), `quotedDefinition` (a Markdown block quote) and `field` (one field to fill, with its placeholder).
 */
export function worksheetView(profile: Profile): Record<string, unknown> {
	const clean = withoutMarkers(profile);
	const derived = worksheetSteps(clean);
	const questions = clean.copilot.questions.map((question) => question.trim()).filter((question) => question !== "");
	const stepsFromQuestions = derived.length === 0;
	return {
		...profileView(clean),
		steps: stepsFromQuestions ? questions.map(joinedLines) : derived,
		questions: stepsFromQuestions ? [] : questions,
		keyQuestions: keyQuestions(clean),
		toolLinks: clean.tools.map((tool) => (/^[^[\]\n]+$/.test(tool.name) ? `[[${tool.name}]]` : tool.name)),
		quotedDefinition: clean.definition === "" ? "" : `> ${clean.definition.split("\n").join("\n> ").replace(/> $/gm, ">")}`,
		field: FIELD,
	};
}

/** The keys that ask questions, heaviest first (unweighted last, in Keys order), each question with a field. */
function keyQuestions(profile: Profile): Record<string, unknown>[] {
	const keys = (profile.keyPages ?? []).filter((key) => key.questions.length > 0);
	// A stable sort: keys of one weight keep their Keys order (two unweighted give NaN, which sorts as equal).
	const ordered = keys.sort((a, b) => (b.weight ?? -Infinity) - (a.weight ?? -Infinity));
	return ordered.map((key) => ({
		title: key.title,
		weight: key.weight,
		brief: key.brief,
		questions: key.questions.map((text) => ({ text: joinedLines(text), field: FIELD })),
	}));
}

/** A question written over several lines, on one: each line break, with the white space around it, one space. */
function joinedLines(text: string): string {
	return text.replace(/\s*\n\s*/g, " ");
}

/** Drops field markers from any text, so that only `{{field}}` can make a field. */
export function stripMarkers(text: string): string {
	return text.replace(MARKERS, "");
}

/** A copy of the profile whose every string is free of field markers. */
function withoutMarkers(profile: Profile): Profile {
	return JSON.parse(JSON.stringify(profile), (_key, value: unknown) => (typeof value === "string" ? stripMarkers(value) : value)) as Profile;
}
