/** The "Copy prompt" text: a ready prompt for any AI assistant, from the profile and the note being written. */
import type { Profile } from "../profile/profile";
import type { Result } from "../result";
import promptTemplate from "../templates/copilot-prompt.hbs";
import type { TemplateEngine, TemplateError } from "../templates/template-engine";
import { readNote } from "../note";

/** The bundled prompt template. */
export const COPILOT_PROMPT_TEMPLATE: string = promptTemplate;

/**
 * Renders the prompt: the profile's copilot prompt and definition, its examples as worked answers (few-shot),
 * `questions`, and the note's text (front matter left out) as the business to work on. Vault text is data only:
 * Handlebars in it is never evaluated.
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
		examples: profile.examples.filter((example) => example.body.trim() !== "").map((example) => ({ title: example.title, answer: example.body })),
		questions: [...questions],
		note: body === "" ? "(The note is still empty.)" : body,
	});
	return rendered.ok ? { ok: true, value: rendered.value.trim() + "\n" } : rendered;
}
