/** What a host knows of a note from its text alone: front matter and tags, as Obsidian's metadata cache reports them. */
import { metaList, readNote } from "../note";
import type { NoteMeta } from "../ports";

/** The metadata of the note at `path` holding `text`: front matter (and Logseq page properties), tags from both and from the body. */
export function noteMeta(path: string, text: string): NoteMeta {
	const note = readNote(text);
	const frontmatter: Record<string, unknown> = {};
	for (const [key, value] of note.meta.values) frontmatter[key] = value;
	const tags = new Set(metaList(note.meta.values, "tags").map((tag) => tag.toLowerCase()));
	for (const link of note.links) if (link.kind === "tag") tags.add(link.target.toLowerCase());
	return { path, basename: basename(path), frontmatter, tags: [...tags] };
}

/** The last segment of a path or link target, without `.md`: "Ventures/Exotic Pet Rental.md" → "Exotic Pet Rental". */
export function basename(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}
