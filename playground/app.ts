/**
 * The playground: the plugin's core, editor extensions and sidebar over an in-memory copy of the demo vault, in a
 * real CodeMirror 6 editor. Only the Obsidian glue is absent; everything the plugin does goes through the same core.
 */
import type { EditorView } from "@codemirror/view";
import { ProfileCatalog } from "../src/core/catalog/profile-catalog";
import { MemoryVault } from "../src/core/host/memory-vault";
import { BUNDLED_PROFILES } from "../src/core/library/profiles";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { isPaletteKey, openPalette, renderToolbar, type PlaygroundCommand } from "./commands";
import { DEMO_NOTES, FIRST_NOTE } from "./demo-notes";
import { buildLayout } from "./layout";
import { NoteEditor } from "./note-editor";
import { NoteList } from "./note-list";
import { installObsidianDom } from "./obsidian-dom";
import { openSuggest } from "./suggest";
import { applyTheme, currentTheme, preferredTheme } from "./theme";
import "./playground.css";
import "../styles.css";

/** What a running playground offers its tests and its entry point. */
export interface Playground {
	/** The live editor (its state changes with the open note). */
	view: EditorView;
	vault: MemoryVault;
	/** Opens a note by vault path. */
	open(path: string): void;
}

/** Builds the playground inside `root` and opens the venture note. */
export function mountPlayground(root: HTMLElement): Playground {
	const doc = root.ownerDocument;
	const win = doc.defaultView ?? window;
	installObsidianDom();
	applyTheme(doc.body, preferredTheme(win));
	const layout = buildLayout(root);

	const settings = () => DEFAULT_SETTINGS;
	const profiles = new ProfileCatalog(BUNDLED_PROFILES, { profilesFolder: () => settings().profilesFolder });
	const vault = new MemoryVault([profiles]);
	for (const [path, text] of Object.entries(DEMO_NOTES)) vault.write(path, text);

	const editor = new NoteEditor(layout.editor, vault, []);
	const list = new NoteList(layout.notes, vault, (path) => editor.open(path));
	editor.onOpen((path) => {
		list.setActive(path);
		layout.noteTitle.textContent = path.replace(/\.md$/i, "");
	});

	const focusEditor = () => editor.view.focus();
	const toggleTheme = () => {
		applyTheme(doc.body, currentTheme(doc.body) === "dark" ? "light" : "dark");
		themeButton.textContent = currentTheme(doc.body) === "dark" ? "Light theme" : "Dark theme";
	};
	const commands: PlaygroundCommand[] = [
		{
			id: "open-note",
			name: "Open another note",
			run: () =>
				openSuggest(layout.overlay, {
					title: "Open a note",
					placeholder: "Type a note name…",
					items: vault.paths(),
					label: (path) => path.replace(/\.md$/i, ""),
					choose: (path) => editor.open(path),
					closed: focusEditor,
				}),
		},
		{ id: "toggle-theme", name: "Toggle light and dark theme", run: toggleTheme },
	];
	commands.sort((a, b) => a.name.localeCompare(b.name));

	const paletteButton = layout.headerActions.createEl("button", { cls: "playground-button", text: "Commands", attr: { title: "Command palette", "aria-keyshortcuts": "Control+P Meta+P" } });
	paletteButton.addEventListener("click", () => openPalette(layout.overlay, commands, focusEditor));
	const themeButton = layout.headerActions.createEl("button", { cls: "playground-button", attr: { "data-command": "toggle-theme" } });
	themeButton.textContent = currentTheme(doc.body) === "dark" ? "Light theme" : "Dark theme";
	themeButton.addEventListener("click", toggleTheme);
	renderToolbar(layout.toolbar, commands);
	doc.addEventListener(
		"keydown",
		(event) => {
			if (!isPaletteKey(event)) return;
			event.preventDefault();
			if (layout.overlay.childElementCount === 0) openPalette(layout.overlay, commands, focusEditor);
		},
		true,
	);
	editor.open(FIRST_NOTE);
	return { view: editor.view, vault, open: (path) => editor.open(path) };
}
