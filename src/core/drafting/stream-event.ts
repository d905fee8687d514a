/** What a model's answer stream yields once parsed, and every way a draft can fail, as values. */

/** Why a finished answer stopped: the model was done, or it hit the length limit. */
export type FinishReason = "stop" | "length";

/** One step of a parsed stream: answer text, its end, or a failure (the last event either way). */
export type StreamEvent = { kind: "text"; text: string } | { kind: "end"; finish: FinishReason } | { kind: "failure"; failure: DraftFailure };

/** Every way a draft can fail; `failureMessage` turns each into words a person can act on. */
export type DraftFailure =
	| { kind: "unauthorized"; status: number }
	| { kind: "not-found" }
	| { kind: "rate-limited" }
	| { kind: "server"; status: number; message: string }
	| { kind: "http"; status: number; message: string }
	| { kind: "refused" }
	| { kind: "cross-origin" }
	| { kind: "incomplete" }
	| { kind: "model"; message: string }
	| { kind: "unreadable" };
