/** Every tool a link can name: the vault's tool notes, kept up to date as a NoteIndexer, and the bundled library behind them. */
import type { NoteIndexer, NoteMeta } from "../ports";
import type { Tool } from "../profile/profile";
import { inFolder, withoutSlashes } from "../graph/graph-folder";
import { basename } from "../host/note-meta";
import { lazy } from "../lazy";
import { foldToolName } from "./tool-names";
import { readToolNote } from "./tool-note";

/** A tool and where it lives: a vault path, or null for a bundled one. See also `CatalogProfile`. */
export interface CatalogTool {
	tool: Tool;
	path: string | null;
}

/** A tool note of the vault: always at a path. */
type VaultTool = CatalogTool & { path: string };

/** Which notes count as tool notes. */
export interface ToolNoteRule {
	/** The folder tool notes live in ("" for none: then only `type: tool` counts). */
	toolsFolder: () => string;
}

/** Holds the vault's tool notes by path and answers by name, alias or path; tells listeners when anything changes. */
export class ToolCatalog implements NoteIndexer {
	readonly #vault = new Map<string, VaultTool>();
	readonly #listeners = new Set<() => void>();
	/** The bundled tools by folded name and alias, indexed on first use rather than at start-up. */
	readonly #bundledNames: () => ReadonlyMap<string, CatalogTool>;
	#vaultNames: Map<string, CatalogTool> | null = null;
	readonly #rule: ToolNoteRule;

	constructor(bundled: () => readonly Tool[], rule: ToolNoteRule) {
		this.#rule = rule;
		this.#bundledNames = lazy(() => nameIndex(bundled().map((tool) => ({ tool, path: null }))));
	}

	/** A tool note: a note in the tools folder, or one whose front matter says `type: tool` (hosts offer Markdown notes only). */
	wants(note: NoteMeta): boolean {
		if (this.#inToolsFolder(note.path)) return true;
		return [note.frontmatter.type].flat().some((value) => typeof value === "string" && value.trim().toLowerCase() === "tool");
	}

	/** Reads a tool note; a note that no longer says it is a tool (and is not in the tools folder) is forgotten. */
	update(path: string, text: string): void {
		const note = readToolNote(text);
		if (!note.typedAsTool && !this.#inToolsFolder(path)) {
			this.remove(path);
			return;
		}
		const tool: Tool = { name: basename(path), aliases: note.aliases, summary: note.summary };
		const known = this.#vault.get(path)?.tool;
		if (known && known.summary === tool.summary && known.aliases.join("\n") === tool.aliases.join("\n")) return;
		this.#vault.set(path, { tool, path });
		this.#changed();
	}

	/** Forgets the tool note at `path`. */
	remove(path: string): void {
		if (this.#vault.delete(path)) this.#changed();
	}

	/** The vault tool note at exactly `path`. */
	byPath(path: string): CatalogTool | undefined {
		return this.#vault.get(path);
	}

	/**
	 * The vault tool note a link target names: by path (`Tools/BMC`, with or without `.md`), else by note name or alias,
	 * compared with `foldToolName`. Two notes of one name: the first by path wins.
	 */
	vaultTool(target: string): CatalogTool | undefined {
		if (target.indexOf("/") !== -1) return this.#byFoldedPath(target);
		return this.#names().get(foldToolName(basename(target)));
	}

	/** The bundled tool a link target names, by name or alias. */
	bundledTool(target: string): CatalogTool | undefined {
		return this.#bundledNames().get(foldToolName(basename(target)));
	}

	/** Calls `listener` after every change; returns the function that stops it. */
	onChange(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#inToolsFolder(path: string): boolean {
		const folder = withoutSlashes(this.#rule.toolsFolder().trim());
		return folder !== "" && inFolder(path, folder);
	}

	#byFoldedPath(target: string): VaultTool | undefined {
		const wanted = foldToolName(target.replace(/^\/+/, "").replace(/\.md$/i, ""));
		let suffixMatch: VaultTool | undefined;
		for (const entry of this.#byPathOrder()) {
			const path = foldToolName(entry.path.replace(/\.md$/i, ""));
			if (path === wanted) return entry;
			if (suffixMatch === undefined && path.endsWith(`/${wanted}`)) suffixMatch = entry;
		}
		return suffixMatch;
	}

	/** The vault's tool notes in path order, so that the first by path wins a shared name. */
	#byPathOrder(): VaultTool[] {
		return [...this.#vault.values()].sort((a, b) => a.path.localeCompare(b.path));
	}

	#names(): Map<string, CatalogTool> {
		this.#vaultNames ??= nameIndex(this.#byPathOrder());
		return this.#vaultNames;
	}

	#changed(): void {
		this.#vaultNames = null;
		for (const listener of [...this.#listeners]) listener();
	}
}

/** Folded names, then folded aliases, to their tool; an earlier entry keeps a name it shares with a later one. */
function nameIndex(entries: readonly CatalogTool[]): Map<string, CatalogTool> {
	const names = new Map<string, CatalogTool>();
	for (const entry of entries) {
		const key = foldToolName(entry.tool.name);
		if (!names.has(key)) names.set(key, entry);
	}
	for (const entry of entries) {
		for (const alias of entry.tool.aliases) {
			const key = foldToolName(alias);
			if (key !== "" && !names.has(key)) names.set(key, entry);
		}
	}
	return names;
}
