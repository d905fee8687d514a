/** "Convert profile page format": rewrites the current profile page from Logseq outline to Obsidian headings, or back. */
import type { Command } from "obsidian";
import { convertProfileFlavor } from "../../core/commands/convert-flavor";
import { applyChange } from "../../editor/apply-change";
import { editorCommand } from "./active-editor";

/** The command: one undo step, or a Notice saying why the page was left as it was. */
export function convertProfileFlavorCommand(): Command {
	return editorCommand("convert-profile-flavor", "Convert profile page format", "convert it", (target) => {
		const conversion = convertProfileFlavor(target.state.doc.toString());
		if (!conversion.ok) return conversion.error;
		applyChange(target, conversion.value.change);
		return conversion.value.message;
	});
}
