/** Drafting wired into the one sidebar controller: what a host gives it, and the panel made of the sidebar host's own ports. */
import type { DraftPort } from "../../core/drafting/draft-session";
import type { DraftingSettings } from "../../core/drafting/drafting-settings";
import type { NoteModelLoader } from "../../core/sidebar";
import type { SidebarHost } from "../sidebar/sidebar-host";
import { DraftingPanel } from "./drafting-panel";

/** What a host gives drafting: the transport to the model, and the settings and key in force now. */
export interface DraftingDeps {
	port: DraftPort;
	config(): { settings: DraftingSettings; apiKey: string | null };
}

/** The drafting panel for a sidebar showing `notePath()`, reading and writing notes through `host`. */
export function sidebarDrafting(
	host: SidebarHost,
	deps: DraftingDeps,
	loader: NoteModelLoader,
	flavor: () => "auto" | "obsidian" | "logseq",
	notePath: () => string | null,
): DraftingPanel {
	return new DraftingPanel(host, deps, loader, flavor, notePath);
}
