/**
 * The draft card under a question, built with createEl/createDiv/createSpan only (the answer goes in as text, never
 * as HTML). It updates in place, so a streaming answer costs one text change per piece, not a redraw.
 */
import { cardActions, type DraftCardAction, type DraftCardState } from "../../core/drafting/draft-card";
import { words } from "../../core/wording/wording";

/** The class of a drafting element in the sidebar, `inncopilot-draft-{name}`, as styles.css names them. */
export function draftClass(name: string): string {
	return `inncopilot-draft-${name}`;
}

/** What the card's buttons do: each calls it with its action. */
export type DraftCardHandler = (action: DraftCardAction) => void;

const STATUS: Record<Exclude<DraftCardState["phase"], "idle">, string> = { streaming: "Drafting…", done: "Draft", stopped: "Stopped", error: "Draft failed" };

/** One question's card: hidden while idle. After a redraw of the sidebar, append `el` under the question again. */
export class DraftCardView {
	/** The card's element, kept across sidebar redraws. */
	readonly el: HTMLElement;
	readonly #status: HTMLElement;
	readonly #text: HTMLElement;
	readonly #message: HTMLElement;
	readonly #notes: HTMLElement;
	readonly #actions: HTMLElement;
	#drawn = "";

	readonly #handler: DraftCardHandler;

	/** Builds the card inside `parent`; `label` is the question, for screen readers. */
	constructor(parent: HTMLElement, label: string, handler: DraftCardHandler) {
		this.#handler = handler;
		this.el = parent.createDiv({ cls: draftClass("card"), attr: { role: "group", "aria-label": `Draft for: ${label}`, hidden: true } });
		const part = (name: string, attr?: Record<string, string>) => this.el.createDiv({ cls: draftClass(name), attr });
		this.#status = part("status", { "aria-live": "polite" });
		this.#text = part("text");
		this.#message = part("message", { role: "alert" });
		this.#notes = part("notes");
		this.#actions = part("actions");
	}

	/** Shows `state`: the text always, the rest only when it changed. */
	update(state: DraftCardState): void {
		if (state.phase === "idle") {
			this.el.setAttribute("hidden", "");
			this.#drawn = "";
			return;
		}
		this.el.removeAttribute("hidden");
		this.el.setAttribute("data-phase", state.phase);
		if (this.#text.textContent !== state.text) this.#text.textContent = state.text;
		const message = state.phase === "error" ? state.message : "";
		const key = [state.phase, message, ...state.notes].join("\n");
		if (key === this.#drawn) return;
		this.#drawn = key;
		this.#status.textContent = STATUS[state.phase];
		this.#message.textContent = message;
		this.#notes.replaceChildren();
		for (const note of state.notes) this.#notes.createDiv({ cls: draftClass("note"), text: note });
		this.#actions.replaceChildren();
		for (const action of cardActions(state)) {
			const cls = action === "accept" ? `${draftClass(action)} mod-cta` : draftClass(action);
			// Each button is labelled with its action's name; the wording `hint-{action}` says what it does, for screen readers.
			const text = action.charAt(0).toUpperCase() + action.slice(1);
			const button = this.#actions.createEl("button", { cls, text, attr: { "aria-label": words(`hint-${action}`) } });
			button.addEventListener("click", () => this.#handler(action));
		}
	}
}
