/** The Handlebars templates innCoPilot ships, kept packed in main.js (src/core/templates/*.hbs) and unpacked when first used. */
import { bundledFiles } from "../library/packed-text";

/** A bundled template, named by its file in src/core/templates. */
export type BundledTemplateName = "worksheet" | "profile-obsidian" | "profile-logseq" | "copilot-prompt";

/** The source of a bundled template. */
export function bundledTemplate(name: BundledTemplateName): string {
	return bundledFiles().get(`templates/${name}.hbs`) ?? "";
}
