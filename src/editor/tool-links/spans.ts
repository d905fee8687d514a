/** Small arithmetic on sorted lists of document spans: the visible ranges, what was scanned, what needs scanning again. */

/** A stretch of the document, `to` included (an empty span at a point still counts). */
export interface Span {
	from: number;
	to: number;
}

/** Sorts the spans and merges those that overlap or touch. */
export function mergeSpans(spans: readonly Span[]): Span[] {
	const sorted = [...spans].sort((a, b) => a.from - b.from);
	const merged: Span[] = [];
	for (const span of sorted) {
		const last = merged[merged.length - 1];
		if (last && span.from <= last.to + 1) last.to = Math.max(last.to, span.to);
		else merged.push({ from: span.from, to: span.to });
	}
	return merged;
}

/** The parts of `spans` that `cut` does not cover; both merged and sorted. */
export function subtractSpans(spans: readonly Span[], cut: readonly Span[]): Span[] {
	const out: Span[] = [];
	for (const span of spans) {
		let from = span.from;
		for (const piece of cut) {
			if (piece.to < from || piece.from > span.to) continue;
			if (piece.from > from) out.push({ from, to: piece.from - 1 });
			from = Math.max(from, piece.to + 1);
		}
		if (from <= span.to) out.push({ from, to: span.to });
	}
	return out;
}

/** The parts of `spans` inside `within`; both merged and sorted. */
export function intersectSpans(spans: readonly Span[], within: readonly Span[]): Span[] {
	const out: Span[] = [];
	for (const span of spans) {
		for (const piece of within) {
			const from = Math.max(span.from, piece.from);
			const to = Math.min(span.to, piece.to);
			if (from <= to) out.push({ from, to });
		}
	}
	return mergeSpans(out);
}

/** True when `pos` lies in one of the spans. */
export function inSpans(spans: readonly Span[], pos: number): boolean {
	return spans.some((span) => span.from <= pos && pos <= span.to);
}
