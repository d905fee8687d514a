// Benchmark page: three identical CodeMirror editors on one 10,000-line note with 2,000 tool links, timed side by side:
// one with the tool-links extension, one without, and one with the cheapest widget there is (an empty span, never
// rebuilt) after the same links, the floor of "a widget after each tool link" against which the extension is judged.
import "../playground/obsidian-theme.css";
import "../test/browser/doubles/obsidian-pane.css";
import "../styles.css";
import { EditorState, StateEffect, StateField, type Extension } from "@codemirror/state";
import { Decoration, EditorView, WidgetType, type DecorationSet } from "@codemirror/view";
import { markdownEditorBasics } from "../test/browser/doubles/markdown-editor";
import { BUNDLED_TOOLS } from "../src/core/library/tools";
import { linksOutsideCode } from "../src/core/tools/link-scanner";
import { resolveToolLink } from "../src/core/tools/resolve-tool-link";
import { ToolCatalog } from "../src/core/tools/tool-catalog";
import { NO_ANNOTATIONS } from "../src/core/tools/tools-section";
import { annotationsField } from "../src/editor/tool-links/annotations-field";
import { refreshToolChips, ToolLinksEditor } from "../src/editor/tool-links/tool-links-editor";
import { installObsidianDom } from "../src/ui/obsidian-dom";

installObsidianDom();

/** One timed update cycle: handling the input up to the drawn update, then CodeMirror's measure passes after it. */
interface Cycle {
  input: number;
  measure: number;
}

declare global {
  interface Window {
    /** Set by this page; driven by bench/tool-links.bench.mjs. */
    toolLinksBench: {
      editors: Record<Name, EditorView>;
      /** Starts timing `name`'s next update cycle (a key press, or a scroll with `scrollTo`). */
      startCycle(name: Name): void;
      /** Scrolls `name` to a fraction of its height. */
      scrollTo(name: Name, fraction: number): void;
      /** Waits two frames, then gives the cycle's times in milliseconds. */
      endCycle(name: Name): Promise<Cycle>;
      /** Resolves once `name` has no deferred work left (a huge Tools section typed in is re-read once typing pauses). */
      settled(name: Name): Promise<void>;
      /** Mean milliseconds per synchronous dispatch of the extension's refresh (a rebuild of every visible line), or of a no-op effect. */
      timeRebuilds(name: Name, count: number): number;
      /** How many chips the extension drew. */
      chips(): number;
      /** How many empty widgets the floor editor draws (one after each tool link in its viewport). */
      floorWidgets(): number;
    };
  }
}

type Name = "with" | "without" | "floor";

const TOOLS = ["Business Model Canvas", "Ansoff Matrix", "Porter’s Five Forces", "Customer Journey Map", "Value Proposition Canvas"];
const lines: string[] = ["# Exotic Pet Rental", "", "## Tools"];
for (let i = 3; i < 10_000; i++) {
  lines.push(i % 5 === 0 ? `- Round ${i}: compare [[${TOOLS[(i / 5) % TOOLS.length]}]] with the plan for [[Customer Persona|personas]] ok.` : `Line ${i}: renting a tortoise for the weekend, with its enclosure and food.`);
}
const note = lines.join("\n");

const catalog = new ToolCatalog(BUNDLED_TOOLS, { toolsFolder: () => "Tools" });
catalog.update("Tools/Business Model Canvas.md", "---\ntype: tool\nsummary: A one-page template of nine building blocks.\n---\n");
const toolLinks = new ToolLinksEditor({
  resolve: (target, _sourcePath, annotations) => resolveToolLink(catalog, target, { annotations }),
  isLivePreview: () => true,
  sourcePath: () => "Ventures/Exotic Pet Rental.md",
  settings: () => ({ toolChips: true, toolSummaryExpanded: false }),
  ports: {
    markdown: {
      render(text, el) {
        el.textContent = text;
        return () => undefined;
      },
    },
    hover: () => undefined,
  },
});

/** The cheapest widget: an empty span that is always equal to itself, so CodeMirror never redraws it. */
class EmptyWidget extends WidgetType {
  override eq(): boolean {
    return true;
  }
  override toDOM(): HTMLElement {
    return document.createElement("span");
  }
}

/** An empty widget after every tool link of the note (where the extension puts its chips), mapped through edits. */
const floorWidgets = StateField.define<DecorationSet>({
  create(state) {
    const deco = Decoration.widget({ widget: new EmptyWidget(), side: 1 });
    const ranges = [];
    for (let n = 1; n <= state.doc.lines; n++) {
      const line = state.doc.line(n);
      for (const link of linksOutsideCode(line.text, line.from)) {
        if (resolveToolLink(catalog, link.target, { annotations: NO_ANNOTATIONS }) !== null) ranges.push(deco.range(link.to));
      }
    }
    return Decoration.set(ranges);
  },
  update: (set, tr) => set.map(tr.changes),
  provide: (field) => EditorView.decorations.from(field),
});

const noop = StateEffect.define<null>();
const cycles = new Map<EditorView, { start: number; input: number; measures: number[] }>();

/**
 * Times every measure pass CodeMirror runs (viewport, decorations, drawing and layout reads) by wrapping the view's
 * own method, which its animation-frame callback calls (internal to CodeMirror, hence the cast).
 */
function timeMeasures(view: EditorView): void {
  const internal = view as unknown as { measure(flush?: boolean): void };
  const measure = internal.measure.bind(view);
  internal.measure = (flush?: boolean) => {
    const start = performance.now();
    measure(flush);
    cycles.get(view)?.measures.push(performance.now() - start);
  };
}

function editor(id: string, extra: Extension): EditorView {
  const view = new EditorView({
    parent: document.getElementById(id) ?? document.body,
    state: EditorState.create({
      doc: note,
      selection: { anchor: 0 },
      extensions: [
        ...markdownEditorBasics(),
        EditorView.lineWrapping,
        EditorView.updateListener.of((update) => {
          const cycle = cycles.get(update.view);
          if (cycle && update.docChanged && cycle.input === 0) cycle.input = performance.now() - cycle.start;
        }),
        extra,
      ],
    }),
  });
  view.contentDOM.addEventListener("keydown", () => {
    const cycle = cycles.get(view);
    if (cycle) cycle.start = performance.now();
  }, { capture: true });
  timeMeasures(view);
  return view;
}

const editors = { with: editor("with", toolLinks.extension), without: editor("without", []), floor: editor("floor", floorWidgets) };
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

window.toolLinksBench = {
  editors,
  startCycle(name) {
    cycles.set(editors[name], { start: performance.now(), input: 0, measures: [] });
  },
  scrollTo(name, fraction) {
    const { scrollDOM } = editors[name];
    scrollDOM.scrollTop = fraction * (scrollDOM.scrollHeight - scrollDOM.clientHeight);
  },
  async endCycle(name) {
    await frame();
    await frame();
    const cycle = cycles.get(editors[name]);
    cycles.delete(editors[name]);
    return { input: cycle?.input ?? 0, measure: (cycle?.measures ?? []).reduce((sum, ms) => sum + ms, 0) };
  },
  async settled(name) {
    while (editors[name].state.field(annotationsField, false)?.stale === true) await new Promise((resolve) => setTimeout(resolve, 20));
  },
  timeRebuilds(name, count) {
    const view = editors[name];
    const effect = name === "with" ? refreshToolChips : noop;
    const start = performance.now();
    for (let i = 0; i < count; i++) view.dispatch({ effects: effect.of(null) });
    return (performance.now() - start) / count;
  },
  chips: () => editors.with.contentDOM.querySelectorAll(".inncopilot-tool-chip").length,
  floorWidgets() {
    const { state, viewport } = editors.floor;
    let count = 0;
    state.field(floorWidgets).between(viewport.from, viewport.to, () => {
      count++;
    });
    return count;
  },
};
