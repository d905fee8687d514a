/** Checks the text of a user's own template file before it is used, with messages that say what to do. */
import { words } from "../wording/wording";
import { err, ok, type Result } from "../result";
import type { TemplateError } from "../templates/template-engine";

/** Templates longer than this are refused: no real template is this big, and compiling it would stall the app. */
export const MAX_TEMPLATE_LENGTH = 256 * 1024;

/** Which of the two user templates a message is about. */
export type TemplateKind = "worksheet" | "profile page";

/**
 * The user's template text, or why it cannot be used: `text` is null when no file exists at `path`, and a file
 * that holds NUL bytes (binary) or is far too large is refused.
 */
export function checkUserTemplate(kind: TemplateKind, path: string, text: string | null): Result<string, string> {
	const fix = words("template-fix");
	const label = templateLabel(kind, path);
	if (text === null) return err(`${label} was not found. ${fix}`);
	if (text.includes("\0")) return err(`${label} is not a text file. ${fix}`);
	if (text.length > MAX_TEMPLATE_LENGTH) return err(`${label} is too large (over 256 KB) to be a template. ${fix}`);
	return ok(text);
}

/** Says which template failed and where: `The worksheet template "T.hbs" has an error on line 3, column 5: …`. */
export function templateErrorMessage(kind: TemplateKind, path: string, error: TemplateError): string {
	const label = templateLabel(kind, path);
	const where = error.line > 0 ? ` on line ${error.line}${error.column > 0 ? `, column ${error.column}` : ""}` : "";
	return `${label} has an error${where}: ${error.message}`;
}

/** How a message names a template: `The worksheet template "T.hbs"`, or the bundled one when `path` is "". */
export function templateLabel(kind: TemplateKind, path: string): string {
	return path === "" ? `The bundled ${kind} template` : `The ${kind} template "${path}"`;
}
