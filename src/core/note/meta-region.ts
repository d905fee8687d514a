/** The metadata block's lines with their offsets, for code that compares or rewrites metadata as text. */
import type { LineSpan } from "../text/line-spans";
import { readNote, type NoteMetadata } from "./note-model";

/** The metadata lines of a note (front matter between its fences, then page properties) and where its body starts. */
export interface MetaRegion {
	kind: NoteMetadata["kind"];
	lines: LineSpan[];
	/** Offset of the body's first line. */
	bodyStart: number;
}

/** Reads the note (see `readNote`) and lists its metadata lines; never throws. */
export function metaRegion(text: string): MetaRegion {
	const note = readNote(text);
	const { meta, lines, lineStart } = note;
	const span = (i: number): LineSpan => ({ text: lines[i], from: lineStart[i], to: lineStart[i] + lines[i].length, next: i + 1 < lines.length ? lineStart[i + 1] : text.length });
	const spans: LineSpan[] = [];
	for (let i = meta.from; i < meta.to; i++) spans.push(span(i));
	for (let i = meta.close + 1; meta.close !== -1 && i < meta.bodyStart; i++) spans.push(span(i));
	const bodyStart = meta.bodyStart < lines.length ? lineStart[meta.bodyStart] : text.length;
	return { kind: meta.kind, lines: spans, bodyStart };
}
