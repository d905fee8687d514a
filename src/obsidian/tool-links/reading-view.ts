/** Reading view: a Markdown post-processor that puts the same chip as Live Preview after each rendered tool link. */
import { MarkdownRenderChild, type App, type MarkdownPostProcessorContext } from "obsidian";
import { splitLines } from "../../core/text/lines";
import type { ResolvedTool } from "../../core/tools/resolve-tool-link";
import { NO_ANNOTATIONS, readToolAnnotations, type ToolAnnotations } from "../../core/tools/tools-section";
import { addRenderedToolChips } from "../../editor/tool-links/rendered-links";
import { hoverPort, markdownPort } from "../render-ports";

/** Resolves a link in the note at `sourcePath`. */
export type Resolve = (target: string, sourcePath: string, annotations: ToolAnnotations) => ResolvedTool | null;

/** Decorates rendered sections; remembers the annotations of the last note read, since a note renders section by section. */
export class ReadingViewChips {
	#lastText: string | null = null;
	#lastAnnotations: ToolAnnotations = NO_ANNOTATIONS;
	readonly #app: App;
	readonly #resolve: Resolve;
	readonly #settings: () => { toolChips: boolean; toolSummaryExpanded: boolean };

	constructor(app: App, resolve: Resolve, settings: () => { toolChips: boolean; toolSummaryExpanded: boolean }) {
		this.#app = app;
		this.#resolve = resolve;
		this.#settings = settings;
	}

	/** The post-processor: chips after the section's tool links, undone when Obsidian unloads the section (one child per section with chips). */
	process(el: HTMLElement, ctx: MarkdownPostProcessorContext): void {
		const { toolChips, toolSummaryExpanded } = this.#settings();
		if (!toolChips || el.querySelector("a.internal-link") === null) return;
		const annotations = this.#annotationsOf(ctx.getSectionInfo(el)?.text ?? null);
		const holder = new MarkdownRenderChild(el);
		const ports = { markdown: markdownPort(this.#app, holder), hover: hoverPort(this.#app) };
		const resolve = (target: string) => this.#resolve(target, ctx.sourcePath, annotations);
		const disposers = addRenderedToolChips(el, resolve, { sourcePath: ctx.sourcePath, expanded: toolSummaryExpanded, ports });
		if (disposers.length === 0) return;
		ctx.addChild(holder);
		for (const dispose of disposers) holder.register(dispose);
	}

	#annotationsOf(text: string | null): ToolAnnotations {
		if (text === null) return NO_ANNOTATIONS;
		if (text !== this.#lastText) {
			this.#lastText = text;
			this.#lastAnnotations = readToolAnnotations(splitLines(text));
		}
		return this.#lastAnnotations;
	}
}
