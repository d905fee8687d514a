/** The model servers drafting knows by name: their wire format, default address, and whether they need a key. */
import type { WireFormat } from "./stream-parser";

/** A provider preset's id, as saved in the settings. */
export type ProviderId = "ollama" | "lm-studio" | "llama-cpp" | "openai" | "openai-compatible";

/** What a preset fills in. */
export interface ProviderPreset {
	id: ProviderId;
	/** The name a person knows it by. */
	label: string;
	format: WireFormat;
	/** The base URL a fresh install of it listens on ("" when there is none to guess). */
	baseUrl: string;
	/** True when the server refuses requests without an API key (how to let this app through its cross-origin rules is the wording `cors-{id}`). */
	needsKey: boolean;
}

/** Every preset, in the order the settings list them: id, label, wire format, base URL, needs a key. */
export const PROVIDERS: readonly ProviderPreset[] = (
	[
		["ollama", "Ollama", "ollama", "http://127.0.0.1:11434", false],
		["lm-studio", "LM Studio", "openai", "http://127.0.0.1:1234/v1", false],
		["llama-cpp", "llama.cpp server", "openai", "http://127.0.0.1:8080/v1", false],
		["openai", "OpenAI", "openai", "https://api.openai.com/v1", true],
		["openai-compatible", "Other OpenAI-compatible", "openai", "", false],
	] as const
).map(([id, label, format, baseUrl, needsKey]) => ({ id, label, format, baseUrl, needsKey }));

/** The preset with `id`, Ollama's for an id this version does not know (or a saved value that is no id at all). */
export function providerPreset(id: unknown): ProviderPreset {
	return PROVIDERS.find((each) => each.id === id) ?? PROVIDERS[0];
}

/** The address a chat request goes to: `{base}/api/chat` for Ollama, `{base}/chat/completions` for the others. */
export function chatUrl(format: WireFormat, baseUrl: string): string {
	const base = trimmedBase(baseUrl);
	return format === "ollama" ? `${base}/api/chat` : `${base}/chat/completions`;
}

/** The base URL as requests use it and messages name it: without surrounding space or trailing slashes. */
export function trimmedBase(baseUrl: string): string {
	return baseUrl.trim().replace(/\/+$/, "");
}
