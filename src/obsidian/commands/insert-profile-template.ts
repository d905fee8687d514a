/** "Insert profile template": pick a profile, then its worksheet goes in at the cursor with fields to fill. */
import { EditorSelection } from "@codemirror/state";
import { Notice, type Command } from "obsidian";
import type { CatalogProfile } from "../../core/catalog/profile-catalog";
import { words } from "../../core/wording/wording";
import { findWorksheet } from "../../core/worksheet/existing-worksheet";
import { insertWorksheet } from "../../core/worksheet/insert-worksheet";
import type { WorksheetTemplate } from "../../core/worksheet/render-worksheet";
import { applyWorksheetEdit } from "../../editor/apply-worksheet";
import { EXISTING_WORKSHEET_TITLE, renderExistingWorksheetQuestion } from "../../ui/existing-worksheet-question";
import { FormModal } from "../modals/form-modal";
import { ProfileSuggestModal } from "../modals/profile-suggest-modal";
import { readUserTemplate } from "../user-templates";
import { activeEditor, type ActiveEditor } from "./active-editor";
import type { CommandDeps } from "./command-deps";

const PURPOSE = "insert a profile template";

/** The command: always listed, so that without an editable note it can say why nothing happens. */
export function insertProfileTemplateCommand(deps: CommandDeps): Command {
	return {
		id: "insert-profile-template",
		name: "Insert profile template",
		callback: () => {
			const active = activeEditor(deps.app, PURPOSE);
			if (active === null) return;
			const profiles = deps.profiles.all();
			if (profiles.length === 0) {
				new Notice(words("insert-no-profiles"));
				return;
			}
			new ProfileSuggestModal(deps.app, profiles, (choice) => void insertChosen(deps, active, choice)).open();
		},
	};
}

/**
 * Renders the chosen profile's worksheet against the note as it is now, and applies it as one undo step; a Notice on any
 * failure. When the note already has that worksheet, asks first: go to it (the default), insert another, or cancel.
 */
export async function insertChosen(deps: CommandDeps, active: ActiveEditor, choice: CatalogProfile): Promise<void> {
	const file = active.view.file;
	const template = await readUserTemplate(deps.app, "worksheet", deps.settings().worksheetTemplatePath);
	if (!template.ok) {
		new Notice(template.error);
		return;
	}
	if (active.view.file !== file || active.view.getMode() === "preview") {
		new Notice(words("insert-note-changed"));
		return;
	}
	const existing = findWorksheet(active.target.state.doc.toString(), choice.profile.name);
	const insert = () => insertNow(deps, active, choice, template.value ?? {});
	if (existing === null) {
		insert();
		return;
	}
	const draw = (el: HTMLElement, close: () => void) =>
		renderExistingWorksheetQuestion(el, choice.profile.name, (answer) => {
			close();
			if (answer === "insert") insert();
			if (answer !== "go") return;
			active.target.dispatch(active.target.state.update({ selection: EditorSelection.cursor(existing.to), scrollIntoView: true }));
			active.view.editor.focus();
		});
	new FormModal(deps.app, EXISTING_WORKSHEET_TITLE, draw).open();
}

function insertNow(deps: CommandDeps, active: ActiveEditor, choice: CatalogProfile, template: WorksheetTemplate): void {
	const { state } = active.target;
	const edit = insertWorksheet(state.doc.toString(), state.selection.main, choice.profile, deps.templates, template);
	if (!edit.ok) {
		new Notice(edit.error);
		return;
	}
	applyWorksheetEdit(active.target, edit.value);
	active.view.editor.focus();
}
