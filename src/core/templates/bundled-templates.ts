/** The Handlebars templates innCoPilot ships, kept packed in main.js (src/core/templates/*.hbs) and unpacked when used. */
import { unpackFiles } from "../library/packed-text";
import { PACKED_TEMPLATES } from "./packed-templates";

/** A bundled template, named by its file in src/core/templates. */
export type BundledTemplateName = "worksheet" | "profile-obsidian" | "profile-logseq" | "copilot-prompt";

/** The source of a bundled template, unpacked on each call (a few hundredths of a millisecond; the engine caches its parse). */
export function bundledTemplate(name: BundledTemplateName): string {
	return unpackFiles(PACKED_TEMPLATES).get(`${name}.hbs`) ?? "";
}
