/** An Obsidian modal around one of the host-neutral forms of src/ui: the new profile form, the existing worksheet question. */
import { Modal, type App } from "obsidian";

/** Draws a form into `el` and returns the control to focus; the form calls `close` once it is answered. */
export type DrawForm = (el: HTMLElement, close: () => void) => HTMLElement;

/** A modal titled `title` whose body `draw` makes; closing it any other way (Escape, the close button) does nothing else. */
export class FormModal extends Modal {
	readonly #title: string;
	readonly #draw: DrawForm;

	constructor(app: App, title: string, draw: DrawForm) {
		super(app);
		this.#title = title;
		this.#draw = draw;
	}

	override onOpen(): void {
		this.setTitle(this.#title);
		this.#draw(this.contentEl, () => this.close()).focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
