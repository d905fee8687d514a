/**
 * The playground: the plugin's core, editor extensions and sidebar over an in-memory copy of the demo vault, in a
 * real CodeMirror 6 editor. Only the Obsidian glue is absent; everything the plugin does goes through the same core.
 */
import type { EditorView } from "@codemirror/view";
import { ProfileCatalog } from "../src/core/catalog/profile-catalog";
import { graphFolderSource } from "../src/core/graph/graph-folder";
import { GraphPages } from "../src/core/graph/graph-pages";
import { MemoryVault } from "../src/core/host/memory-vault";
import { bundledProfiles } from "../src/core/library/profiles";
import { bundledTools } from "../src/core/library/tools";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { TemplateEngine } from "../src/core/templates/template-engine";
import { ToolCatalog } from "../src/core/tools/tool-catalog";
import { typingBeforeScroll } from "../src/editor/typing-before-scroll";
import { installObsidianDom } from "../src/ui/obsidian-dom";
import { isPaletteKey, openPalette, renderToolbar, type PlaygroundCommand } from "./commands";
import { CopilotPane } from "./copilot-pane";
import { draftingFromQuery, MemoryApiKey, playgroundDrafting } from "./drafting";
import { DEMO_NOTES, FIRST_NOTE } from "./demo-notes";
import { buildLayout } from "./layout";
import { MarkdownRenderer } from "./markdown-renderer";
import { NoteEditor } from "./note-editor";
import { NoteList } from "./note-list";
import { Notices } from "./notices";
import { profileCommands } from "./profile-palette-commands";
import { openSuggest } from "./suggest";
import { applyTheme, currentTheme, preferredTheme, type ThemeName } from "./theme";
import { PlaygroundToolLinks } from "./playground-tool-links";
import { linkClick } from "./link-click";
import { linkedNote, untitledPath } from "./new-notes";
import { createProfileNoteCommand } from "./profile-note-command";
import { SettingsStore } from "./settings-store";
import { openSettingsTab } from "./settings-tab";
import "./obsidian-theme.css";
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
	installObsidianDom();
	applyTheme(doc.body, preferredTheme(doc.defaultView ?? window));
	const layout = buildLayout(root);
	const notices = new Notices(layout.notices);

	const store = new SettingsStore({ ...DEFAULT_SETTINGS, drafting: draftingFromQuery(doc.defaultView?.location.search ?? "") });
	const settings = () => store.get();
	const engine = new TemplateEngine();
	const graph = new GraphPages(graphFolderSource(() => settings().graphFolder, () => Object.keys(DEMO_NOTES)));
	const profiles = new ProfileCatalog(bundledProfiles, { profilesFolder: () => settings().profilesFolder, graph });
	const tools = new ToolCatalog(bundledTools, { toolsFolder: () => settings().toolsFolder });
	const vault = new MemoryVault([profiles, tools]);
	for (const [path, text] of Object.entries(DEMO_NOTES)) vault.write(path, text);

	const open = (path: string) => editor.open(path);
	const openLink = (target: string) => {
		const path = linkedNote(vault, target, editor.path ?? "");
		if (path === null) notices.show(`“${target}” names no note.`);
		else open(path);
	};
	const markdown = new MarkdownRenderer(openLink);
	const toolLinks: PlaygroundToolLinks = new PlaygroundToolLinks({ vault, tools, markdown, notices, settings, sourcePath: (): string => editor.path ?? "" });
	// Every note's editor gets what the plugin registers for every editor: tool chips, and (with the profile commands) the typing fix.
	const editor: NoteEditor = new NoteEditor(layout.editor, vault, [toolLinks.editor.extension, typingBeforeScroll, linkClick(openLink)]);
	const list = new NoteList(layout.notes, vault, open);
	editor.onOpen((path) => {
		list.setActive(path);
		layout.noteTitle.textContent = path.replace(/\.md$/i, "");
	});

	const focusEditor = () => editor.view.focus();
	const commands: PlaygroundCommand[] = profileCommands({ editor, profiles, engine, notices, vault, settings, overlay: layout.overlay });
	const insertTemplate = commands.find((command) => command.id === "insert-profile-template");
	const apiKey = new MemoryApiKey();
	const drafting = playgroundDrafting(settings, apiKey);
	const sidebar = new CopilotPane(layout.sidebar, { vault, profiles, editor, engine, markdown, notices, settings, insertTemplate: insertTemplate ? () => insertTemplate.run() : null, drafting });
	sidebar.follow();
	const showSettings = () => openSettingsTab(layout.overlay, store, vault, apiKey, focusEditor);
	store.onChange(() => {
		vault.reindex();
		toolLinks.editor.requestRefresh();
		sidebar.settingsChanged();
	});
	const newNote = () => {
		const path = untitledPath(vault);
		vault.write(path, "");
		open(path);
	};
	commands.push(
		createProfileNoteCommand({ vault, profiles, engine, notices, settings, overlay: layout.overlay, open, closed: focusEditor }),
		...toolLinks.embedCommands(editor),
		{ id: "open-copilot-sidebar", name: "Open copilot sidebar", run: () => sidebar.open() },
		{
			id: "toggle-copilot-pin",
			name: "Pin or unpin the copilot sidebar",
			run: () => {
				if (!sidebar.togglePin()) notices.show("Open a note first, to pin the copilot sidebar to it.");
			},
		},
		{ id: "new-note", name: "Create new note", run: newNote },
		{ id: "open-settings", name: "Open settings", run: showSettings },
		{
			id: "open-note",
			name: "Open another note",
			run: () =>
				openSuggest(layout.overlay, {
					title: "Open a note",
					placeholder: "Type a note name…",
					items: vault.paths(),
					label: (path) => path.replace(/\.md$/i, ""),
					choose: open,
					closed: focusEditor,
				}),
		},
		{ id: "toggle-theme", name: "Toggle light and dark theme", run: () => toggleTheme() },
	);
	const palette = [...commands].sort((a, b) => a.name.localeCompare(b.name));

	const paletteButton = layout.headerActions.createEl("button", { cls: "playground-button", text: "Commands", attr: { title: "Command palette", "aria-keyshortcuts": "Control+P Meta+P" } });
	paletteButton.addEventListener("click", () => openPalette(layout.overlay, palette, focusEditor));
	const newNoteButton = layout.headerActions.createEl("button", { cls: "playground-button", text: "New note", attr: { "data-command": "new-note" } });
	newNoteButton.addEventListener("click", newNote);
	const settingsButton = layout.headerActions.createEl("button", { cls: "playground-button", text: "Settings", attr: { "data-command": "open-settings" } });
	settingsButton.addEventListener("click", showSettings);
	const themeButton = layout.headerActions.createEl("button", { cls: "playground-button", attr: { "data-command": "toggle-theme" } });
	const toggleTheme = (theme: ThemeName = currentTheme(doc.body) === "dark" ? "light" : "dark") => {
		applyTheme(doc.body, theme);
		themeButton.textContent = currentTheme(doc.body) === "dark" ? "Light theme" : "Dark theme";
	};
	toggleTheme(currentTheme(doc.body));
	themeButton.addEventListener("click", () => toggleTheme());
	renderToolbar(layout.toolbar, commands);
	doc.addEventListener(
		"keydown",
		(event) => {
			if (!isPaletteKey(event)) return;
			event.preventDefault();
			if (layout.overlay.childElementCount === 0) openPalette(layout.overlay, palette, focusEditor);
		},
		true,
	);

	editor.open(FIRST_NOTE);
	sidebar.open();
	layout.panes.connect(() => sidebar.open());
	focusEditor();
	return { view: editor.view, vault, open };
}
