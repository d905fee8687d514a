/** A fake app with a small vault of profiles and ventures, the sidebar feature loaded into it, and ways to read it. */
import type { App as ObsidianApp } from "obsidian";
import { parseProfile } from "../../src/core/profile/parse";
import type { ProfileEntry } from "../../src/core/sidebar";
import { TemplateEngine } from "../../src/core/templates/template-engine";
import type { CopilotDeps, ProfileSource } from "../../src/ui/sidebar/copilot-deps";
import { CopilotSidebar, copilotViews, openCopilotSidebar, type CopilotHost } from "../../src/obsidian/sidebar/copilot-sidebar";
import type { CopilotView } from "../../src/obsidian/sidebar/copilot-view";
import { App, Plugin, type Command, type FakeElement, type WorkspaceLeaf } from "../fakes/obsidian";

/** The Pricing profile page: two own questions and one key with a weight. */
export const PRICING = "---\ntype: profile\n---\n# Pricing\n## Definition\nHow a venture sets its prices.\n## Keys\n- [[Willingness to pay]]\n  key-weight:: 35\n## innCoPilot\n- What do customers pay today?\n- Which price is a bargain?\n";
export const PETS = "# Pets\n\nSee [[Pricing]].\n\n## What do customers pay today?\n\n## Costs\nKeeper time.";

/** The app, the feature's registrations (as the fake plugin recorded them), and the profile source whose changes a test can announce. */
export interface CopilotEnv {
	app: App;
	deps: CopilotDeps;
	commands: Command[];
	ribbons: { icon: string; title: string; callback: () => unknown }[];
	views: string[];
	/** Announces a change to the profiles, as the ProfileCatalog does after indexing. */
	profilesChanged(): void;
}

/** Builds the app (its layout ready unless asked otherwise) and loads the feature into it; nothing is opened yet. */
export function copilotEnv(options: { layoutReady?: boolean } = {}): CopilotEnv {
	const app = new App();
	if (options.layoutReady !== false) app.workspace.finishLayout();
	app.vault.write("Profiles/Pricing.md", PRICING);
	app.vault.write("Keys/Willingness to pay.md", "key-weight:: 35\n- #question Who pays the most?\n");
	app.vault.write("Ventures/Pets.md", PETS);
	app.vault.write("Ventures/Taxi.md", "# Taxi\nSee [[Pricing]] too.\n\n## Who pays the most?\nCommuters.");
	app.vault.write("Notes/Plain.md", "# Plain\nNothing here.");
	const listeners = new Set<() => void>();
	const entry = (): ProfileEntry => ({ profile: parseProfile(PRICING), path: "Profiles/Pricing.md" });
	const profiles: ProfileSource = {
		byName: (name) => (name.toLowerCase() === "pricing" ? entry() : undefined),
		byPath: (path) => (path === "Profiles/Pricing.md" ? entry() : undefined),
		onChange: (listener) => {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
	const plugin = new Plugin(app);
	const env: CopilotEnv = {
		app,
		deps: { settings: () => ({ flavor: "auto" }), profiles, engine: new TemplateEngine() },
		commands: plugin.commands,
		ribbons: plugin.ribbonIcons,
		views: plugin.views,
		profilesChanged: () => listeners.forEach((listener) => listener()),
	};
	new CopilotSidebar(plugin as unknown as CopilotHost, env.deps).load();
	return env;
}

/** Opens the sidebar through its command path and returns its view. */
export async function openSidebar(env: CopilotEnv): Promise<CopilotView> {
	await openCopilotSidebar(env.app as unknown as ObsidianApp);
	const view = copilotViews(env.app as unknown as ObsidianApp)[0];
	if (view === undefined) throw new Error("the copilot view did not open");
	return view;
}

/** The view's content element, as the fake DOM that tests read. */
export function contentOf(view: CopilotView): FakeElement {
	return view.contentEl as unknown as FakeElement;
}

/** The view's leaf, as the fake leaf that tests can hide, show or make active. */
export function leafOf(view: CopilotView): WorkspaceLeaf {
	return view.leaf as unknown as WorkspaceLeaf;
}

/** What the sidebar shows, in a few words: the header, then each card's name and progress and its questions' states. */
export function shown(view: CopilotView): string[] {
	const root = contentOf(view);
	const lines = [root.get("inncopilot-copilot-note").textContent];
	const empty = root.findAll("inncopilot-copilot-empty")[0];
	if (empty !== undefined) lines.push(`empty: ${empty.children[0].textContent}`);
	for (const card of root.findAll("inncopilot-copilot-card")) {
		const progress = card.get("inncopilot-copilot-progress").children.find((each) => each.tagName === "span");
		lines.push(`${card.get("inncopilot-copilot-card-title").textContent}: ${progress?.textContent ?? ""}`);
		for (const question of card.findAll("inncopilot-copilot-question")) {
			const state = question.classes.find((cls) => cls.startsWith("is-"))?.slice(3);
			lines.push(`  ${state}: ${question.get("inncopilot-copilot-question-text").textContent}`);
		}
	}
	return lines;
}
