/**
 * The profile commands in the playground: the plugin's pure core calls and its CodeMirror helpers (src/editor), run
 * against the playground's editor. Obsidian's thin callbacks are replaced by these; the work itself is the plugin's.
 */
import { profileSourceText, type ProfileCatalog } from "../src/core/catalog/profile-catalog";
import { convertProfileFlavor } from "../src/core/commands/convert-flavor";
import { repairEncoding } from "../src/core/commands/repair-encoding";
import type { TemplateEngine } from "../src/core/templates/template-engine";
import { EditorSelection } from "@codemirror/state";
import type { CatalogProfile } from "../src/core/catalog/profile-catalog";
import type { MemoryVault } from "../src/core/host/memory-vault";
import type { InnCoPilotSettings } from "../src/core/settings";
import { findWorksheet } from "../src/core/worksheet/existing-worksheet";
import { insertWorksheet } from "../src/core/worksheet/insert-worksheet";
import { EXISTING_WORKSHEET_TITLE, renderExistingWorksheetQuestion } from "../src/ui/existing-worksheet-question";
import { applyChange } from "../src/editor/apply-change";
import { applyWorksheetEdit } from "../src/editor/apply-worksheet";
import { moveToField, NO_FIELD_LEFT } from "../src/editor/field-navigation";
import type { PlaygroundCommand } from "./commands";
import type { NoteEditor } from "./note-editor";
import type { Notices } from "./notices";
import { openDialog } from "./dialog";
import { openSuggest } from "./suggest";
import { userTemplate } from "./user-template";

/** What the profile commands work with. */
export interface ProfileCommandDeps {
	editor: NoteEditor;
	profiles: ProfileCatalog;
	engine: TemplateEngine;
	notices: Notices;
	vault: MemoryVault;
	settings: () => InnCoPilotSettings;
	/** Where the profile picker opens. */
	overlay: HTMLElement;
}

/** Insert profile template (with a profile picker), next and previous field, repair text encoding, convert profile page format. */
export function profileCommands(deps: ProfileCommandDeps): PlaygroundCommand[] {
	const { editor, notices } = deps;
	const field = (direction: "next" | "previous") => () => {
		if (!moveToField(editor.view, direction)) notices.show(NO_FIELD_LEFT);
		editor.view.focus();
	};
	return [
		{ id: "insert-profile-template", name: "Insert profile template", button: "Insert profile template", run: () => pickProfile(deps) },
		{ id: "next-field", name: "Go to next field", button: "Next field", run: field("next") },
		{ id: "previous-field", name: "Go to previous field", button: "Previous field", run: field("previous") },
		{
			id: "repair-text-encoding",
			name: "Repair text encoding",
			button: "Repair encoding",
			run: () => {
				const repair = repairEncoding(editor.view.state.doc.toString());
				if (repair.change !== null) applyChange(editor.view, repair.change);
				notices.show(repair.message);
				editor.view.focus();
			},
		},
		{
			id: "convert-profile-flavor",
			name: "Convert profile page format",
			button: "Convert format",
			run: () => {
				const conversion = convertProfileFlavor(editor.view.state.doc.toString());
				if (conversion.ok) applyChange(editor.view, conversion.value.change);
				notices.show(conversion.ok ? conversion.value.message : conversion.error);
				editor.view.focus();
			},
		},
	];
}

/** The profile picker, then the chosen profile's worksheet at the cursor as one undo step, its first field selected. */
function pickProfile(deps: ProfileCommandDeps): void {
	const { editor } = deps;
	const profiles = [...deps.profiles.all()].sort((a, b) => a.profile.name.localeCompare(b.profile.name));
	openSuggest(deps.overlay, {
		title: "Insert profile template",
		placeholder: "Choose a profile to insert",
		items: profiles,
		label: (entry) => entry.profile.name,
		detail: (entry) => `${entry.profile.definition.trim() || "No definition yet."} · ${profileSourceText(entry)}`,
		closed: () => editor.view.focus(),
		choose: (entry) => insertChosen(deps, entry),
	});
}

/** When the note already has that profile's worksheet, asks first as the plugin does: go to it (the default), insert another, or cancel. */
function insertChosen(deps: ProfileCommandDeps, entry: CatalogProfile): void {
	const { view } = deps.editor;
	const existing = findWorksheet(view.state.doc.toString(), entry.profile.name);
	if (existing === null) {
		insertNow(deps, entry);
		return;
	}
	let answered = false;
	const dialog = openDialog(deps.overlay, EXISTING_WORKSHEET_TITLE, () => view.focus());
	const go = renderExistingWorksheetQuestion(dialog.content, entry.profile.name, (choice) => {
		if (answered) return;
		answered = true;
		dialog.close();
		if (choice === "insert") insertNow(deps, entry);
		if (choice === "go") view.dispatch(view.state.update({ selection: EditorSelection.cursor(existing.to), scrollIntoView: true }));
	});
	go.focus();
}

function insertNow(deps: ProfileCommandDeps, entry: CatalogProfile): void {
	const { editor, notices } = deps;
	const template = userTemplate(deps.vault, "worksheet", deps.settings().worksheetTemplatePath);
	if (!template.ok) {
		notices.show(template.error);
		return;
	}
	const { state } = editor.view;
	const edit = insertWorksheet(state.doc.toString(), state.selection.main, entry.profile, deps.engine, template.value ?? {});
	if (!edit.ok) {
		notices.show(edit.error);
		return;
	}
	applyWorksheetEdit(editor.view, edit.value);
	editor.view.focus();
}
