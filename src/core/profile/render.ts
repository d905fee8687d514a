/** Writes a Profile back as a page, in Obsidian's or Logseq's flavour, through a Handlebars template. */
import type { Result } from "../result";
import { trimEndWhere } from "../text/lines";
import { bundledTemplate } from "../templates/bundled-templates";
import { TemplateEngine, type TemplateError } from "../templates/template-engine";
import type { Profile } from "./profile";

/** Which app's page format to write. */
export type Flavor = "obsidian" | "logseq";

/** How to render: the flavour, and optionally the user's own template and a shared engine (for its cache). */
export interface RenderOptions {
	flavor: Flavor;
	template?: string;
	engine?: TemplateEngine;
}

/**
 * Renders `profile` as a whole page. A broken or unsafe template gives an error naming its line, never partial text.
 * Pass a shared `engine` to reuse compiled templates; without one, the template is compiled afresh. See also `parseProfile`.
 */
export function renderProfile(profile: Profile, options: RenderOptions): Result<string, TemplateError> {
	const engine = options.engine ?? new TemplateEngine();
	const template = options.template ?? bundledTemplate(options.flavor === "logseq" ? "profile-logseq" : "profile-obsidian");
	const rendered = engine.render(template, profileView(profile));
	if (!rendered.ok) return rendered;
	return { ok: true, value: `${trimEndWhere(rendered.value, (ch) => ch === "\n")}\n` };
}

/** The data a profile template sees: the profile itself plus a few conveniences. */
export function profileView(profile: Profile): Record<string, unknown> {
	const weights = profile.keyWeights ?? {};
	return {
		...profile,
		keyItems: profile.keys.map((name) => {
			const weighted = Object.prototype.hasOwnProperty.call(weights, name);
			return { name, weight: weighted ? weights[name] : undefined, weighted };
		}),
		preamble: profile.sections.filter((section) => section.heading === ""),
		otherSections: profile.sections.filter((section) => section.heading !== ""),
	};
}
