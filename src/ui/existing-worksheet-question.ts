/** The question a second insertion of the same profile asks, drawn once for every host: go to the worksheet, insert another, or cancel. */
import { words } from "../core/wording/wording";

/** The user's answer; closing the dialog any other way (Escape, the close button) is "cancel". */
export type ExistingWorksheetChoice = "go" | "insert" | "cancel";

/** The dialog's title. */
export const EXISTING_WORKSHEET_TITLE = "This worksheet is already in the note";

/** The buttons, the safe way first. */
const CHOICES: readonly [ExistingWorksheetChoice, string][] = [
	["go", "Go to the worksheet"],
	["insert", "Insert another"],
	["cancel", "Cancel"],
];

/** Draws the question and its three buttons into `el`; returns "Go to the worksheet", to be focused so that Enter takes the safe way. */
export function renderExistingWorksheetQuestion(el: HTMLElement, profileName: string, answer: (choice: ExistingWorksheetChoice) => void): HTMLButtonElement {
	el.createEl("p", { text: words("worksheet-already-there", { profile: profileName }) });
	const buttons = el.createDiv({ cls: "modal-button-container" });
	const [go] = CHOICES.map(([choice, text], index) => {
		const button = buttons.createEl("button", { text, cls: index === 0 ? "mod-cta" : undefined });
		button.addEventListener("click", () => answer(choice));
		return button;
	});
	return go;
}
