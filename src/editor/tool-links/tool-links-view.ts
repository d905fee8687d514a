/** The view plugin behind Live Preview tool chips: decorations for the visible lines, kept up to date line by line. */
import { RangeSet, RangeValue, StateEffect, StateField, type EditorState, type Range } from "@codemirror/state";
import { Decoration, type DecorationSet, type EditorView, type PluginValue, type ViewUpdate } from "@codemirror/view";
import { linksOutsideCode } from "../../core/tools/link-scanner";
import type { ResolvedTool } from "../../core/tools/resolve-tool-link";
import type { ToolAnnotations } from "../../core/tools/tools-section";
import { annotationsField, rereadAnnotations } from "./annotations-field";
import { codeBlocksField, inCodeBlock } from "./code-blocks-field";
import { listenToChips, type HoverOwner } from "../../ui/tool-chip";
import { inSpans, intersectSpans, mergeSpans, subtractSpans, type Span } from "./spans";
import { ToolChipWidget } from "./tool-chip-widget";
import type { ToolLinksEditor } from "./tool-links-editor";
import { ToolSummaryWidget } from "./tool-summary-widget";

/** Tells an editor that summaries may have changed; dispatched from outside any update. */
export const refreshToolChips = StateEffect.define<null>();

/** Opens or folds the summary of the link that ends at this position (where its chip sits). */
export const toggleSummary = StateEffect.define<number>({ map: (pos, mapping) => mapping.mapPos(pos) });

/** A mark at a link's end: its summary is shown the other way round from the "expand by default" setting. */
class Flipped extends RangeValue {}
const FLIPPED = new Flipped();

/** The links whose chip the user clicked an odd number of times, kept at their ends through every edit. */
export const toggledSummaries = StateField.define<RangeSet<Flipped>>({
	create: () => RangeSet.empty,
	update(marks, tr) {
		let next = marks.map(tr.changes);
		for (const effect of tr.effects) {
			if (!effect.is(toggleSummary)) continue;
			const at = effect.value;
			const had = isFlipped(next, at);
			next = had ? next.update({ filter: (from) => from !== at, filterFrom: at, filterTo: at }) : next.update({ add: [FLIPPED.range(at)] });
		}
		return next;
	},
});

function isFlipped(marks: RangeSet<Flipped>, at: number): boolean {
	let found = false;
	marks.between(at, at, (from) => {
		if (from === at) found = true;
	});
	return found;
}

/** Summaries sit after everything else at the end of their line (a chip there has side 1), in link order. */
const SUMMARY_SIDE = 10;

/** How long typing must pause before a huge Tools section is read again. */
const REREAD_DELAY_MS = 300;

/** Everything that, when it changes, means every visible link must be resolved again. */
interface Frame {
	enabled: boolean;
	expanded: boolean;
	sourcePath: string;
	annotations: ToolAnnotations;
	codeVersion: number;
}

/** A resolved link target and its two chips (summary folded, summary open), one decoration each for every link to it. */
interface Known {
	tool: ResolvedTool;
	chips: [Decoration | null, Decoration | null];
}

/**
 * One editor's chips. Within one frame each link target is resolved once and its chip decoration shared by every link
 * to it, so a scroll or a key press adds only positions. See also `ToolLinksEditor`, which builds it.
 */
export class ToolLinksView implements PluginValue {
	decorations: DecorationSet = Decoration.none;
	/** The visible ranges the decorations were built for, mapped through later changes. */
	#scanned: Span[] = [];
	#frame: Frame;
	/** Link targets resolved in this frame (null: names no tool); emptied whenever the frame changes or a refresh asks. */
	#known = new Map<string, Known | null>();
	#rereadTimer: number | null = null;
	readonly #view: EditorView;
	readonly #owner: ToolLinksEditor;
	readonly #hoverOwner: HoverOwner = { hoverPopover: null };
	readonly #stopListening: () => void;

	constructor(view: EditorView, owner: ToolLinksEditor) {
		this.#view = view;
		this.#owner = owner;
		owner.attach(view);
		this.#stopListening = listenToChips(
			view.contentDOM,
			(chip) => view.dispatch({ effects: toggleSummary.of(view.posAtDOM(chip)) }),
			(event, chip) => this.#hover(event, chip),
		);
		this.#frame = this.#readFrame(view.state);
		this.#rebuild();
	}

	update(update: ViewUpdate): void {
		if (update.docChanged && update.state.field(annotationsField).stale) this.#scheduleReread();
		const frame = this.#readFrame(update.state);
		const refreshed = update.transactions.some((tr) => tr.effects.some((effect) => effect.is(refreshToolChips) || effect.is(toggleSummary)));
		const changed = refreshed || !sameFrame(frame, this.#frame);
		this.#frame = frame;
		if (!frame.enabled) {
			this.decorations = Decoration.none;
			this.#scanned = [];
		} else if (changed) {
			this.#rebuild();
		} else if (update.docChanged || update.selectionSet || update.viewportChanged) {
			this.#patch(update);
		}
	}

	destroy(): void {
		this.#owner.detach(this.#view);
		this.#stopListening();
		if (this.#rereadTimer !== null) window.clearTimeout(this.#rereadTimer);
	}

	/** A hover on a chip asks for the page preview of its tool's note, when the vault has one. */
	#hover(event: MouseEvent, chip: HTMLElement): void {
		const at = this.#view.posAtDOM(chip);
		this.decorations.between(at, at, (from, _to, value) => {
			const { widget } = value.spec as { widget?: unknown };
			const path = widget instanceof ToolChipWidget ? widget.tool.path : null;
			if (from === at && path !== null) this.#owner.host.ports.hover(event, chip, path, this.#frame.sourcePath, this.#hoverOwner);
		});
	}

	/** Re-reads a huge Tools section once typing pauses, from a timer (never from inside an update); each stale edit restarts the wait. */
	#scheduleReread(): void {
		if (this.#rereadTimer !== null) window.clearTimeout(this.#rereadTimer);
		this.#rereadTimer = window.setTimeout(() => {
			this.#rereadTimer = null;
			if (this.#view.state.field(annotationsField).stale) this.#view.dispatch({ effects: rereadAnnotations.of(null) });
		}, REREAD_DELAY_MS);
	}

	#readFrame(state: EditorState): Frame {
		const { host } = this.#owner;
		const settings = host.settings();
		return {
			enabled: settings.toolChips && host.isLivePreview(state),
			expanded: settings.toolSummaryExpanded,
			sourcePath: host.sourcePath(state),
			annotations: state.field(annotationsField).annotations,
			codeVersion: state.field(codeBlocksField).version,
		};
	}

	/** Decorates every visible line from scratch, every target resolved again. */
	#rebuild(): void {
		const visible = this.#visible();
		this.#known.clear();
		this.decorations = Decoration.set(this.#scan(this.#view.state, visible), true);
		this.#scanned = visible;
	}

	/** Maps the decorations through the update, then rescans only the lines it touched and the ranges that came into view. */
	#patch(update: ViewUpdate): void {
		const { state } = update;
		const visible = this.#visible();
		let decorations = this.decorations;
		let scanned = this.#scanned;
		const dirty: Span[] = [];
		if (update.docChanged) {
			decorations = decorations.map(update.changes);
			scanned = scanned
				.map((span) => ({ from: update.changes.mapPos(span.from, 1), to: update.changes.mapPos(span.to, -1) }))
				.filter((span) => span.from <= span.to);
			update.changes.iterChangedRanges((_fromA, _toA, fromB, toB) => dirty.push(lineSpan(state, fromB, toB)));
		}
		if (update.selectionSet || update.docChanged) {
			const before = update.docChanged ? update.startState.selection.map(update.changes) : update.startState.selection;
			for (const range of [...before.ranges, ...state.selection.ranges]) dirty.push(lineSpan(state, range.from, range.to));
		}
		dirty.push(...subtractSpans(visible, mergeSpans(scanned)));
		const rescan = mergeSpans(intersectSpans(mergeSpans(dirty), visible).map((span) => lineSpan(state, span.from, span.to)));
		// Typing moves the viewport's end without any decoration leaving it: the mapped set is kept as it is.
		if (update.viewportChanged && !allInSpans(decorations, visible)) {
			decorations = decorations.update({ filter: (from) => inSpans(visible, from) });
		}
		if (rescan.length > 0) {
			const found = this.#scan(state, rescan);
			if (!sameWidgets(decorations, rescan, found)) {
				decorations = decorations.update({
					filter: (from) => !inSpans(rescan, from),
					filterFrom: rescan[0].from,
					filterTo: rescan[rescan.length - 1].to,
					add: found,
					sort: true,
				});
			}
		}
		this.decorations = decorations;
		this.#scanned = visible;
	}

	/**
	 * A chip after each tool link on the lines of `spans`, except where the selection touches the link; and at the end
	 * of the line, in link order, the summary of each link shown expanded.
	 */
	#scan(state: EditorState, spans: readonly Span[]): Range<Decoration>[] {
		const found: Range<Decoration>[] = [];
		const selection = state.selection.ranges;
		const flipped = state.field(toggledSummaries);
		for (const span of spans) {
			for (let pos = span.from; pos <= span.to; ) {
				const line = state.doc.lineAt(pos);
				pos = line.to + 1;
				if (line.text.indexOf("[[") === -1 || inCodeBlock(state, line.from)) continue;
				const summaries: Range<Decoration>[] = [];
				for (const link of linksOutsideCode(line.text, line.from)) {
					if (selection.some((range) => range.from <= link.to && range.to >= link.from)) continue;
					const known = this.#resolve(link.target);
					if (known === null) continue;
					const expanded = this.#frame.expanded !== isFlipped(flipped, link.to);
					found.push(chipOf(known, expanded).range(link.to));
					if (!expanded) continue;
					const widget = new ToolSummaryWidget(known.tool, this.#frame.sourcePath, this.#owner.host.ports);
					summaries.push(Decoration.widget({ widget, side: SUMMARY_SIDE + summaries.length }).range(line.to));
				}
				found.push(...summaries);
			}
		}
		return found;
	}

	/** What `target` names in this frame, resolved on first sight. */
	#resolve(target: string): Known | null {
		let known = this.#known.get(target);
		if (known === undefined) {
			const { sourcePath, annotations } = this.#frame;
			const tool = this.#owner.host.resolve(target, sourcePath, annotations);
			known = tool === null ? null : { tool, chips: [null, null] };
			this.#known.set(target, known);
		}
		return known;
	}

	#visible(): Span[] {
		return mergeSpans(this.#view.visibleRanges);
	}
}

/** The shared chip decoration of a known target, made on first use. */
function chipOf(known: Known, expanded: boolean): Decoration {
	const index = expanded ? 1 : 0;
	return (known.chips[index] ??= Decoration.widget({ widget: new ToolChipWidget(known.tool, expanded), side: 1 }));
}

/** True when every decoration starts inside `spans`. */
function allInSpans(decorations: DecorationSet, spans: readonly Span[]): boolean {
	for (const cursor = decorations.iter(); cursor.value !== null; cursor.next()) {
		if (!inSpans(spans, cursor.from)) return false;
	}
	return true;
}

/** True when the chips already in `spans` are the ones just found (same places, equal decorations): nothing to replace. */
function sameWidgets(decorations: DecorationSet, spans: readonly Span[], found: readonly Range<Decoration>[]): boolean {
	let index = 0;
	let same = true;
	for (const span of spans) {
		decorations.between(span.from, span.to, (from, _to, value) => {
			const next = found[index++];
			if (!next || next.from !== from || !next.value.eq(value)) same = false;
			return same ? undefined : false;
		});
		if (!same) return false;
	}
	return index === found.length;
}

/** True when two frames hold the same values, field by field. */
function sameFrame(a: Frame, b: Frame): boolean {
	return (Object.keys(a) as (keyof Frame)[]).every((key) => a[key] === b[key]);
}

/** The whole lines from the one holding `from` to the one holding `to`. */
function lineSpan(state: EditorState, from: number, to: number): Span {
	return { from: state.doc.lineAt(from).from, to: state.doc.lineAt(to).to };
}
