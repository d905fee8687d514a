/** The few things the core needs from a host (Obsidian today, Logseq later), as small interfaces each host implements once. */

/** What a host knows about a note without reading it: enough to decide whether an index wants it. */
export interface NoteMeta {
	path: string;
	/** The file name without folder or extension. */
	basename: string;
	/** The note's front matter, as the host parsed it; empty when it has none. */
	frontmatter: Record<string, unknown>;
	/** The note's tags without the leading `#`, from front matter and body. */
	tags: string[];
}

/** An index kept up to date with the vault's notes by the host. See also `ProfileCatalog`. */
export interface NoteIndexer {
	/** Whether a note belongs in this index, judged from its metadata alone (cheap, called for every note). */
	wants(note: NoteMeta): boolean;
	/** Reads (or re-reads) a wanted note's text into the index. */
	update(path: string, text: string): void;
	/** Forgets a note: deleted, renamed away, or no longer wanted. */
	remove(path: string): void;
	/** Does up to `count` pieces of deferred reading (as after a first build, between yields); true while more remain. */
	prepare?(count: number): boolean;
}

/**
 * Reads notes and follows links as a host's vault does; the copilot sidebar reads key pages through it.
 * Obsidian's vault implements it in src/obsidian/vault-notes.ts; `MemoryVault` is its in-memory twin (test/contract checks both).
 */
export interface NoteReader {
	/** The text of the Markdown note at `path`, or null when there is none; a host may answer later. */
	read(path: string): string | null | Promise<string | null>;
	/** The path of the note a link to `target`, written in the note at `fromPath`, opens; null when it opens none. */
	resolveLink(target: string, fromPath: string): string | null;
}
