/** What the copilot sidebar needs from the rest of the plugin, passed in once from main.ts. */
import type { InnCoPilotSettings } from "../../core/settings";
import type { ProfileLookup } from "../../core/sidebar";
import type { TemplateEngine } from "../../core/templates/template-engine";
import type { DraftingDeps } from "../drafting/sidebar-drafting";

/** The profiles the plugin knows (the ProfileCatalog fits), and a way to hear when they change. */
export interface ProfileSource extends ProfileLookup {
	/** Calls `listener` after any change; returns the function that stops it. */
	onChange(listener: () => void): () => void;
}

/** The copilot sidebar's dependencies. */
export interface CopilotDeps {
	/** The current settings (read live: the sidebar uses `flavor` when it inserts a question). */
	settings: () => Pick<InnCoPilotSettings, "flavor">;
	profiles: ProfileSource;
	engine: TemplateEngine;
	/** Drafting answers with a language model; absent, the sidebar offers none. */
	drafting?: DraftingDeps;
}
