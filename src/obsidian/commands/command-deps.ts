/** What the profile commands are built from: handed over once by the plugin's composition root. */
import type { App } from "obsidian";
import type { ProfileCatalog } from "../../core/catalog/profile-catalog";
import type { InnCoPilotSettings } from "../../core/settings";
import type { TemplateEngine } from "../../core/templates/template-engine";

/** The shared pieces every profile command may use. */
export interface CommandDeps {
	app: App;
	/** The settings in force now; read on every run so changes apply at once. */
	settings: () => InnCoPilotSettings;
	profiles: Pick<ProfileCatalog, "all" | "byName">;
	/** One engine for the plugin, so compiled templates are cached across runs. */
	templates: TemplateEngine;
}
