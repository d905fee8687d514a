/**
 * A vault held in memory: notes by path, kept in step with the core's note indexes as a host keeps them.
 * The playground runs on it; a later host (Logseq) or a test can too. See also `VaultIndex`, the Obsidian host.
 */
import { err, ok, type Result } from "../result";
import type { NoteIndexer, NoteMeta } from "../ports";
import { basename, noteMeta } from "./note-meta";

/** Notes in memory that feed every indexer the notes it wants, at once, on every write. */
export class MemoryVault {
	readonly #notes = new Map<string, string>();
	readonly #listeners = new Set<(path: string) => void>();
	readonly #indexers: readonly NoteIndexer[];

	constructor(indexers: readonly NoteIndexer[] = []) {
		this.#indexers = indexers;
	}

	/** Every note's path, sorted as a file list shows them. */
	paths(): string[] {
		return [...this.#notes.keys()].sort((a, b) => a.localeCompare(b));
	}

	/** The text of the note at `path`, or null when there is none. */
	read(path: string): string | null {
		return this.#notes.get(path) ?? null;
	}

	/** The note's metadata, or null when there is no such note. */
	meta(path: string): NoteMeta | null {
		const text = this.#notes.get(path);
		return text === undefined ? null : noteMeta(path, text);
	}

	/** Creates or replaces a note, then tells the indexes and the listeners. */
	write(path: string, text: string): void {
		if (this.#notes.get(path) === text) return;
		this.#notes.set(path, text);
		this.#feed(path, text);
		this.#changed(path);
	}

	/** Deletes a note; false when there was none. */
	remove(path: string): boolean {
		if (!this.#notes.delete(path)) return false;
		for (const indexer of this.#indexers) indexer.remove(path);
		this.#changed(path);
		return true;
	}

	/** Moves a note to a new path; refuses to overwrite another note. */
	rename(from: string, to: string): Result<void, string> {
		const text = this.#notes.get(from);
		if (text === undefined) return err(`There is no note at ${from}.`);
		if (from === to) return ok(undefined);
		if (this.#notes.has(to)) return err(`A note already exists at ${to}.`);
		this.remove(from);
		this.write(to, text);
		return ok(undefined);
	}

	/** Asks every index again which notes it wants, as after a change of the profiles or tools folder. */
	reindex(): void {
		for (const [path, text] of this.#notes) this.#feed(path, text);
	}

	/**
	 * The note a `[[target]]` written in `from` opens, as Obsidian resolves it: a path, or a file name matched
	 * without regard to case, the one in `from`'s folder first, then the shortest path.
	 */
	resolveLink(target: string, from: string): string | null {
		const wanted = target.trim().replace(/\.md$/i, "").toLowerCase();
		if (wanted === "") return null;
		const byPath = wanted.includes("/");
		const folder = from.slice(0, from.lastIndexOf("/") + 1);
		let best: string | null = null;
		for (const path of this.#notes.keys()) {
			const name = byPath ? path.replace(/\.md$/i, "") : basename(path);
			if (name.toLowerCase() !== wanted) continue;
			if (best === null || rank(path, folder) < rank(best, folder)) best = path;
		}
		return best;
	}

	/** Calls `listener` with the path of every note written, removed or renamed; returns the function that stops it. */
	onChange(listener: (path: string) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#feed(path: string, text: string): void {
		if (!/\.md$/i.test(path)) return;
		const meta = noteMeta(path, text);
		for (const indexer of this.#indexers) {
			if (indexer.wants(meta)) indexer.update(path, text);
			else indexer.remove(path);
		}
	}

	#changed(path: string): void {
		for (const listener of this.#listeners) listener(path);
	}
}

/** Sort key for link candidates: same folder first, then shorter paths, then by name. */
function rank(path: string, folder: string): string {
	const near = path.startsWith(folder) && !path.slice(folder.length).includes("/") ? "0" : "1";
	return `${near}${String(path.length).padStart(6, "0")}${path}`;
}
