/** What a host knows of a note from its text alone: front matter and tags, as Obsidian's metadata cache reports them. */
import { metaList, readMetaBlock } from "../text/front-matter";
import type { NoteMeta } from "../ports";

/** `#tag` in the body: after a line start or white space, letters, digits, `_`, `-` and `/`, not digits only. */
const BODY_TAG = /(?:^|\s)#([\p{L}\p{N}_/-]+)/gu;
const FENCE = /^\s*(```|~~~)/;

/** The metadata of the note at `path` holding `text`: front matter (and Logseq page properties), tags from both. */
export function noteMeta(path: string, text: string): NoteMeta {
	const lines = text.split(/\r?\n/);
	const { meta, next } = readMetaBlock(lines);
	const frontmatter: Record<string, unknown> = {};
	for (const [key, value] of meta) frontmatter[key] = value;
	const tags = new Set(metaList(meta, "tags").map((tag) => tag.toLowerCase()));
	let fence = "";
	for (let i = next; i < lines.length; i++) {
		const opening = FENCE.exec(lines[i]);
		if (opening && (fence === "" || opening[1] === fence)) {
			fence = fence === "" ? opening[1] : "";
			continue;
		}
		if (fence !== "" || lines[i].indexOf("#") === -1) continue;
		for (const match of lines[i].matchAll(BODY_TAG)) {
			if (!/^\d+$/.test(match[1])) tags.add(match[1].toLowerCase());
		}
	}
	return { path, basename: basename(path), frontmatter, tags: [...tags] };
}

/** The last segment of a path or link target, without `.md`: "Ventures/Exotic Pet Rental.md" → "Exotic Pet Rental". */
export function basename(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}
