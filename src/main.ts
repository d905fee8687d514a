/** innCoPilot's entry point: builds the adapters once and registers each feature. Lifecycle only. */
import { Plugin } from "obsidian";

/** The plugin: each feature is registered here and owns its own cleanup through `register*`. */
export default class InnCoPilotPlugin extends Plugin {
	override onload(): void {
		// Features register here; each keeps onload cheap and defers indexing until the layout is ready.
	}
}
