/**
 * Drafting in the copilot sidebar, host-neutral: a Draft button beside each question, Draft unanswered for a profile,
 * and the draft card under each question. The host says whether drafting is on, reads the prompt's input, and writes
 * an accepted draft into the note; the sidebar renderer calls `questionExtras` and `cardExtras` as it draws.
 */
import type { DraftPromptInput } from "../../core/drafting/draft-prompt";
import { DraftSession, type DraftPort, type DraftTarget } from "../../core/drafting/draft-session";
import type { DraftingSettings } from "../../core/drafting/drafting-settings";
import type { ProfileCard, QuestionItem } from "../../core/sidebar";
import { DraftCardView } from "./draft-card-view";

/** What drafting needs from the host, for the note at `path`. */
export interface DraftingHost {
	/** The drafting settings and API key in force now. */
	config(): { settings: DraftingSettings; apiKey: string | null };
	/** The note the sidebar shows, or null. */
	notePath(): string | null;
	/** What the prompt is built from; `contextTokens` is filled in from the settings. */
	input(path: string, card: ProfileCard, question: QuestionItem): Promise<Omit<DraftPromptInput, "contextTokens">>;
	/** Writes `text` into the question's answer field as one undo step; resolves to why not, or null when written. */
	accept(path: string, card: ProfileCard, question: QuestionItem, text: string): Promise<string | null>;
	/** Tells the user something (a Notice in Obsidian). */
	notice(message: string): void;
}

interface Mounted {
	view: DraftCardView;
	path: string;
	card: ProfileCard;
	question: QuestionItem;
}

/** The drafting controls of the sidebar, and the one session that runs their drafts. */
export class DraftingPanel {
	readonly #session: DraftSession;
	readonly #mounted = new Map<string, Mounted>();

	readonly #host: DraftingHost;

	constructor(
		port: DraftPort,
		host: DraftingHost,
	) {
		this.#host = host;
		this.#session = new DraftSession(port, () => host.config(), (id) => this.#mounted.get(id)?.view.update(this.#session.card(id)));
	}

	/** Adds Draft and the question's card to its list item; nothing while drafting is off or on a profile's own page. */
	questionExtras(item: HTMLElement, card: ProfileCard, question: QuestionItem): void {
		const path = this.#host.notePath();
		if (!this.#host.config().settings.enabled || path === null || card.reason === "page") return;
		const draft = item.createEl("button", {
			cls: "inncopilot-draft-button",
			text: "Draft",
			attr: { "aria-label": `Draft an answer to: ${question.text}`, "data-focus": `draft:${card.name}:${question.key}` },
		});
		draft.addEventListener("click", () => void this.#session.draft(this.#target(path, card, question)));
		const id = cardId(path, card, question);
		const existing = this.#mounted.get(id);
		const view = existing?.view ?? new DraftCardView(item, question.text, this.#handlers(id));
		item.appendChild(view.el);
		this.#mounted.set(id, { view, path, card, question });
		view.update(this.#session.card(id));
	}

	/** Adds Draft unanswered to a profile's card when some of its questions are not answered. */
	cardExtras(container: HTMLElement, card: ProfileCard): void {
		const path = this.#host.notePath();
		if (!this.#host.config().settings.enabled || path === null || card.reason === "page") return;
		const open = card.groups.flatMap((group) => group.questions).filter((question) => !question.answered);
		if (open.length === 0) return;
		const button = container.createEl("button", {
			cls: "inncopilot-draft-unanswered",
			text: "Draft unanswered",
			attr: { "aria-label": `Draft answers to the ${open.length} unanswered questions, one after another`, "data-focus": `draft-all:${card.name}` },
		});
		button.addEventListener("click", () => void this.#session.draftAll(open.map((question) => this.#target(path, card, question))));
	}

	/** True when drafting is on: the sidebar redraws when this changes, to show or hide the controls. */
	enabled(): boolean {
		return this.#host.config().settings.enabled;
	}

	/** Stops every stream: the sidebar is closing or the plugin unloading. */
	stopAll(): void {
		this.#session.stopAll();
	}

	#target(path: string, card: ProfileCard, question: QuestionItem): DraftTarget {
		return {
			id: cardId(path, card, question),
			input: () => this.#host.input(path, card, question),
		};
	}

	#handlers(id: string) {
		return {
			stop: () => this.#session.stop(id),
			regenerate: () => void this.#session.regenerate(id),
			discard: () => this.#session.discard(id),
			accept: () => void this.#accept(id),
		};
	}

	async #accept(id: string): Promise<void> {
		const text = this.#session.accepted(id);
		const mounted = this.#mounted.get(id);
		if (text === null || mounted === undefined) return;
		const problem = await this.#host.accept(mounted.path, mounted.card, mounted.question, text);
		if (problem !== null) this.#host.notice(problem);
		else this.#session.discard(id);
	}
}

function cardId(path: string, card: ProfileCard, question: QuestionItem): string {
	return `${path}\n${card.name}\n${question.key}`;
}
