/** What a draft card says when drafting failed: what happened, and what to do about it. */
import { providerPreset, trimmedBase } from "./providers";
import type { DraftFailure } from "./stream-event";

/** The endpoint the failure came from, to name it in the message. */
export interface FailureContext {
	provider: string;
	baseUrl: string;
	model: string;
}

/** The sentence for `failure`, naming the endpoint, the model or the fix where that helps. */
export function failureMessage(failure: DraftFailure, context: FailureContext): string {
	const preset = providerPreset(context.provider);
	const base = trimmedBase(context.baseUrl);
	switch (failure.kind) {
		case "unauthorized":
			return `The server refused the API key (${failure.status}). Check the key in the drafting settings.`;
		case "not-found":
			return `Not found (404): the model “${context.model}” or the address ${base}. Check both in the drafting settings.`;
		case "rate-limited":
			return "Too many requests (429): the server asks you to wait. Try again in a moment.";
		case "server":
			return `The server failed (${failure.status})${serverWords(failure.message)}`;
		case "http":
			return `The server answered ${failure.status}${serverWords(failure.message)}`;
		case "refused":
			return `Could not connect. Is ${context.provider === "openai-compatible" ? "the server" : preset.label} running at ${base}?`;
		case "cross-origin":
			return `${base} blocked the request with its cross-origin rules. ${preset.corsHint}`;
		case "incomplete":
			return "The answer ended before it was finished (incomplete): keep it or regenerate.";
		case "model":
			return `The model reported an error: ${failure.message}`;
		case "unreadable":
			return "The server sent something that is not a chat stream. Check the provider and the address in the drafting settings.";
		case "settings":
			return failure.message;
	}
}

/** The end of a sentence that quotes the server's own words, when it sent any. */
function serverWords(message: string): string {
	return message === "" ? "." : `: ${message}`;
}

/** The note a finished draft carries when the model stopped at the length limit. */
export const LENGTH_NOTICE = "The answer was cut at the length limit: raise the context size, or keep it as it is.";
