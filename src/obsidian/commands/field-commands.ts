/** "Go to next field" and "Go to previous field": Tab's and Shift-Tab's jobs while a fresh worksheet's fields are live, and the way to them in a note opened later. */
import type { Command } from "obsidian";
import { moveToField, NO_FIELD_LEFT, type FieldDirection } from "../../editor/field-navigation";
import { editorCommand } from "./active-editor";

/** The "next" command; see also `previousFieldCommand`. */
export function nextFieldCommand(): Command {
	return fieldCommand("next", "next-field", "Go to next field");
}

/** The "previous" command; see also `nextFieldCommand`. */
export function previousFieldCommand(): Command {
	return fieldCommand("previous", "previous-field", "Go to previous field");
}

function fieldCommand(direction: FieldDirection, id: string, name: string): Command {
	return editorCommand(id, name, "move between fields", (target) => (moveToField(target, direction) ? null : NO_FIELD_LEFT));
}
