/** The Logseq flavour of the insert-profile-template command: a profile in, the block tree to insert out. */
import type { Profile } from "../profile/profile";
import { ok, type Result } from "../result";
import type { TemplateEngine } from "../templates/template-engine";
import { renderWorksheet, type WorksheetTemplate } from "../worksheet/render-worksheet";
import { worksheetBlocks, type WorksheetBlocks } from "./worksheet-blocks";

/** Renders `profile`'s worksheet (bundled or user template) and splits it into Logseq blocks; template faults are errors. */
export function logseqWorksheet(profile: Profile, engine: TemplateEngine, template: WorksheetTemplate = {}): Result<WorksheetBlocks, string> {
	const rendered = renderWorksheet(profile, engine, template);
	if (!rendered.ok) return rendered;
	return ok(worksheetBlocks(rendered.value, { profileName: profile.name, toolNames: profile.tools.map((tool) => tool.name) }));
}
