/** The Drafting section of the settings tab, described once for every host: its rows, their wording, and what a change saves. */
import { CONTEXT_RANGE, clampNumber, TEMPERATURE_RANGE, type DraftingSettings } from "./drafting-settings";
import { addressText } from "./endpoint-locality";
import { PROVIDERS, providerPreset, type ProviderId } from "./providers";
import { words } from "../wording/wording";

/** The section's heading. */
export const DRAFTING_HEADING = "Drafting";

/** Which value a row edits ("apiKey" is kept by the host's key store, never in the settings). */
export type DraftingRowKey = "enabled" | "provider" | "baseUrl" | "model" | "apiKey" | "contextTokens" | "temperature";

/** One row: its name (its description is the wording `row-{key}`, unless it depends on the settings or the key store). */
export interface DraftingRow {
	key: DraftingRowKey;
	name: string;
}

/** The rows, in order. */
export const DRAFTING_ROWS: readonly DraftingRow[] = (
	[
		["enabled", "Draft answers with a language model"],
		["provider", "Provider"],
		["baseUrl", "Base URL"],
		["model", "Model"],
		["apiKey", "API key"],
		["contextTokens", "Context size"],
		["temperature", "Temperature"],
	] as const
).map(([key, name]) => ({ key, name }));

/** The provider choices, as the dropdown names them. */
export const PROVIDER_LABELS: Readonly<Record<string, string>> = Object.fromEntries(PROVIDERS.map((each) => [each.id, each.label]));

/** A row's description for the settings now: the address says where it is; the API key's comes from the host's key store. */
export function draftingRowDesc(key: DraftingRowKey, settings: DraftingSettings, keyDescription: string): string {
	return key === "baseUrl" ? addressText(settings.baseUrl) : key === "apiKey" ? keyDescription : words(`row-${key}`);
}

/** A row's placeholder for the settings now. */
export function draftingRowPlaceholder(key: DraftingRowKey, settings: DraftingSettings): string {
	const preset = providerPreset(settings.provider);
	if (key === "baseUrl") return preset.baseUrl || "http://127.0.0.1:8000/v1";
	if (key === "model") return "llama3.2";
	if (key === "apiKey") return preset.needsKey ? "Required" : "Not needed";
	return "";
}

/** What choosing provider `id` saves: a preset replaces the address only when the user had not typed their own. */
export function providerChange(current: DraftingSettings, id: ProviderId): Partial<DraftingSettings> {
	const typed = current.baseUrl !== "" && !PROVIDERS.some((each) => each.baseUrl === current.baseUrl);
	return { provider: id, baseUrl: typed ? current.baseUrl : providerPreset(id).baseUrl };
}

/** What typing `value` into a number row saves, or null while it is no number yet. */
export function numberChange(key: "contextTokens" | "temperature", value: string, current: DraftingSettings): Partial<DraftingSettings> | null {
	if (value.trim() === "" || !Number.isFinite(Number(value))) return null;
	const range = key === "contextTokens" ? CONTEXT_RANGE : TEMPERATURE_RANGE;
	return { [key]: clampNumber(value, range, current[key], key === "contextTokens") };
}
