/**
 * A Logseq page file as the blocks a file graph loads from it: each bullet of the core's block outline becomes a block
 * whose content is its lines without the bullet and the indentation; page properties become the page's first block, and
 * text before the first bullet (a page written without bullets) one block of its own, as Logseq reads such a file.
 */
import { readNote } from "../../src/core/note";

/** A block as the Logseq tab's host takes it: its content (property lines included, as a file graph keeps them) and children. */
export interface SeedBlock {
	content: string;
	children: SeedBlock[];
}

/** The blocks of the page file `text`. */
export function pageSeeds(text: string): SeedBlock[] {
	const note = readNote(text);
	const { lines, meta } = note;
	const seeds: SeedBlock[] = [];
	if (meta.kind === "properties" && meta.to > meta.from) seeds.push({ content: lines.slice(meta.from, meta.to).join("\n"), children: [] });
	const lead = lines.slice(meta.bodyStart, note.blocks[0]?.line ?? lines.length).join("\n").trim();
	if (lead !== "") seeds.push({ content: lead, children: [] });
	const toSeed = (block: (typeof note.blocks)[number]): SeedBlock => {
		const bullet = lines[block.line];
		const prefix = bullet.slice(0, bullet.indexOf("-"));
		const rest = lines.slice(block.line + 1, block.contentEnd).map((line) => (line.startsWith(prefix) ? line.slice(prefix.length) : line.trimStart()).replace(/^ {1,2}/, ""));
		return { content: [block.text, ...rest].join("\n").trimEnd(), children: block.children.map(toSeed) };
	};
	return [...seeds, ...note.blocks.map(toSeed)];
}
