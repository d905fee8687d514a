/** "Repair text encoding": fixes mojibake in the current note as one undo step and says how much it changed. */
import { Notice, type Command } from "obsidian";
import { repairEncoding } from "../../core/commands/repair-encoding";
import { applyChange } from "../../editor/apply-change";
import { editableTarget } from "./active-editor";

/** The command. */
export function repairTextEncodingCommand(): Command {
	return {
		id: "repair-text-encoding",
		name: "Repair text encoding",
		editorCallback: (editor, ctx) => {
			const active = editableTarget(ctx, editor, "repair its text");
			if (active === null) return;
			const repair = repairEncoding(active.target.state.doc.toString());
			if (repair.change !== null) applyChange(active.target, repair.change);
			new Notice(repair.message);
		},
	};
}
