/** Drafting wired into the one sidebar controller: what a host gives it (the controller builds a `DraftingPanel` with it). */
import type { DraftPort } from "../../core/drafting/draft-session";
import type { DraftingSettings } from "../../core/drafting/drafting-settings";

/** What a host gives drafting: the transport to the model, and the settings and key in force now. */
export interface DraftingDeps {
	port: DraftPort;
	config(): { settings: DraftingSettings; apiKey: string | null };
}
