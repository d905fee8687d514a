/**
 * Drafting in the playground: settings from the page's address (`?draft-url=http://127.0.0.1:11434&draft-model=llama3.2`,
 * optionally `draft-provider=lm-studio`, `draft-context=8192`) and the plugin's own transport over the page's `fetch`.
 * Without `draft-url`, drafting stays off.
 */
import { DEFAULT_DRAFTING, readDraftingSettings, type DraftingSettings } from "../src/core/drafting/drafting-settings";
import { DraftTransport, windowFetch } from "../src/ui/drafting/draft-transport";
import type { DraftingDeps } from "../src/ui/drafting/sidebar-drafting";

/** The drafting settings the page's query string asks for; off when it names no endpoint. */
export function draftingFromQuery(search: string): DraftingSettings {
	const query = new URLSearchParams(search);
	const url = query.get("draft-url");
	if (url === null) return DEFAULT_DRAFTING;
	return readDraftingSettings({
		enabled: true,
		provider: query.get("draft-provider") ?? "ollama",
		baseUrl: url,
		model: query.get("draft-model") ?? "",
		contextTokens: query.get("draft-context") ?? DEFAULT_DRAFTING.contextTokens,
	});
}

/** An API key typed into the playground's settings: held in the page's memory only (a URL is no place for one). */
export class MemoryApiKey {
	private key: string | null = null;

	/** What the settings tab says about where the key is kept. */
	readonly description = "Kept in this page's memory only, never in its address; it is gone when you reload.";

	/** The key, or null when none was typed. */
	get(): string | null {
		return this.key;
	}

	/** Keeps `key` ("" forgets it). */
	set(key: string): void {
		this.key = key.trim() === "" ? null : key.trim();
	}
}

/** Drafting for the playground's sidebar: the plugin's transport over the page's `fetch`, with the key typed in the settings. */
export function playgroundDrafting(settings: () => { drafting: DraftingSettings }, key: MemoryApiKey): DraftingDeps {
	return { port: new DraftTransport(windowFetch, null), config: () => ({ settings: settings().drafting, apiKey: key.get() }) };
}
