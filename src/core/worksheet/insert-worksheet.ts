/** The insert-profile-template command as a pure function: note text, selection and profile in, one edit out. */
import { words } from "../wording/wording";
import type { Profile } from "../profile/profile";
import { err, ok, type Result } from "../result";
import type { TemplateEngine } from "../templates/template-engine";
import type { TextChange, TextRange, TextSelection } from "../text/text-change";
import { placeBlock } from "./block-placement";
import { recordProfile } from "./recorded-profiles";
import { renderWorksheet, type WorksheetTemplate } from "./render-worksheet";

/** Everything a host needs to apply the insertion as one transaction and start filling its fields. */
export interface WorksheetEdit {
	/** Sorted changes in the original note's offsets: the profile record (if any), then the worksheet. */
	changes: TextChange[];
	/** The worksheet text as inserted, line breaks around it included. */
	text: string;
	/** Where `text` starts in the note after the changes. */
	at: number;
	/** The fields, in the note after the changes, in the order Tab visits them. */
	fields: TextRange[];
	/** Where the cursor goes after the last field: the line after the worksheet. */
	exit: number;
	/** The selection after insertion: the first field's placeholder, or `exit` when there is no field. */
	selection: TextRange;
}

/**
 * Inserts `profile`'s worksheet at the selection (replacing it) and records the profile in the note's metadata,
 * or says why it cannot: a broken template, a profile without a name, unclosed front matter, a selection in the metadata.
 */
export function insertWorksheet(
	noteText: string,
	selection: TextSelection,
	profile: Profile,
	engine: TemplateEngine,
	template: WorksheetTemplate = {},
): Result<WorksheetEdit, string> {
	if (profile.name.trim() === "") return err(words("worksheet-no-name"));
	const rendered = renderWorksheet(profile, engine, template);
	if (!rendered.ok) return rendered;
	const record = recordProfile(noteText, profile.name.trim());
	if (!record.ok) return record;
	const { change, bodyStart } = record.value;
	let target = wholeCharacters(noteText, selection);
	if (Math.min(target.anchor, target.head) < bodyStart) {
		if (Math.max(target.anchor, target.head) > bodyStart || target.anchor !== target.head) {
			return err(words("worksheet-in-properties"));
		}
		target = { anchor: bodyStart, head: bodyStart };
	}
	const place = placeBlock(noteText, target);
	// The worksheet may trim white space before the cursor, but never into the metadata it also edits.
	const from = change ? Math.max(place.from, change.to) : place.from;
	const text = place.prefix + rendered.value.text + place.suffix;
	const shift = change ? change.insert.length - (change.to - change.from) : 0;
	const at = from + shift;
	const worksheetAt = at + place.prefix.length;
	const fields = rendered.value.fields.map((field) => ({ from: worksheetAt + field.from, to: worksheetAt + field.to }));
	const exit = at + text.length;
	const worksheet: TextChange = { from, to: place.to, insert: text };
	return ok({
		changes: change ? [change, worksheet] : [worksheet],
		text,
		at,
		fields,
		exit,
		selection: fields[0] ?? { from: exit, to: exit },
	});
}

/** The selection moved off the middle of any surrogate pair (an emoji): its start before the character, its end after it. */
function wholeCharacters(text: string, selection: TextSelection): TextSelection {
	// An offset splits a pair when the character before it is a whole pair's first half: one code point past U+FFFF.
	const splits = (at: number) => (text.codePointAt(at - 1) ?? 0) > 0xffff;
	const from = Math.min(selection.anchor, selection.head);
	const to = Math.max(selection.anchor, selection.head);
	const end = splits(to) ? to + 1 : to;
	const start = from === to ? end : splits(from) ? from - 1 : from;
	return selection.anchor <= selection.head ? { anchor: start, head: end } : { anchor: end, head: start };
}
