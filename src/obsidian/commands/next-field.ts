/** "Go to next field": Tab's job while a fresh worksheet's fields are live, and the way to them in a note opened later. */
import { Notice, type Command } from "obsidian";
import { moveToField } from "../../editor/field-navigation";
import { editableTarget } from "./active-editor";

/** The command; see also `previousFieldCommand`. */
export function nextFieldCommand(): Command {
	return {
		id: "next-field",
		name: "Go to next field",
		editorCallback: (editor, ctx) => {
			const active = editableTarget(ctx, editor, "move between fields");
			if (active !== null && !moveToField(active.target, "next")) new Notice("This note has no field left to fill.");
		},
	};
}
