/**
 * A minimal stand-in for the `obsidian` module, for testing the glue in src/obsidian without the app.
 * Each fake names the API it imitates and grows only when a test needs more.
 */

/** Imitates `Plugin`: lifecycle hooks and the register* cleanup helpers. */
export class Plugin {
	onload(): void {}
	onunload(): void {}
}
export * from "./sidebar";
