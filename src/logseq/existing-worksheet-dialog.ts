/** The shared "already in the note" question (src/ui/existing-worksheet-question.ts), drawn in the plugin's own frame. */
import { EXISTING_WORKSHEET_TITLE, renderExistingWorksheetQuestion, type ExistingWorksheetChoice } from "../ui/existing-worksheet-question";

/** Shows the question in `root` and resolves with the answer; Escape or a click outside is "cancel". */
export function askExistingWorksheet(root: HTMLElement, profileName: string): Promise<ExistingWorksheetChoice> {
	return new Promise((resolve) => {
		const backdrop = root.createDiv({ cls: "inncopilot-modal-backdrop" });
		const dialog = backdrop.createDiv({ cls: "inncopilot-dialog inncopilot-question", attr: { role: "dialog", "aria-label": EXISTING_WORKSHEET_TITLE } });
		dialog.createEl("h2", { text: EXISTING_WORKSHEET_TITLE });
		const finish = (choice: ExistingWorksheetChoice) => {
			backdrop.remove();
			resolve(choice);
		};
		const go = renderExistingWorksheetQuestion(dialog, profileName, finish);
		dialog.addEventListener("keydown", (event) => {
			if (event.key !== "Escape") return;
			event.preventDefault();
			finish("cancel");
		});
		backdrop.addEventListener("mousedown", (event) => {
			if (event.target === backdrop) finish("cancel");
		});
		go.focus();
	});
}
