/** The "Create profile note" form, drawn once for every host: a name, a definition and a button; Enter in either field submits. */
import type { NewProfileInput } from "../core/commands/create-profile-page";

/** The form's title. */
export const NEW_PROFILE_TITLE = "Create profile note";

/** Tries to create the profile; resolves to null when done, or to the reason it was not. */
export type SubmitProfile = (input: NewProfileInput) => Promise<string | null>;

/** Draws the form into `el`; `done` is called once the profile was created. Returns the name field, to be focused. */
export function renderNewProfileForm(el: HTMLElement, submit: SubmitProfile, done: () => void): HTMLInputElement {
	// The form's class; its parts' classes extend it (styles.css names them in full).
	const form = "inncopilot-new-profile";
	el.addClass(form);
	const input = (label: string, placeholder: string) => {
		const row = el.createEl("label", { cls: `${form}-row` });
		row.createSpan({ cls: `${form}-label`, text: label });
		return row.createEl("input", { type: "text", placeholder });
	};
	const name = input("Name", "Pricing strategy");
	const definition = input("Definition", "How a venture sets and changes its prices");
	const problem = el.createDiv({ cls: `${form}-problem`, attr: { role: "alert" } });
	const button = el.createDiv({ cls: "modal-button-container" }).createEl("button", { text: "Create", cls: "mod-cta" });
	const send = async () => {
		if (button.disabled) return;
		button.disabled = true;
		const reason = await submit({ name: name.value, definition: definition.value });
		button.disabled = false;
		if (reason === null) done();
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
	return name;
}
