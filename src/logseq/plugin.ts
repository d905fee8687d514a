/** The Logseq plugin's composition root: builds each piece once and registers the features with the host. */
import { TemplateEngine } from "../core/templates/template-engine";
import { registerFieldCommands } from "./field-commands";
import { GraphLibrary } from "./graph-library";
import type { LogseqHost } from "./host";
import { registerInsertTemplate } from "./insert-template";
import { pickProfile } from "./profile-picker";
import { logseqSettings, SETTINGS_SCHEMA } from "./settings-schema";
import { registerToolChips } from "./tool-chips";
import { HOST_STYLE } from "./host-style";

/** Registers settings, commands and the chip renderer; `root` is the element of the plugin's own frame that hosts its UI. */
export function startPlugin(host: LogseqHost, root: HTMLElement, newUuid: () => string): void {
	host.useSettingsSchema(SETTINGS_SCHEMA);
	const settings = () => logseqSettings(host.settings);
	const library = new GraphLibrary(host.Editor, settings);
	const engine = new TemplateEngine();
	host.provideStyle(HOST_STYLE);
	registerInsertTemplate({ host, library, engine, pick: (entries) => pickProfile(root, entries), newUuid });
	registerFieldCommands(host);
	registerToolChips(host, library, settings);
}
