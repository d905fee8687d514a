/** The create-profile-note command as a pure function: a name and a definition in, a new page's path and text out. */
import { oneLine } from "../text/one-line";
import { withoutSlashes } from "../graph/graph-folder";
import { words } from "../wording/wording";
import { emptyProfile } from "../profile/profile";
import { renderProfile, type Flavor } from "../profile/render";
import { err, ok, type Result } from "../result";
import type { TemplateEngine } from "../templates/template-engine";
import { templateErrorMessage } from "./user-template";

/** What the user typed in the new-profile form. */
export interface NewProfileInput {
	name: string;
	definition: string;
}

/** Where the page goes and what it holds. */
export interface NewProfilePage {
	/** Vault path: `<folder>/<Name>.md` (Obsidian) or `<folder>/profile___<name>.md` (Logseq). */
	path: string;
	text: string;
	/** The name as it will be written, trimmed. */
	name: string;
}

/** How to write the page: flavour, folder, and optionally the user's own profile template. */
export interface NewProfileOptions {
	flavor: Flavor;
	folder: string;
	engine: TemplateEngine;
	template?: { source: string; path: string };
}

const FORBIDDEN = /[\\/:*?"<>|#^[\]]/;

/**
 * A new profile page with all eight sections, its definition filled and every other section empty for the user,
 * or why the name cannot be a page name.
 */
export function createProfilePage(input: NewProfileInput, options: NewProfileOptions): Result<NewProfilePage, string> {
	const name = oneLine(input.name);
	const problem = nameProblem(name);
	if (problem !== null) return err(problem);
	const profile = emptyProfile(name);
	profile.definition = oneLine(input.definition);
	const rendered = renderProfile(profile, { flavor: options.flavor, engine: options.engine, template: options.template?.source });
	if (!rendered.ok) return err(templateErrorMessage("profile page", options.template?.path ?? "", rendered.error));
	const folder = withoutSlashes(options.folder.replace(/\\/g, "/"));
	const file = options.flavor === "logseq" ? `profile___${name.toLowerCase()}.md` : `${name}.md`;
	return ok({ path: folder === "" ? file : `${folder}/${file}`, text: rendered.value, name });
}

/** Why `name` cannot name a profile page, or null. */
function nameProblem(name: string): string | null {
	if (name === "") return "Give the profile a name.";
	if (name.length > 120) return words("name-too-long");
	if ([...name].some((ch) => ch < " " || ch === "\u007f")) return words("name-control");
	const bad = FORBIDDEN.exec(name);
	if (bad) return `A profile name cannot contain "${bad[0]}": it is not allowed in file names or links.`;
	if (name.startsWith(".")) return words("name-dot");
	return null;
}
