/** The draft card of one question, as a value: idle, streaming, done, stopped or failed; and what each state offers. */

/** What a card shows. `notes` are sentences under the text: trimmed examples, "arrives all at once", the length limit. */
export type DraftCardState =
	| { phase: "idle" }
	| { phase: "streaming"; text: string; notes: string[] }
	| { phase: "done"; text: string; notes: string[] }
	| { phase: "stopped"; text: string; notes: string[] }
	| { phase: "error"; text: string; notes: string[]; message: string };

/** A card while its answer streams in: the only state that text, notes and an end can change. */
export type StreamingCard = Extract<DraftCardState, { phase: "streaming" }>;

/** The card's buttons. */
export type DraftCardAction = "stop" | "regenerate" | "accept" | "discard";

/** An empty card. */
export const IDLE_CARD: DraftCardState = { phase: "idle" };

/** The buttons a card offers: Stop while streaming; then Accept (when there is text to keep), Regenerate and Discard. */
export function cardActions(state: DraftCardState): DraftCardAction[] {
	if (state.phase === "idle") return [];
	if (state.phase === "streaming") return ["stop"];
	return state.text.trim() === "" ? ["regenerate", "discard"] : ["accept", "regenerate", "discard"];
}
