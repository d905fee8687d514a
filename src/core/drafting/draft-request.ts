/** The HTTP request that asks the configured endpoint to stream a draft, built without touching the network. */
import { err, ok, type Result } from "../result";
import { words } from "../wording/wording";
import type { DraftPrompt } from "./draft-prompt";
import type { DraftingSettings } from "./drafting-settings";
import { endpointLocality } from "./endpoint-locality";
import { chatUrl, providerPreset } from "./providers";
import type { WireFormat } from "./stream-parser";

/** The only headers a draft request carries: its type admits no other, so the transport sends them as they are. */
export interface DraftHeaders {
	"Content-Type": string;
	Accept: string;
	Authorization?: string;
}

/** A chat request: where, in which wire format, the JSON body, and the only headers ever sent. */
export interface DraftRequest {
	url: string;
	format: WireFormat;
	body: string;
	headers: DraftHeaders;
}

/**
 * The streaming chat request for `prompt` under `settings`: Ollama's `/api/chat` with `options.num_ctx` sized to the
 * prompt, else `/chat/completions` with `stream: true`. Headers are Content-Type, Accept and, with a key, Authorization.
 * An error (a sentence) when drafting is off, the address is not http(s), the model is missing, or a key is needed.
 */
export function draftRequest(settings: DraftingSettings, prompt: DraftPrompt, apiKey: string | null): Result<DraftRequest, string> {
	if (!settings.enabled) return err(words("request-off"));
	const preset = providerPreset(settings.provider);
	const locality = endpointLocality(settings.baseUrl);
	if (locality === "invalid") return err(words("request-address", { address: settings.baseUrl }));
	if (settings.model === "") return err(words("request-model"));
	const key = apiKey?.trim() ?? "";
	if (key === "" && preset.needsKey && locality !== "this-machine") return err(words("request-key", { provider: preset.label }));
	const ollama = preset.format === "ollama";
	const headers: DraftHeaders = { "Content-Type": "application/json", Accept: ollama ? "application/x-ndjson" : "text/event-stream" };
	if (key !== "") headers.Authorization = `Bearer ${key}`;
	const { model, temperature } = settings;
	const tuning = ollama ? { options: { num_ctx: prompt.contextSize, temperature } } : { temperature };
	const body = { model, messages: prompt.messages, stream: true, ...tuning };
	return ok({ url: chatUrl(preset.format, settings.baseUrl), format: preset.format, body: JSON.stringify(body), headers });
}
