/**
 * Drafting in the copilot sidebar, host-neutral: a Draft button beside each question, Draft unanswered for a profile,
 * and the draft card under each question. Prompts are read from the note's live text; an accepted draft is written
 * through the note's editor as one undo step (`acceptDraftEdit`, applied as a question click's edit is). The sidebar
 * renderer calls `questionExtras` and `cardExtras` as it draws.
 */
import { acceptDraftEdit } from "../../core/drafting/accept-draft";
import { draftInput } from "../../core/drafting/draft-input";
import { DraftSession, type DraftTarget } from "../../core/drafting/draft-session";
import type { NoteModelLoader, ProfileCard, QuestionItem } from "../../core/sidebar";
import { applyQuestionClick, cursorPosition } from "../../editor/apply-sidebar-click";
import type { SidebarHost } from "../sidebar/sidebar-host";
import { words } from "../../core/wording/wording";
import { draftClass, DraftCardView } from "./draft-card-view";
import type { DraftingDeps } from "./sidebar-drafting";

interface Mounted {
	view: DraftCardView;
	path: string;
	card: ProfileCard;
	question: QuestionItem;
}

/** The drafting controls of a sidebar showing `notePath()`, and the one session that runs their drafts. */
export class DraftingPanel {
	readonly #session: DraftSession;
	readonly #mounted = new Map<string, Mounted>();
	readonly #host: SidebarHost;
	readonly #deps: DraftingDeps;
	readonly #loader: NoteModelLoader;
	readonly #flavor: () => "auto" | "obsidian" | "logseq";
	readonly #notePath: () => string | null;

	constructor(host: SidebarHost, deps: DraftingDeps, loader: NoteModelLoader, flavor: () => "auto" | "obsidian" | "logseq", notePath: () => string | null) {
		this.#host = host;
		this.#deps = deps;
		this.#loader = loader;
		this.#flavor = flavor;
		this.#notePath = notePath;
		this.#session = new DraftSession(deps.port, () => deps.config(), (id) => this.#mounted.get(id)?.view.update(this.#session.card(id)));
	}

	/** Adds Draft and the question's card to its list item; nothing while drafting is off or on a profile's own page. */
	questionExtras(item: HTMLElement, card: ProfileCard, question: QuestionItem): void {
		const path = this.#draftable(card);
		if (path === null) return;
		addButton(item, "button", "Draft", `Draft an answer to: ${question.text}`, `draft:${card.name}:${question.key}`, () => void this.#session.draft(this.#target(path, card, question)));
		const id = cardId(path, card, question);
		const view = this.#mounted.get(id)?.view ?? new DraftCardView(item, question.text, (action) => void (action === "accept" ? this.#accept(id) : this.#session[action](id)));
		item.appendChild(view.el);
		this.#mounted.set(id, { view, path, card, question });
		view.update(this.#session.card(id));
	}

	/** Adds Draft unanswered to a profile's card when some of its questions are not answered. */
	cardExtras(container: HTMLElement, card: ProfileCard): void {
		const path = this.#draftable(card);
		const open = card.groups.flatMap((group) => group.questions).filter((question) => !question.answered);
		if (path === null || open.length === 0) return;
		const label = words("hint-unanswered", { count: open.length });
		addButton(container, "unanswered", "Draft unanswered", label, `draft-all:${card.name}`, () => void this.#session.draftAll(open.map((question) => this.#target(path, card, question))));
	}

	/** True when drafting is on: the sidebar redraws when this changes, to show or hide the controls. */
	enabled(): boolean {
		return this.#deps.config().settings.enabled;
	}

	/** Stops every stream: the sidebar is closing or the plugin unloading. */
	stopAll(): void {
		this.#session.stopAll();
	}

	/** The shown note's path when `card` can be drafted for: drafting is on, a note is shown, and it is not the profile's own page. */
	#draftable(card: ProfileCard): string | null {
		const path = this.#notePath();
		return this.enabled() && card.reason !== "page" ? path : null;
	}

	#target(path: string, card: ProfileCard, question: QuestionItem): DraftTarget {
		return {
			id: cardId(path, card, question),
			input: async () => {
				const note = await this.#host.liveNote(path);
				if (note === null) throw new Error(`“${path}” is no longer in the vault`);
				return draftInput(await this.#loader.load(path, note.text), card.name, question.text, path, note.text);
			},
		};
	}

	/** Writes the card's text into its question's answer field as one undo step, then empties the card; else a notice says why not. */
	async #accept(id: string): Promise<void> {
		const text = this.#session.accepted(id);
		const mounted = this.#mounted.get(id);
		if (text === null || mounted === undefined) return;
		const { path, card, question } = mounted;
		// A host that cannot open the editor has already said why (see `SidebarHost.edit`); the draft stays in its card.
		const editing = await this.#host.edit(path);
		if (editing === null) return;
		const { view } = editing;
		const result = acceptDraftEdit(view.state.doc.toString(), card, question, text, { cursor: cursorPosition(view.state), flavor: this.#flavor() });
		if (!result.ok) return this.#host.notify(result.message);
		applyQuestionClick(view, { kind: "edit", edit: result.edit });
		editing.focus();
		this.#session.discard(id);
	}
}

/** A button of class `draftClass(name)`: `label` tells screen readers what it does, `focus` keeps the focus on it across redraws. */
function addButton(parent: HTMLElement, name: string, text: string, label: string, focus: string, onClick: () => void): void {
	parent.createEl("button", { cls: draftClass(name), text, attr: { "aria-label": label, "data-focus": focus } }).addEventListener("click", onClick);
}

function cardId(path: string, card: ProfileCard, question: QuestionItem): string {
	return `${path}\n${card.name}\n${question.key}`;
}
