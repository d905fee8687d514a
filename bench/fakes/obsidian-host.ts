/**
 * The `obsidian` module as the benchmarks see it: the test fakes (test/fakes), with an App and a Plugin that take every
 * registration main.ts makes. Obsidian's start-up cost of each registration is not measured: they are only recorded.
 */
import { EditorApp, EditorPlugin } from "../../test/fakes/obsidian";

export * from "../../test/fakes/obsidian";

/** Imitates `App`: the fakes' app that resolves links and knows the workspace's editors. */
export class App extends EditorApp {}

/** Imitates `Plugin` with views and ribbon icons as well as the editor registrations of `EditorPlugin`. */
export class Plugin extends EditorPlugin {
	readonly views: string[] = [];
	readonly ribbonIcons: string[] = [];
	registerView(type: string): void {
		this.views.push(type);
	}
	addRibbonIcon(icon: string, title: string): { remove(): void } {
		this.ribbonIcons.push(`${icon}: ${title}`);
		return { remove: () => undefined };
	}
}
