/** The "Copy prompt" text: a ready prompt for any AI assistant, from the profile and the note being written. */
import type { Profile } from "../profile/profile";
import type { Result } from "../result";
import { bundledTemplate } from "../templates/bundled-templates";
import type { TemplateEngine, TemplateError } from "../templates/template-engine";
import { pageBody } from "../graph/page-body";
import { examplesBesidesNote } from "./examples-besides-note";

/** Characters of worked examples a prompt carries in all; the prompt says so, and longer examples are cut at a line. */
export const PROMPT_EXAMPLE_BUDGET = 12000;
/** Characters of the note a prompt carries at most; a longer note is cut at a line, and the prompt and the sidebar say so. */
export const PROMPT_NOTE_LIMIT = 20000;

/** What a prompt says in place of the note when it has no text yet (Copy prompt and drafting alike). */
export const EMPTY_NOTE = "(The note is still empty.)";

/** The note the prompt is about. */
export interface PromptNote {
	text: string;
	/** Its name (file name without `.md`): an example of this name, or with the note's title, is the note itself. */
	name: string;
	/** On the profile's own page: the titles of its sections still empty or missing, which the prompt asks for. */
	pageSections?: readonly string[];
}

/** The prompt, and whether the note was cut to `PROMPT_NOTE_LIMIT`. */
export interface CopilotPrompt {
	text: string;
	noteTrimmed: boolean;
}

/**
 * Renders the prompt as plain instructions worded from the profile's name and definition (never the page's raw
 * prompt line): for a venture, the profile's examples as worked answers (never the note itself), `questions`, and
 * the note's text (front matter left out) as the business to work on; on the profile's own page, a request for its
 * empty sections. Examples are trimmed to `PROMPT_EXAMPLE_BUDGET` characters in all and the note to
 * `PROMPT_NOTE_LIMIT`, which the prompt states. Vault text is data only: Handlebars in it is never evaluated.
 */
export function copilotPrompt(
	profile: Profile,
	questions: readonly string[],
	note: PromptNote,
	engine: TemplateEngine,
	template: string = bundledTemplate("copilot-prompt"),
): Result<CopilotPrompt, TemplateError> {
	const body = pageBody(note.text);
	const noteTrimmed = body.length > PROMPT_NOTE_LIMIT;
	const page = note.pageSections !== undefined;
	const rendered = engine.render(template, {
		name: profile.name,
		lowerName: profile.name.toLowerCase(),
		definition: profile.definition.trim(),
		examples: page ? [] : withinBudget(examplesBesidesNote(profile.examples, note.text, note.name), PROMPT_EXAMPLE_BUDGET),
		exampleBudget: PROMPT_EXAMPLE_BUDGET,
		questions: page ? [] : [...questions],
		page,
		pageSections: [...(note.pageSections ?? [])],
		note: body === "" ? EMPTY_NOTE : noteTrimmed ? cutAtLine(body, PROMPT_NOTE_LIMIT) : body,
		noteTrimmed,
		noteLimit: PROMPT_NOTE_LIMIT,
	});
	return rendered.ok ? { ok: true, value: { text: rendered.value.trim() + "\n", noteTrimmed } } : rendered;
}

/** The examples' titles and answers, in order, cut so that their answers hold at most `budget` characters in all. */
function withinBudget(examples: Profile["examples"], budget: number): { title: string; answer: string }[] {
	const kept: { title: string; answer: string }[] = [];
	let left = budget;
	for (const example of examples) {
		const body = example.body.trim();
		if (left <= 0) break;
		const answer = body.length <= left ? body : cutAtLine(body, left);
		if (answer === "") break;
		kept.push({ title: example.title, answer });
		left -= answer.length;
	}
	return kept;
}

/** The longest start of `text` that ends at a line end and fits in `max` characters, marked as cut with "…". */
function cutAtLine(text: string, max: number): string {
	const end = text.lastIndexOf("\n", max - 2);
	return end <= 0 ? `${text.slice(0, max - 2)}\n…` : `${text.slice(0, end).trimEnd()}\n…`;
}
