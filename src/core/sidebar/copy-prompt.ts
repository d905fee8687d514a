/** The "Copy prompt" text: a ready prompt for any AI assistant, from the profile and the note being written. */
import type { Profile } from "../profile/profile";
import type { Result } from "../result";
import promptTemplate from "../templates/copilot-prompt.hbs";
import type { TemplateEngine, TemplateError } from "../templates/template-engine";
import { readNote } from "../note";

/** Characters of worked examples a prompt carries in all; the prompt says so, and longer examples are cut at a line. */
export const PROMPT_EXAMPLE_BUDGET = 12000;

/** The bundled prompt template. */
export const COPILOT_PROMPT_TEMPLATE: string = promptTemplate;

/**
 * Renders the prompt: the profile's copilot prompt and definition, its examples as worked answers (few-shot),
 * `questions`, and the note's text (front matter left out) as the business to work on. The examples are trimmed to
 * `PROMPT_EXAMPLE_BUDGET` characters in all, which the prompt states. Vault text is data only: Handlebars in it is never evaluated.
 */
export function copilotPrompt(
	profile: Profile,
	questions: readonly string[],
	noteText: string,
	engine: TemplateEngine,
	template: string = COPILOT_PROMPT_TEMPLATE,
): Result<string, TemplateError> {
	const note = readNote(noteText);
	const body = note.lines.slice(note.meta.bodyStart).join("\n").trim();
	const rendered = engine.render(template, {
		name: profile.name,
		lowerName: profile.name.toLowerCase(),
		prompt: profile.copilot.prompt,
		definition: profile.definition,
		examples: withinBudget(profile.examples, PROMPT_EXAMPLE_BUDGET),
		exampleBudget: PROMPT_EXAMPLE_BUDGET,
		questions: [...questions],
		note: body === "" ? "(The note is still empty.)" : body,
	});
	return rendered.ok ? { ok: true, value: rendered.value.trim() + "\n" } : rendered;
}

/** The examples with text, in order, cut so that their answers hold at most `budget` characters in all. */
function withinBudget(examples: Profile["examples"], budget: number): { title: string; answer: string }[] {
	const kept: { title: string; answer: string }[] = [];
	let left = budget;
	for (const example of examples) {
		const body = example.body.trim();
		if (body === "") continue;
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
	return end <= 0 ? "" : `${text.slice(0, end).trimEnd()}\n…`;
}
