/** Page metadata: YAML front matter (Obsidian) and `key:: value` page properties (Logseq), read leniently. */

/** Metadata keys, lower-cased, with their values; list values keep their items. */
export type PageMeta = Map<string, string | string[]>;

/** Where the page's metadata ends, and what it said. */
export interface MetaBlock {
	meta: PageMeta;
	/** Index of the first line after the metadata. */
	next: number;
	/** Problems a user should know of (an unclosed front matter block). */
	warnings: string[];
}

const PROPERTY = /^([A-Za-z][\w-]*):: ?(.*)$/;
const YAML_PAIR = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$/;

/** Reads front matter (between `---` lines) and Logseq page properties at the top of `lines`. */
export function readMetaBlock(lines: readonly string[]): MetaBlock {
	const meta: PageMeta = new Map();
	const warnings: string[] = [];
	let i = 0;
	if (lines.length > 0 && lines[0].trimEnd() === "---") {
		const close = findFrontMatterEnd(lines);
		if (close === -1) {
			warnings.push("The front matter starting on line 1 is never closed with ---; it was read as text.");
		} else {
			readYaml(lines, 1, close, meta);
			i = close + 1;
		}
	}
	while (i < lines.length) {
		const match = PROPERTY.exec(lines[i]);
		if (!match) break;
		meta.set(match[1].toLowerCase(), match[2].trim());
		i++;
	}
	return { meta, next: i, warnings };
}

/** The first string value of a metadata key, or "". */
export function metaString(meta: PageMeta, key: string): string {
	const value = meta.get(key);
	if (value === undefined) return "";
	return Array.isArray(value) ? (value[0] ?? "") : value;
}

/** A metadata value as a list: YAML lists as they are, comma-separated strings split, `#tags` and `[[links]]` unwrapped. */
export function metaList(meta: PageMeta, key: string): string[] {
	const value = meta.get(key);
	if (value === undefined) return [];
	const items = Array.isArray(value) ? value : value.split(",");
	return items.map((item) => item.trim().replace(/^#/, "").replace(/^\[\[(.*)\]\]$/, "$1")).filter((item) => item.length > 0);
}

/** Quotes a string for YAML so that any text reads back unchanged. */
export function yamlString(value: string): string {
	return JSON.stringify(value);
}

function findFrontMatterEnd(lines: readonly string[]): number {
	const limit = Math.min(lines.length, 1000);
	for (let k = 1; k < limit; k++) {
		const line = lines[k].trimEnd();
		if (line === "---" || line === "...") return k;
	}
	return -1;
}

function readYaml(lines: readonly string[], from: number, to: number, meta: PageMeta): void {
	let listKey = "";
	for (let k = from; k < to; k++) {
		const line = lines[k];
		const item = /^\s*-\s+(.*)$/.exec(line);
		if (item && listKey) {
			const list = meta.get(listKey);
			const value = unquote(item[1]);
			if (Array.isArray(list)) list.push(value);
			else meta.set(listKey, [value]);
			continue;
		}
		const pair = YAML_PAIR.exec(line);
		if (!pair) continue;
		const key = pair[1].toLowerCase();
		const raw = (pair[2] ?? "").trim();
		listKey = raw === "" ? key : "";
		if (raw === "") continue;
		if (raw.startsWith("[") && raw.endsWith("]")) {
			meta.set(key, raw.slice(1, -1).split(",").map((v) => unquote(v.trim())).filter((v) => v.length > 0));
		} else {
			meta.set(key, unquote(raw));
		}
	}
}

function unquote(value: string): string {
	if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
		try {
			const parsed: unknown = JSON.parse(value);
			if (typeof parsed === "string") return parsed;
		} catch {
			return value.slice(1, -1);
		}
	}
	if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
	return value;
}
