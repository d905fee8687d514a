/**
 * The body of a profile page between Logseq's outline and Obsidian's headings, line by line: a section's `- ## `
 * heading block (see `isPageSection`) loses its bullet and the lines under it lose one step of indentation; the way
 * back puts both back. Lines before the first section, blank lines and lines of no section stay exactly as they are.
 */
import type { NoteModel, OutlineBlock } from "../note";
import { isPageSection } from "../profile/profile-sections";
import { isBlank } from "../text/lines";

/** How an outline indents: `child` before every line of a child block, `text` before the lines that continue a section's heading block. */
export interface OutlineIndent {
	child: string;
	text: string;
}

/** Rewritten body lines, how many sections they hold, and (from an outline) the indentation found, "" where none. */
export interface RewrittenBody {
	lines: string[];
	sections: number;
	indent: OutlineIndent;
}

/** The lines of the note's section headings written as bullets (`bullet`) or as plain headings. */
function sectionLines(note: NoteModel, bullet: boolean): Set<number> {
	return new Set(note.headings.filter((heading) => isPageSection(heading) && heading.bullet === bullet).map((heading) => heading.line));
}

/** Logseq → Obsidian: the body's lines from `from`, rewritten. */
export function headingsFromOutline(note: NoteModel, from: number): RewrittenBody {
	const { lines } = note;
	const blocks = new Map<number, OutlineBlock>(note.blocks.map((block) => [block.line, block]));
	const heads = sectionLines(note, true);
	const out: string[] = [];
	const indent = { child: "", text: "" };
	let sections = 0;
	let section: OutlineBlock | null = null;
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		const block = blocks.get(i);
		if (block !== undefined) {
			const heading = heads.has(i) && line.startsWith("- ");
			section = heading ? block : null;
			if (heading) {
				sections++;
				out.push(line.slice(2));
				continue;
			}
		}
		if (section !== null && i >= section.end) section = null;
		const step = section === null || isBlank(line) ? "" : (/^(?:\t| {2})/.exec(line)?.[0] ?? "");
		if (section !== null) {
			const area = i < section.contentEnd ? "text" : "child";
			indent[area] ||= step;
		}
		out.push(line.slice(step.length));
	}
	return { lines: out, sections, indent };
}

/** Obsidian → Logseq: the body's lines from `from`, rewritten with `indent`. */
export function outlineFromHeadings(note: NoteModel, from: number, indent: OutlineIndent): RewrittenBody {
	const { lines } = note;
	const heads = sectionLines(note, false);
	const out: string[] = [];
	let sections = 0;
	let prefix = "";
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		const code = note.codeLines[i] === 1;
		if (heads.has(i)) {
			sections++;
			prefix = indent.text;
			out.push(`- ${line}`);
			continue;
		}
		const c = line.charCodeAt(0);
		if (sections > 0 && !code && (c === 32 || c === 9 || /^-(?:\s|$)/.test(line))) prefix = indent.child;
		out.push(sections === 0 || isBlank(line) ? line : prefix + line);
	}
	return { lines: out, sections, indent };
}
