/** What a draft card says when drafting failed: what happened, and what to do about it. */
import { providerPreset, trimmedBase } from "./providers";
import type { DraftFailure } from "./stream-event";
import { words } from "../wording/wording";

/** The endpoint the failure came from, to name it in the message. */
export interface FailureContext {
	provider: string;
	baseUrl: string;
	model: string;
}

/** The sentence for `failure`, naming the endpoint, the model or the fix where that helps. */
export function failureMessage(failure: DraftFailure, context: FailureContext): string {
	const preset = providerPreset(context.provider);
	const message = "message" in failure ? failure.message : "";
	return words(`failure-${failure.kind}`, {
		...failure,
		model: context.model,
		base: trimmedBase(context.baseUrl),
		server: context.provider === "openai-compatible" ? "the server" : preset.label,
		hint: words(`cors-${preset.id}`),
		// The end of a sentence that quotes the server's own words, when it sent any.
		said: message === "" ? "." : `: ${message}`,
	});
}
