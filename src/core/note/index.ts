/**
 * The one model of a note's structure. `readNote(text)` reads, in one pass: the metadata block (YAML front matter or
 * Logseq page properties) with its values and any problem reading it; fenced code; the heading tree (ATX and Logseq
 * `- ## ` headings at every level, each with the lines its section covers); the Logseq block outline (bullets, their
 * children, their `key:: value` properties); and the links. Hosts (Obsidian, Logseq) and features import from here.
 */
export { lineText, metaProblem, readNote, offsetAt, type CodeBlock, type NoteMetadata, type NoteModel } from "./note-model";
export { isTopLevel, sectionsAt, type Heading, type Section } from "./headings";
export { lineLinks, type NoteLink } from "./links";
export { KeptLinkTargets, linkTargets } from "./link-targets";
export { rereadNote, type LineEdit, type NoteChange } from "./note-edit";
export { PROPERTY_LINE, type OutlineBlock } from "./outline";
export { metaList, metaString, readFrontMatter, yamlString, type FrontMatter, type MetaEntry, type MetaProblem, type PageMeta } from "./front-matter";
