// Browser page: a real CodeMirror 6 editor with the tool-links extension, the real core catalog and the one chip renderer,
// plus a Reading-view section decorated by the same renderer. Markdown and page previews go through test doubles.
import "../../../playground/obsidian-theme.css";
import "../doubles/obsidian-pane.css";
import "../../../styles.css";
import { EditorState, StateEffect, StateField } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { BUNDLED_TOOLS } from "../../../src/core/library/tools";
import { resolveToolLink } from "../../../src/core/tools/resolve-tool-link";
import { ToolCatalog } from "../../../src/core/tools/tool-catalog";
import { NO_ANNOTATIONS } from "../../../src/core/tools/tools-section";
import { addRenderedToolChips } from "../../../src/editor/tool-links/rendered-links";
import { SUMMARY_CLASS, type ChipPorts } from "../../../src/ui/tool-chip";
import { ToolLinksEditor } from "../../../src/editor/tool-links/tool-links-editor";
import { typingBeforeScroll } from "../../../src/editor/typing-before-scroll";
import { markdownEditorBasics, openNoteIn } from "../doubles/markdown-editor";
import { installObsidianDom } from "../../../src/ui/obsidian-dom";

installObsidianDom();

const SOURCE_PATH = "Profiles/Sales strategy.md";

/** What the page offers its spec through `window.toolLinksPage`. */
interface ToolLinksPage {
  view: EditorView;
  catalog: ToolCatalog;
  /** What the doubles saw: links resolved, Markdown rendered and undone, page previews asked for. */
  log: { resolves: number; rendered: string[]; undone: number; hovers: { linktext: string; sourcePath: string }[] };
  /** Replaces the document as opening a note does: not undoable, cursor at the end. */
  openNote(text: string): void;
  /** Switches between Live Preview and Source mode, as Obsidian's editorLivePreviewField does. */
  setLivePreview(on: boolean): void;
  /** Changes the settings and refreshes the editor, as the plugin does when they are saved. */
  setSettings(patch: Partial<{ toolChips: boolean; toolSummaryExpanded: boolean }>): void;
  /** Builds a Reading-view paragraph with these internal links and lets the renderer add chips; returns how many it added. */
  renderReading(links: { href: string; text: string }[]): number;
  /**
   * Builds a Reading-view paragraph linking `href`, followed by a summary block whose rendered Markdown links `href` too
   * (Obsidian runs post-processors on a summary's Markdown as well), and lets the renderer add chips; returns how many.
   */
  renderReadingBesideSummary(href: string): number;
  /** The document position each chip in the editor stands at, in order. */
  chipPositions(): number[];
}

declare global {
  interface Window {
    /** Set by this page; read by test/browser/tool-links.spec.mjs. */
    toolLinksPage: ToolLinksPage;
  }
}

const log: ToolLinksPage["log"] = { resolves: 0, rendered: [], undone: 0, hovers: [] };
const settings = { toolChips: true, toolSummaryExpanded: false };

/** Test double of MarkdownRenderer.render: writes the Markdown as plain text, and counts renders and undos. */
const ports: ChipPorts = {
  markdown: {
    render(text, el) {
      log.rendered.push(text);
      el.textContent = text;
      return () => {
        log.undone++;
      };
    },
  },
  hover(_event, _target, linktext, sourcePath) {
    log.hovers.push({ linktext, sourcePath });
  },
};

const catalog = new ToolCatalog(BUNDLED_TOOLS, { toolsFolder: () => "Tools" });
catalog.update(
  "Tools/Business Model Canvas.md",
  '---\ntype: tool\nsummary: "A one-page template of nine building blocks."\n---\n# Business Model Canvas\n',
);

const setLive = StateEffect.define<boolean>();
/** Test double of Obsidian's editorLivePreviewField. */
const livePreview = StateField.define<boolean>({
  create: () => true,
  update: (on, tr) => tr.effects.reduce((value, effect) => (effect.is(setLive) ? effect.value : value), on),
});

const toolLinks = new ToolLinksEditor({
  resolve(target, _sourcePath, annotations) {
    log.resolves++;
    return resolveToolLink(catalog, target, { annotations });
  },
  isLivePreview: (state) => state.field(livePreview),
  sourcePath: () => SOURCE_PATH,
  settings: () => settings,
  ports,
});
catalog.onChange(() => toolLinks.requestRefresh());

const root = document.getElementById("root") ?? document.body;
const view = new EditorView({
  parent: root,
  state: EditorState.create({
    extensions: [
      ...markdownEditorBasics(),
      EditorView.lineWrapping,
      livePreview,
      toolLinks.extension,
      // As in Obsidian with the plugin loaded: the profile commands register the typing fix for every editor.
      typingBeforeScroll,
    ],
  }),
});
const reading = document.body.createDiv({ attr: { id: "reading" } });

window.toolLinksPage = {
  view,
  catalog,
  log,
  openNote(text) {
    openNoteIn(view, text);
  },
  setLivePreview(on) {
    view.dispatch({ effects: setLive.of(on) });
  },
  setSettings(patch) {
    Object.assign(settings, patch);
    toolLinks.refresh();
  },
  renderReading(links) {
    reading.empty();
    const paragraph = reading.createEl("p");
    for (const link of links) {
      paragraph.append(" see ");
      paragraph.createEl("a", { cls: "internal-link", text: link.text, attr: { "data-href": link.href, href: link.href } });
    }
    const resolve = (target: string) => resolveToolLink(catalog, target, { annotations: NO_ANNOTATIONS });
    return addRenderedToolChips(reading, resolve, { sourcePath: SOURCE_PATH, expanded: settings.toolSummaryExpanded, ports }).length;
  },
  renderReadingBesideSummary(href) {
    reading.empty();
    reading.createEl("p").createEl("a", { cls: "internal-link", text: href, attr: { "data-href": href, href } });
    const summary = reading.createDiv({ cls: SUMMARY_CLASS });
    summary.createEl("p").createEl("a", { cls: "internal-link", text: href, attr: { "data-href": href, href } });
    const resolve = (target: string) => resolveToolLink(catalog, target, { annotations: NO_ANNOTATIONS });
    return addRenderedToolChips(reading, resolve, { sourcePath: SOURCE_PATH, expanded: false, ports }).length;
  },
  chipPositions() {
    return [...view.contentDOM.querySelectorAll(".inncopilot-tool-chip")].map((chip) => view.posAtDOM(chip));
  },
};
view.focus();
