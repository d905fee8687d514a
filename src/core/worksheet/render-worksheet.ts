/** Renders a profile's worksheet through a Handlebars template, and finds where its fields ended up. */
import { templateErrorMessage, templateLabel } from "../commands/user-template";
import type { Profile } from "../profile/profile";
import { err, ok, type Result } from "../result";
import { bundledTemplate } from "../templates/bundled-templates";
import type { TemplateEngine } from "../templates/template-engine";
import type { TextRange } from "../text/text-change";
import { FIELD_CLOSE, FIELD_OPEN, stripMarkers, worksheetView } from "./worksheet-view";

/** A rendered worksheet: its text, without leading or trailing blank lines, and its fields as offsets into it. */
export interface RenderedWorksheet {
	text: string;
	fields: TextRange[];
}

/** Which template to use (the bundled one unless given) and where it came from, for messages. */
export interface WorksheetTemplate {
	source?: string;
	/** The template's vault path, or "" for the bundled one. */
	path?: string;
}

/** Renders `profile`'s worksheet. A template fault, or a template that writes nothing, is an error saying where. */
export function renderWorksheet(profile: Profile, engine: TemplateEngine, template: WorksheetTemplate = {}): Result<RenderedWorksheet, string> {
	const source = template.source === undefined ? bundledTemplate("worksheet") : stripMarkers(template.source);
	const rendered = engine.render(source, worksheetView(profile));
	if (!rendered.ok) return err(templateErrorMessage("worksheet", template.path ?? "", rendered.error));
	const text = rendered.value.replace(/\r\n?/g, "\n").replace(/^(?:[ \t]*\n)+/, "").trimEnd();
	if (stripMarkers(text).trim() === "") {
		return err(`${templateLabel("worksheet", template.path ?? "")} wrote nothing for this profile.`);
	}
	return ok(locateFields(text));
}

/** Removes the field markers and records the span each one held. */
function locateFields(marked: string): RenderedWorksheet {
	const fields: TextRange[] = [];
	let text = "";
	let last = 0;
	for (let open = marked.indexOf(FIELD_OPEN); open !== -1; open = marked.indexOf(FIELD_OPEN, last)) {
		const close = marked.indexOf(FIELD_CLOSE, open + 1);
		if (close === -1) break;
		text += stripMarkers(marked.slice(last, open));
		const from = text.length;
		text += stripMarkers(marked.slice(open + 1, close));
		fields.push({ from, to: text.length });
		last = close + 1;
	}
	return { text: text + stripMarkers(marked.slice(last)), fields };
}
