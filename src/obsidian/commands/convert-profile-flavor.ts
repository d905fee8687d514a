/** "Convert profile page format": rewrites the current profile page from Logseq outline to Obsidian headings, or back. */
import { Notice, type Command } from "obsidian";
import { convertProfileFlavor } from "../../core/commands/convert-flavor";
import { applyChange } from "../../editor/apply-change";
import { editableTarget } from "./active-editor";

/** The command: one undo step, or a Notice saying why the page was left as it was. */
export function convertProfileFlavorCommand(): Command {
	return {
		id: "convert-profile-flavor",
		name: "Convert profile page format",
		editorCallback: (editor, ctx) => {
			const active = editableTarget(ctx, editor, "convert it");
			if (active === null) return;
			const conversion = convertProfileFlavor(active.target.state.doc.toString());
			if (!conversion.ok) {
				new Notice(conversion.error);
				return;
			}
			applyChange(active.target, conversion.value.change);
			new Notice(conversion.value.message);
		},
	};
}
