/** Turns a link target into the summary to show beside it: the vault's tool note, else the note's own annotation, else the bundled library. */
import type { CatalogTool, ToolCatalog } from "./tool-catalog";
import { basename } from "../host/note-meta";
import { foldToolName } from "./tool-names";
import type { ToolAnnotations } from "./tools-section";

/** Where a summary came from: a tool note in the vault, the linking note's own Tools section, or the bundled library. */
export type SummarySource = "vault" | "note" | "bundled";

/** The summary shown for one tool link. */
export interface ResolvedTool {
	/** The tool's name as its source spells it. */
	name: string;
	/** Markdown, at most `SUMMARY_LIMIT` characters, ending in "…" when it was cut. */
	summary: string;
	source: SummarySource;
	/** The vault's tool note, for a page preview on hover; null when the vault has none. */
	path: string | null;
}

/** What a link means beyond its text. */
export interface LinkContext {
	/** The linking note's own summaries (see `readToolAnnotations`). */
	annotations: ToolAnnotations;
	/** The note the host resolves the link to: its path, null when no note exists, undefined when the host cannot tell. */
	linkedPath?: string | null;
}

/** The longest summary shown, in characters; longer ones are cut at a word and end in "…". */
export const SUMMARY_LIMIT = 600;

/**
 * The summary for a link to `target` (the link's note name, without `#heading` or `|label`), or null when the link
 * names no tool. A link the host resolves to a note that is not a tool gets nothing.
 */
export function resolveToolLink(catalog: ToolCatalog, target: string, context: LinkContext): ResolvedTool | null {
	const own = basename(target).trim();
	if (own === "") return null;
	const { linkedPath } = context;
	const linked = typeof linkedPath === "string";
	const vault = linked ? catalog.byPath(linkedPath) : catalog.vaultTool(target);
	if (linked && vault === undefined) return null;
	const bundled = catalog.bundledTool(target) ?? (vault ? bundledFor(catalog, vault) : undefined);
	const path = vault?.path ?? null;
	if (vault && vault.tool.summary.trim() !== "") return shown(vault.tool.name, vault.tool.summary, "vault", path);
	const annotation = annotationFor(context.annotations, target, vault, bundled);
	const name = vault?.tool.name ?? bundled?.tool.name ?? own;
	if (annotation !== undefined) return shown(name, annotation, "note", path);
	if (bundled) return shown(name, bundled.tool.summary, "bundled", path);
	return null;
}

/** Cuts a summary to `limit` characters at a word boundary, never inside a `[[link]]`, and marks the cut with "…". */
export function capSummary(text: string, limit = SUMMARY_LIMIT): string {
	const trimmed = text.trim();
	if (trimmed.length <= limit) return trimmed;
	let cut = trimmed.slice(0, limit);
	const space = cut.search(/\s\S*$/);
	if (space > limit / 2) cut = cut.slice(0, space);
	else if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
	const open = cut.lastIndexOf("[[");
	if (open !== -1 && open > cut.lastIndexOf("]]")) cut = cut.slice(0, open);
	return `${cut.replace(/[\s,;:.–—-]+$/, "")}…`;
}

function shown(name: string, summary: string, source: SummarySource, path: string | null): ResolvedTool {
	return { name, summary: capSummary(summary), source, path };
}

/** The bundled tool a vault tool note stands for, by the note's name or one of its aliases. */
function bundledFor(catalog: ToolCatalog, vault: CatalogTool): CatalogTool | undefined {
	for (const name of [vault.tool.name, ...vault.tool.aliases]) {
		const bundled = catalog.bundledTool(name);
		if (bundled) return bundled;
	}
	return undefined;
}

/** The note's own summary under a link to this tool, under any of the tool's names. */
function annotationFor(
	annotations: ToolAnnotations,
	target: string,
	...tools: (CatalogTool | undefined)[]
): string | undefined {
	if (annotations.size === 0) return undefined;
	const names = [basename(target)];
	for (const tool of tools) if (tool) names.push(tool.tool.name, ...tool.tool.aliases);
	for (const name of names) {
		const summary = annotations.get(foldToolName(name));
		if (summary !== undefined) return summary;
	}
	return undefined;
}
