/** The draft card of one question, as a value: idle, streaming, done, stopped or failed; and what each state offers. */

/** What a card shows. `notes` are sentences under the text: trimmed examples, "arrives all at once", the length limit. */
export type DraftCardState =
	| { phase: "idle" }
	| { phase: "streaming"; text: string; notes: string[] }
	| { phase: "done"; text: string; notes: string[] }
	| { phase: "stopped"; text: string; notes: string[] }
	| { phase: "error"; text: string; notes: string[]; message: string };

/** What happens to a card. */
export type DraftCardEvent =
	| { type: "start"; notes: string[] }
	| { type: "text"; text: string }
	| { type: "note"; note: string }
	| { type: "end" }
	| { type: "fail"; message: string }
	| { type: "stop" }
	| { type: "clear" };

/** The card's buttons. */
export type DraftCardAction = "stop" | "regenerate" | "accept" | "discard";

/** An empty card. */
export const IDLE_CARD: DraftCardState = { phase: "idle" };

/** Where `state` goes on `event`; events that make no sense in a state (text after Stop) leave it as it is. */
export function nextCard(state: DraftCardState, event: DraftCardEvent): DraftCardState {
	if (event.type === "clear") return IDLE_CARD;
	if (event.type === "start") return { phase: "streaming", text: "", notes: event.notes };
	if (state.phase !== "streaming") return state;
	switch (event.type) {
		case "text":
			return { ...state, text: state.text + event.text };
		case "note":
			return state.notes.includes(event.note) ? state : { ...state, notes: [...state.notes, event.note] };
		case "end":
			return { ...state, phase: "done" };
		case "fail":
			return { ...state, phase: "error", message: event.message };
		case "stop":
			return { ...state, phase: "stopped" };
	}
}

/** The buttons a card offers: Stop while streaming; then Accept (when there is text to keep), Regenerate and Discard. */
export function cardActions(state: DraftCardState): DraftCardAction[] {
	if (state.phase === "idle") return [];
	if (state.phase === "streaming") return ["stop"];
	return state.text.trim() === "" ? ["regenerate", "discard"] : ["accept", "regenerate", "discard"];
}
