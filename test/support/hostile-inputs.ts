/**
 * Text a vault can hold that made scans quadratic (issue 9, "Linear on hostile input"), and every core entry point
 * that reads a note, so that the jest bound (test/core/hostile-input.test.ts) and the benchmark
 * (bench/hostile.bench.mjs) run the same patterns through the same code.
 */
import { bundledTools } from "../../src/core/library/tools";
import { convertProfileFlavor } from "../../src/core/commands/convert-flavor";
import { repairEncoding } from "../../src/core/commands/repair-encoding";
import { readNote } from "../../src/core/note";
import { parseProfile } from "../../src/core/profile/parse";
import { buildSidebarModel, profilesOfNote, questionClick, scanNote } from "../../src/core/sidebar";
import { TemplateEngine } from "../../src/core/templates/template-engine";
import { embedToolSummaries } from "../../src/core/tools/embed-summaries";
import { scanLinks } from "../../src/core/tools/link-scanner";
import { resolveToolLink } from "../../src/core/tools/resolve-tool-link";
import { ToolCatalog } from "../../src/core/tools/tool-catalog";
import { findFields } from "../../src/core/worksheet/find-fields";
import { insertWorksheet } from "../../src/core/worksheet/insert-worksheet";

/** A hostile pattern: a note of about `size` characters. */
export interface HostilePattern {
	name: string;
	note: (size: number) => string;
}

/** Repeats `unit` until the text is `size` characters long. */
function fill(unit: string, size: number): string {
	return unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
}

/** A profile page whose worked examples, definition or name hold `run`, as a vault profile may. */
function profilePage(name: string, definition: string, example: string): string {
	return [`# ${name}`, "## Definition", `- ${definition}`, "## innCoPilot", "- Who pays?", "## Examples", "### A", `- ${example}`, "- Segment: a", "### B", `- ${example}`, "- Segment: b", "## Tools", "- [[Business Model Canvas]]", ""].join("\n");
}

/** Every pattern the issue names, and a few more of the same kind. */
export const HOSTILE_PATTERNS: readonly HostilePattern[] = [
	{ name: "a heading with a long run of spaces before its text ends", note: (size) => `---\nprofiles: [a]\n---\n# a${" ".repeat(size)}b\n` },
	{ name: "one long line of `[[a]]", note: (size) => `## Tools\n${fill("`[[a]]", size)}\n` },
	{ name: "examples with long runs of dots", note: (size) => profilePage("Sales strategy", "How it sells.", `Lead${".".repeat(size / 2)}x`) },
	{ name: "examples with long runs of spaces", note: (size) => profilePage("Sales strategy", "How it sells.", `Lead${" ".repeat(size / 2)}x`) },
	{ name: "a profile name of a long run of digits and a letter", note: (size) => profilePage(`${"1".repeat(size)}a`, "How it sells.", "Lead: x") },
	{ name: "a definition with a long inner run of spaces", note: (size) => profilePage("Sales strategy", `a${" ".repeat(size)}b`, "Lead: x") },
	{ name: "unclosed [[ on every line", note: (size) => fill("- [[ unclosed #tag `code\n", size) },
	{ name: "fences of growing length", note: (size) => fill("````\n```\n## Hidden\n", size) },
	{ name: "an outline nested ever deeper", note: (size) => Array.from({ length: Math.sqrt(size) | 0 }, (_, depth) => `${"  ".repeat(depth)}- ## Q${depth}?`).join("\n") },
	{ name: "front matter of one huge flow list", note: (size) => `---\nprofiles: [${fill('"a, b", ', size)}]\n---\n` },
];

/** An entry point of the core that reads a whole note. */
export interface EntryPoint {
	name: string;
	run: (text: string) => unknown;
}

const engine = new TemplateEngine();
const catalog = new ToolCatalog(bundledTools, { toolsFolder: () => "Tools" });
const lookup = { byName: () => undefined, byPath: () => undefined };

/** Every entry point the benchmark times, in the issue's order. */
export const ENTRY_POINTS: readonly EntryPoint[] = [
	{ name: "parse", run: (text) => parseProfile(text) },
	{ name: "note model", run: (text) => readNote(text).links.length + readNote(text).blocks.length },
	{
		name: "sidebar model",
		run: (text) => {
			const scan = scanNote(text);
			const profile = parseProfile(text);
			const { applied, missing } = profilesOfNote(scan, "a.md", lookup, () => null);
			return buildSidebarModel({ scan, path: "a.md", applied: [...applied, { profile, path: "p.md", reason: "linked" }], missing });
		},
	},
	{ name: "fields", run: (text) => findFields(text) },
	{ name: "worksheet insertion", run: (text) => insertWorksheet(text, { anchor: text.length, head: text.length }, parseProfile(text), engine) },
	{
		name: "question insertion",
		run: (text) => {
			const card = { name: parseProfile(text).name, reason: "page" as const, groups: [] };
			questionClick(text, card, { text: "Who pays?", key: "who pays" }, { cursor: { line: 0, ch: 0 }, flavor: "auto" });
			return questionClick(text, { ...card, reason: "recorded" }, { text: "Who pays?", key: "who pays" }, { cursor: { line: 0, ch: 0 }, flavor: "auto" });
		},
	},
	{ name: "link scanning", run: (text) => scanLinks(text) },
	{ name: "embed", run: (text) => embedToolSummaries(text, (target, annotations) => resolveToolLink(catalog, target, { annotations })) },
	{ name: "convert", run: (text) => convertProfileFlavor(text) },
	{ name: "repair", run: (text) => repairEncoding(text) },
];
