/** Asks what to do when the chosen profile's worksheet is already in the note: go there (the default), insert another, or cancel. */
import { Modal, type App } from "obsidian";

/** The user's answer; closing the dialog any other way (Escape, the close button) is "cancel". */
export type ExistingWorksheetChoice = "go" | "insert" | "cancel";

/** The question, with "Go to the worksheet" focused so that Enter takes the safe way. */
export class ExistingWorksheetModal extends Modal {
	private answered = false;

	constructor(
		app: App,
		private readonly profileName: string,
		private readonly answer: (choice: ExistingWorksheetChoice) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("This worksheet is already in the note");
		const { contentEl } = this;
		contentEl.createEl("p", { text: `This note already has a worksheet for "${this.profileName}". Go to it, or insert another one?` });
		const buttons = contentEl.createDiv({ cls: "modal-button-container" });
		const go = buttons.createEl("button", { text: "Go to the worksheet", cls: "mod-cta" });
		const another = buttons.createEl("button", { text: "Insert another" });
		const cancel = buttons.createEl("button", { text: "Cancel" });
		go.addEventListener("click", () => this.choose("go"));
		another.addEventListener("click", () => this.choose("insert"));
		cancel.addEventListener("click", () => this.choose("cancel"));
		go.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
		this.choose("cancel");
	}

	private choose(choice: ExistingWorksheetChoice): void {
		if (this.answered) return;
		this.answered = true;
		this.close();
		this.answer(choice);
	}
}
