/** The drafting settings as saved in data.json (never the API key), and a reader that survives any saved value. */
import { asRecord } from "./json-fields";
import { PROVIDERS, providerPreset, type ProviderId } from "./providers";

/** What a user sets for drafting; the API key is kept apart, see `KeyStore`. */
export interface DraftingSettings {
	/** Off by default: until it is on, no request is ever made. */
	enabled: boolean;
	provider: ProviderId;
	baseUrl: string;
	model: string;
	/** The model's context size in tokens. */
	contextTokens: number;
	temperature: number;
}

/** Drafting on a fresh install: off, Ollama on this machine. */
export const DEFAULT_DRAFTING: Readonly<DraftingSettings> = {
	enabled: false,
	provider: "ollama",
	baseUrl: PROVIDERS[0].baseUrl,
	model: "",
	contextTokens: 4096,
	temperature: 0.7,
};

/** The bounds a context size (in tokens) is held to. See also `TEMPERATURE_RANGE`. */
export const CONTEXT_RANGE = { min: 1024, max: 1_048_576 } as const;
/** The bounds a temperature is held to. */
export const TEMPERATURE_RANGE = { min: 0, max: 2 } as const;

/** Reads saved drafting settings value by value; an unusable value falls back to its default (drafting stays off unless it was turned on). Any `apiKey` is ignored. */
export function readDraftingSettings(raw: unknown): DraftingSettings {
	const saved = asRecord(raw) ?? {};
	const text = (value: unknown, fallback: string) => (typeof value === "string" ? value.trim() : fallback);
	return {
		enabled: saved.enabled === true,
		provider: providerPreset(saved.provider).id,
		baseUrl: text(saved.baseUrl, DEFAULT_DRAFTING.baseUrl),
		model: text(saved.model, DEFAULT_DRAFTING.model),
		contextTokens: clampNumber(saved.contextTokens, CONTEXT_RANGE, DEFAULT_DRAFTING.contextTokens, true),
		temperature: clampNumber(saved.temperature, TEMPERATURE_RANGE, DEFAULT_DRAFTING.temperature, false),
	};
}

/** `value` held within `range` (rounded when `whole`), or `fallback` when it is not a finite number. */
export function clampNumber(value: unknown, range: { min: number; max: number }, fallback: number, whole: boolean): number {
	const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
	if (typeof number !== "number" || !Number.isFinite(number)) return fallback;
	const clamped = Math.min(range.max, Math.max(range.min, number));
	return whole ? Math.round(clamped) : clamped;
}
