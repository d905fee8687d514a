/** The pure core of innCoPilot: profile model, parsing, rendering, text repair, tool links and the bundled library. No Obsidian, no DOM. */
export { BUNDLED_PROFILES } from "./library/profiles";
export { BUNDLED_TOOLS } from "./library/tools";
export { parseProfile } from "./profile/parse";
export { emptyProfile, type Profile, type ProfileExample, type ProfileSection, type ProfileTool, type Tool } from "./profile/profile";
export { PROFILE_TEMPLATES, profileView, renderProfile, type Flavor, type RenderOptions } from "./profile/render";
export { SECTION_ORDER, recogniseHeading, type SectionKind } from "./profile/section-names";
export { err, ok, type Result } from "./result";
export { TemplateEngine, type TemplateError } from "./templates/template-engine";
export { repairMojibake, repairMojibakeCounted, type MojibakeRepair } from "./text/mojibake";
export { linksInLine, linkTarget, type WikiLink } from "./text/wiki-links";
export { embedToolSummaries, type EmbedEdit, type SummaryOf, type TextChange } from "./tools/embed-summaries";
export { scanLinks } from "./tools/link-scanner";
export { capSummary, resolveToolLink, SUMMARY_LIMIT, type LinkContext, type ResolvedTool, type SummarySource } from "./tools/resolve-tool-link";
export { ToolCatalog, type CatalogTool, type ToolNoteRule } from "./tools/tool-catalog";
export { foldToolName } from "./tools/tool-names";
export { readToolAnnotations, type ToolAnnotations } from "./tools/tools-section";
