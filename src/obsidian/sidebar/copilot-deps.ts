/** What the copilot sidebar needs from the rest of the plugin, passed in once from main.ts. */
import type { ProfileLookup } from "../../core/sidebar";
import type { TemplateEngine } from "../../core/templates/template-engine";

/** The profiles the plugin knows (the ProfileCatalog fits), and a way to hear when they change. */
export interface ProfileSource extends ProfileLookup {
	/** Calls `listener` after any change; returns the function that stops it. */
	onChange(listener: () => void): () => void;
}

/** The settings the sidebar reads, live. */
export interface CopilotSettings {
	flavor: "auto" | "obsidian" | "logseq";
}

/** The copilot sidebar's dependencies. */
export interface CopilotDeps {
	settings: () => CopilotSettings;
	profiles: ProfileSource;
	engine: TemplateEngine;
}
