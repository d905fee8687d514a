/** Asks what to do when the chosen profile's worksheet is already in the note: go there (the default), insert another, or cancel. */
import { Modal, type App } from "obsidian";
import { EXISTING_WORKSHEET_TITLE, renderExistingWorksheetQuestion, type ExistingWorksheetChoice } from "../../ui/existing-worksheet-question";

/** The shared question in an Obsidian modal. */
export class ExistingWorksheetModal extends Modal {
	#answered = false;

	readonly #profileName: string;
	readonly #answer: (choice: ExistingWorksheetChoice) => void;

	constructor(
		app: App,
		profileName: string,
		answer: (choice: ExistingWorksheetChoice) => void,
	) {
		super(app);
		this.#profileName = profileName;
		this.#answer = answer;
	}

	override onOpen(): void {
		this.setTitle(EXISTING_WORKSHEET_TITLE);
		renderExistingWorksheetQuestion(this.contentEl, this.#profileName, (choice) => this.#choose(choice)).focus();
	}

	override onClose(): void {
		this.contentEl.empty();
		this.#choose("cancel");
	}

	#choose(choice: ExistingWorksheetChoice): void {
		if (this.#answered) return;
		this.#answered = true;
		this.close();
		this.#answer(choice);
	}
}
