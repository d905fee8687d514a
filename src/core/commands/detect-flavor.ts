/** Guesses whether a vault is a Logseq graph or an Obsidian vault, from its file paths and a sample of its notes. */
import type { Flavor } from "../profile/render";
import { readNote } from "../note";
import { isLogseqConfig } from "../graph/graph-folder";

/** What the detection looks at: every file path, and the text of a few notes. */
export interface VaultSample {
	paths: readonly string[];
	notes: readonly { path: string; text: string }[];
}

/**
 * "logseq" when the vault has Logseq's config (`logseq/config.edn`), or when more sampled notes are outlines
 * (nearly every unindented line a `- ` bullet, or `key:: value` page properties) than Obsidian pages; "obsidian" otherwise.
 */
export function detectVaultFlavor(sample: VaultSample): Flavor {
	if (sample.paths.some(isLogseqConfig)) return "logseq";
	let logseq = 0;
	let obsidian = 0;
	for (const note of sample.notes) {
		const flavor = noteFlavor(note.text);
		if (flavor === "logseq") logseq++;
		else if (flavor === "obsidian") obsidian++;
	}
	return logseq > obsidian ? "logseq" : "obsidian";
}

/** How one note is written, or null when it says nothing either way (empty, or too little text). */
export function noteFlavor(text: string): Flavor | null {
	const note = readNote(text.replace(/^(?:[ \t]*\r?\n)+/, ""));
	// Front matter (closed or not) is Obsidian's, page properties are Logseq's.
	const { kind } = note.meta;
	if (kind !== "none") return kind === "properties" ? "logseq" : "obsidian";
	const lines = note.lines.filter((line) => line.trim() !== "");
	if (lines.length === 0) return null;
	const topLevel = lines.filter((line) => !/^\s/.test(line));
	if (topLevel.length < 2) return null;
	const bulleted = topLevel.filter((line) => /^-( |$)/.test(line)).length;
	return bulleted / topLevel.length >= 0.8 ? "logseq" : "obsidian";
}
