/** Drafting's host side in Obsidian: the transport over `fetch` with `requestUrl` as its fallback, the settings and the key. */
import { requestUrl } from "obsidian";
import type { DraftingSettings } from "../../core/drafting/drafting-settings";
import type { DraftingDeps } from "../../ui/drafting/sidebar-drafting";
import type { ApiKeyStore } from "./api-key-store";
import { DraftTransport, windowFetch, type BufferedRequest } from "../../ui/drafting/draft-transport";

/**
 * Obsidian's `requestUrl` as the all-at-once fallback: it is not held to cross-origin rules, but cannot stream or be
 * stopped. Its response is returned as it is; the transport reads only its status and text.
 */
const bufferedRequest: BufferedRequest = (request) => requestUrl({ ...request, throw: false });

/** What the sidebar needs to draft in Obsidian; one transport serves every sidebar, so the fallback is remembered per endpoint. */
export function obsidianDrafting(settings: () => { drafting: DraftingSettings }, apiKeys: ApiKeyStore): DraftingDeps {
	return { port: new DraftTransport(windowFetch, bufferedRequest), config: () => ({ settings: settings().drafting, apiKey: apiKeys.get() }) };
}
