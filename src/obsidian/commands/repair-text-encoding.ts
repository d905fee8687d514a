/** "Repair text encoding": fixes mojibake in the current note as one undo step and says how much it changed. */
import type { Command } from "obsidian";
import { repairEncoding } from "../../core/commands/repair-encoding";
import { applyChange } from "../../editor/apply-change";
import { editorCommand } from "./active-editor";

/** The command. */
export function repairTextEncodingCommand(): Command {
	return editorCommand("repair-text-encoding", "Repair text encoding", "repair its text", (target) => {
		const repair = repairEncoding(target.state.doc.toString());
		if (repair.change !== null) applyChange(target, repair.change);
		return repair.message;
	});
}
