/** Asks for a new profile's name and definition; stays open with the reason when they cannot be used. */
import { Modal, type App } from "obsidian";
import type { NewProfileInput } from "../../core/commands/create-profile-page";

/** Tries to create the profile; resolves to null when done, or to the reason it was not. */
export type SubmitProfile = (input: NewProfileInput) => Promise<string | null>;

/** The "Create profile note" form: two fields and a button; Enter in either field submits. */
export class NewProfileModal extends Modal {
	constructor(
		app: App,
		private readonly submit: SubmitProfile,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Create profile note");
		const { contentEl } = this;
		contentEl.addClass("inncopilot-new-profile");
		const name = this.input("Name", "Pricing strategy");
		const definition = this.input("Definition", "How a venture sets and changes its prices");
		const problem = contentEl.createDiv({ cls: "inncopilot-new-profile-problem", attr: { role: "alert" } });
		const button = contentEl.createDiv({ cls: "modal-button-container" }).createEl("button", { text: "Create", cls: "mod-cta" });
		const send = async () => {
			if (button.disabled) return;
			button.disabled = true;
			const reason = await this.submit({ name: name.value, definition: definition.value });
			button.disabled = false;
			if (reason === null) this.close();
			else problem.setText(reason);
		};
		button.addEventListener("click", () => void send());
		for (const field of [name, definition]) {
			field.addEventListener("keydown", (event: KeyboardEvent) => {
				if (event.key !== "Enter" || event.isComposing) return;
				event.preventDefault();
				void send();
			});
		}
		name.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private input(label: string, placeholder: string): HTMLInputElement {
		const row = this.contentEl.createEl("label", { cls: "inncopilot-new-profile-row" });
		row.createSpan({ cls: "inncopilot-new-profile-label", text: label });
		return row.createEl("input", { type: "text", placeholder });
	}
}
