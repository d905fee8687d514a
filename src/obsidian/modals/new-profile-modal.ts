/** Asks for a new profile's name and definition in an Obsidian modal; stays open with the reason when they cannot be used. */
import { Modal, type App } from "obsidian";
import { NEW_PROFILE_TITLE, renderNewProfileForm, type SubmitProfile } from "../../ui/new-profile-form";

/** The shared "Create profile note" form in a modal. */
export class NewProfileModal extends Modal {
	readonly #submit: SubmitProfile;

	constructor(
		app: App,
		submit: SubmitProfile,
	) {
		super(app);
		this.#submit = submit;
	}

	override onOpen(): void {
		this.setTitle(NEW_PROFILE_TITLE);
		renderNewProfileForm(this.contentEl, this.#submit, () => this.close()).focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
