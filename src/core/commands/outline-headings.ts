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

/** An outline's body rewritten as headings, and the indentation found under its sections ("" where none). */
export interface HeadingsBody {
	lines: string[];
	indent: OutlineIndent;
}

/** The lines of the note's section headings written as bullets (`bullet`) or as plain headings. */
function sectionLines(note: NoteModel, bullet: boolean): Set<number> {
	return new Set(note.headings.filter((heading) => isPageSection(heading) && heading.bullet === bullet).map((heading) => heading.line));
}

/** Logseq → Obsidian: the body's lines from `from`, rewritten. */
export function headingsFromOutline(note: NoteModel, from: number): HeadingsBody {
	const { lines } = note;
	const blocks = new Map<number, OutlineBlock>(note.blocks.map((block) => [block.line, block]));
	const heads = sectionLines(note, true);
	const out: string[] = [];
	const indent = { child: "", text: "" };
	let section: OutlineBlock | null = null;
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		const block = blocks.get(i);
		if (block !== undefined) {
			const heading = heads.has(i) && line.startsWith("- ");
			section = heading ? block : null;
			if (heading) {
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
	return { lines: out, indent };
}

/** Obsidian → Logseq: the body's lines from `from`, rewritten with `indent`. */
export function outlineFromHeadings(note: NoteModel, from: number, indent: OutlineIndent): string[] {
	const { lines } = note;
	const heads = sectionLines(note, false);
	const out: string[] = [];
	let prefix: string | null = null;
	for (let i = from; i < lines.length; i++) {
		const line = lines[i];
		const code = note.codeLines[i] === 1;
		if (heads.has(i)) {
			prefix = indent.text;
			out.push(`- ${line}`);
			continue;
		}
		if (isBlank(line)) {
			// A line of white space only, as between two paragraphs of a section's text, came as it was and goes back
			// as it is: it neither starts a child block nor takes a prefix.
			out.push(line);
			continue;
		}
		const c = line.charCodeAt(0);
		if (prefix !== null && !code && (c === 32 || c === 9 || /^-(?:\s|$)/.test(line))) prefix = indent.child;
		out.push(prefix === null ? line : prefix + line);
	}
	return out;
}
