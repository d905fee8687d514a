/** Short messages in the corner, as Obsidian's Notice shows them; each fades after a few seconds. */

const SHOWN_MS = 6000;

/** Shows messages in `host`, an element announced to screen readers. */
export class Notices {
	constructor(private readonly host: HTMLElement) {
		host.setAttribute("role", "status");
		host.setAttribute("aria-live", "polite");
	}

	/** Shows `message` for a few seconds; a click dismisses it. */
	show(message: string): void {
		const notice = this.host.createDiv({ cls: "playground-notice", text: message });
		notice.addEventListener("click", () => notice.remove());
		this.host.ownerDocument.defaultView?.setTimeout(() => notice.remove(), SHOWN_MS);
	}
}
