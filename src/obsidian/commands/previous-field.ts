/** "Go to previous field": Shift-Tab's job while a fresh worksheet's fields are live, and the way back in a note opened later. */
import { Notice, type Command } from "obsidian";
import { moveToField } from "../../editor/field-navigation";
import { editableTarget } from "./active-editor";

/** The command; see also `nextFieldCommand`. */
export function previousFieldCommand(): Command {
	return {
		id: "previous-field",
		name: "Go to previous field",
		editorCallback: (editor, ctx) => {
			const active = editableTarget(ctx, editor, "move between fields");
			if (active !== null && !moveToField(active.target, "previous")) new Notice("This note has no field left to fill.");
		},
	};
}
