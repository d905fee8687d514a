/** Runs drafts for the sidebar's questions: one card per question, Stop, Regenerate, Accept, Discard, and Draft unanswered. */
import { buildDraftPrompt, type DraftPromptInput } from "./draft-prompt";
import { draftRequest, type DraftRequest } from "./draft-request";
import { IDLE_CARD, type DraftCardState, type StreamingCard } from "./draft-card";
import type { DraftingSettings } from "./drafting-settings";
import { failureMessage } from "./failure-message";
import type { StreamEvent } from "./stream-event";
import { errorMessage } from "../result";
import { words } from "../wording/wording";

/** What a transport reports: parsed stream events, and that the answer will arrive all at once. */
export type DraftEvent = StreamEvent | { kind: "all-at-once" };

/** The port to the network: sends `request`, reports each event, resolves when done; reports nothing once `signal` aborts. */
export interface DraftPort {
	send(request: DraftRequest, signal: AbortSignal, onEvent: (event: DraftEvent) => void): Promise<void>;
}

/** What to draft: the card's id, and how to read the prompt's input when the draft starts (the context size comes from the settings). */
export interface DraftTarget {
	id: string;
	input: () => Omit<DraftPromptInput, "contextTokens"> | Promise<Omit<DraftPromptInput, "contextTokens">>;
}

/** Holds every question's card; hosts render `card(id)` and call the actions. `onChange` is told which card changed. */
export class DraftSession {
	readonly #cards = new Map<string, DraftCardState>();
	readonly #runs = new Map<string, { target: DraftTarget; controller: AbortController }>();
	#queue: DraftTarget[] = [];

	readonly #port: DraftPort;
	readonly #config: () => { settings: DraftingSettings; apiKey: string | null };
	readonly #onChange: (id: string) => void;

	constructor(port: DraftPort, config: () => { settings: DraftingSettings; apiKey: string | null }, onChange: (id: string) => void) {
		this.#port = port;
		this.#config = config;
		this.#onChange = onChange;
	}

	/** The card of `id` as it is now. */
	card(id: string): DraftCardState {
		return this.#cards.get(id) ?? IDLE_CARD;
	}

	/** Starts a draft for `target` (a running one for the same card is stopped first); resolves when it has finished. */
	draft(target: DraftTarget): Promise<void> {
		this.#abort(target.id);
		const controller = new AbortController();
		this.#runs.set(target.id, { target, controller });
		return this.#run(target, controller.signal);
	}

	/** Drafts `targets` one after another, each once the one before it has finished; Stop on a card stops the rest too. */
	async draftAll(targets: readonly DraftTarget[]): Promise<void> {
		this.#queue = [...targets];
		for (let next = this.#queue.shift(); next !== undefined; next = this.#queue.shift()) await this.draft(next);
	}

	/** Stops the card's stream (what arrived stays in the card) and the rest of a Draft unanswered run. */
	stop(id: string): void {
		this.#queue = [];
		if (this.card(id).phase !== "streaming") return;
		this.#abort(id);
		this.#change(id, (card) => ({ ...card, phase: "stopped" }));
	}

	/** Drafts the card's question again. */
	async regenerate(id: string): Promise<void> {
		const run = this.#runs.get(id);
		if (run !== undefined) await this.draft(run.target);
	}

	/** Empties the card; the note is not touched. */
	discard(id: string): void {
		this.#abort(id);
		this.#set(id, IDLE_CARD);
	}

	/** The card's text to write into the note, or null when it has none; the host calls `discard` once it is written. */
	accepted(id: string): string | null {
		const card = this.card(id);
		return card.phase === "idle" || card.phase === "streaming" || card.text.trim() === "" ? null : card.text.trim();
	}

	/** Stops every stream, and with them a Draft unanswered run (see `stop`): the sidebar is closing. */
	stopAll(): void {
		for (const id of [...this.#runs.keys()]) this.stop(id);
	}

	#abort(id: string): void {
		this.#runs.get(id)?.controller.abort();
	}

	#set(id: string, card: DraftCardState): void {
		if (card === this.card(id)) return;
		this.#cards.set(id, card);
		this.#onChange(id);
	}

	/** Changes the card while it streams; a card in any other state stays as it is (text after Stop or a failure is dropped). */
	#change(id: string, change: (card: StreamingCard) => DraftCardState): void {
		const card = this.card(id);
		if (card.phase === "streaming") this.#set(id, change(card));
	}

	async #run(target: DraftTarget, signal: AbortSignal): Promise<void> {
		const { settings, apiKey } = this.#config();
		const change = (next: (card: StreamingCard) => DraftCardState) => this.#change(target.id, next);
		const fail = (message: string) => change((card) => ({ ...card, phase: "error", message }));
		const note = (text: string) => change((card) => (card.notes.includes(text) ? card : { ...card, notes: [...card.notes, text] }));
		this.#set(target.id, { phase: "streaming", text: "", notes: [] });
		let input: Omit<DraftPromptInput, "contextTokens">;
		try {
			input = await target.input();
		} catch (error) {
			fail(`The note could not be read: ${errorMessage(error)}`);
			return;
		}
		if (signal.aborted) return;
		const prompt = buildDraftPrompt({ ...input, contextTokens: settings.contextTokens });
		if (prompt.notice !== null) note(prompt.notice);
		const request = draftRequest(settings, prompt, apiKey);
		if (!request.ok) {
			fail(request.error);
			return;
		}
		await this.#port.send(request.value, signal, (event) => {
			if (signal.aborted) return;
			if (event.kind === "all-at-once") note(words("note-all-at-once"));
			else if (event.kind === "text") change((card) => ({ ...card, text: card.text + event.text }));
			else if (event.kind === "end") {
				if (event.finish === "length") note(words("note-length"));
				change((card) => ({ ...card, phase: "done" }));
			} else fail(failureMessage(event.failure, settings));
		});
		if (!signal.aborted && this.card(target.id).phase === "streaming") fail(failureMessage({ kind: "incomplete" }, settings));
	}
}
