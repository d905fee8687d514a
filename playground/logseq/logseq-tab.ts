/**
 * The playground's Logseq tab: the Logseq plugin as built (dist/logseq) inside the Logseq test host of the browser tests,
 * over the demo graph. This file adds what a newcomer needs around the host: the tabs, a page list, a page title, the
 * command palette (Ctrl+Shift+P, as in Logseq) and the copilot panel opened once the plugin is connected.
 */
import { installObsidianDom } from "../../src/ui/obsidian-dom";
import { openSuggest } from "../suggest";
import { demoGraphPages, FIRST_PAGE } from "./demo-graph";
import type { SeedBlock } from "./page-seeds";
import "./logseq-tab.css";

/** What the host page (its script runs before this one) offers on `window.logseqHost`. */
interface LogseqTestHost {
	state: { route: string; hooks: string[]; commands: { label: string }[] };
	store: { page(name: string): { originalName: string } | null };
	open(pages: Record<string, SeedBlock[]>, route: string): void;
	go(route: string): void;
	palette(label: string): void;
}

const host = (window as unknown as { logseqHost: LogseqTestHost }).logseqHost;
installObsidianDom();
const toolbar = document.getElementById("toolbar") ?? document.body;
const view = document.getElementById("page") ?? document.body;

const brand = toolbar.createDiv({ cls: "ls-demo-brand", prepend: true });
brand.createSpan({ cls: "ls-demo-title", text: "innCoPilot" });
const tabs = brand.createEl("nav", { cls: "ls-demo-tabs", attr: { "aria-label": "Playground" } });
tabs.createEl("a", { text: "Obsidian", attr: { href: "./" } });
tabs.createEl("a", { text: "Logseq", attr: { href: "logseq.html", "aria-current": "page" } });
const paletteButton = toolbar.createEl("button", { cls: "ls-demo-button", text: "Commands", attr: { title: "Command palette (Ctrl+Shift+P)" } });

const pages = demoGraphPages();
const aside = document.body.createEl("nav", { cls: "ls-demo-pages", attr: { "aria-label": "Pages" } });
aside.createDiv({ cls: "ls-demo-pages-title", text: "Pages" });
const list = aside.createEl("ul");
aside.createEl("p", {
	cls: "ls-demo-hint",
	text: "The Logseq plugin as built, in a Logseq host of our own over the demo graph, kept in memory. Click a block, type /Insert and Enter; Ctrl+Shift+P lists the plugin's commands.",
});
const title = document.body.createEl("h1", { cls: "ls-demo-page-title" });
view.before(title);

/** Shows the page `name`: the host routes to it (the plugin hears of it), the list and the title follow. */
function show(name: string): void {
	if (host.state.route !== name.toLowerCase()) host.go(name);
	title.textContent = host.store.page(name)?.originalName ?? name;
	for (const item of Array.from(list.querySelectorAll("button"))) item.setAttribute("aria-current", String(item.dataset.page === name.toLowerCase()));
}

for (const name of Object.keys(pages).sort((a, b) => (a === FIRST_PAGE ? -1 : b === FIRST_PAGE ? 1 : a.localeCompare(b)))) {
	const button = list.createEl("li").createEl("button", { text: name, attr: { "data-page": name.toLowerCase() } });
	button.addEventListener("mousedown", (event) => event.preventDefault());
	button.addEventListener("click", () => show(name));
}
host.open(pages, FIRST_PAGE);
show(FIRST_PAGE);

/** Logseq's command palette: the plugin's palette commands by label; Enter runs one in the block being edited. */
function openPalette(): void {
	if (document.querySelector(".playground-modal-backdrop")) return;
	openSuggest(document.body, {
		title: "Command palette",
		placeholder: "Search for a command",
		items: host.state.commands.map((command) => command.label),
		label: (label) => label,
		choose: (label) => host.palette(label),
	});
}
paletteButton.addEventListener("mousedown", (event) => event.preventDefault());
paletteButton.addEventListener("click", openPalette);
document.addEventListener(
	"keydown",
	(event) => {
		if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.key.toLowerCase() !== "p") return;
		event.preventDefault();
		openPalette();
	},
	true,
);

// Once the plugin has registered everything (its macro renderer comes last), the page is drawn again so that its tool
// chips reach the plugin, and the copilot panel opens from the plugin's toolbar item, as a user would open it.
const ready = window.setInterval(() => {
	const item = toolbar.querySelector<HTMLElement>("[data-on-click]");
	if (!item || !host.state.hooks.some((each) => each.includes("macro"))) return;
	window.clearInterval(ready);
	host.go(host.state.route);
	item.click();
}, 50);
