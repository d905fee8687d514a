/** The Handlebars templates innCoPilot ships, kept packed in main.js (src/core/templates/*.hbs) and unpacked when first used. */
import { lazy } from "../lazy";
import { unpackFiles } from "../library/packed-text";
import { PACKED_TEMPLATES } from "./packed-templates";

/** A bundled template, named by its file in src/core/templates. */
export type BundledTemplateName = "worksheet" | "profile-obsidian" | "profile-logseq" | "copilot-prompt";

/** The four templates unpacked once (3.8 KB of text kept), so a render does not inflate them all again each time. */
const unpacked = lazy(() => unpackFiles(PACKED_TEMPLATES));

/** The source of a bundled template. */
export function bundledTemplate(name: BundledTemplateName): string {
	return unpacked().get(`${name}.hbs`) ?? "";
}
