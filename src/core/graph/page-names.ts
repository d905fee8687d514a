/** Logseq's file names for pages: `___` joins namespaces, and characters a file system dislikes are URL-escaped. */

/** Characters Logseq escapes in a file name (besides `/`, written `___`). */
const ESCAPED = /[%?*"<>|:\\#]/g;

/** `profile-(id)___pricing%3F` → `profile-(id)/pricing?`. Malformed escapes are kept as written. */
export function pageNameOfFile(basename: string): string {
	const joined = basename.split("___").join("/");
	return joined.indexOf("%") === -1 ? joined : joined.replace(/(?:%[0-9A-Fa-f]{2})+/g, decodeRun);
}

/** The file name (without `.md`) Logseq gives the page `name`. See also `pageNameOfFile`, its inverse. */
export function fileNameOfPage(name: string): string {
	return name.replace(ESCAPED, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`).split("/").join("___");
}

/** The form page names are compared in: trimmed, lower-cased, runs of spaces folded, as Logseq finds pages. */
export function pageKey(name: string): string {
	return name.trim().toLowerCase().replace(/\s+/g, " ");
}

/** The page name a link, tag or embed target names: `#`, `[[x]]` brackets and an `|alias` tail removed. */
export function linkedPageName(target: string): string {
	let name = target.trim().replace(/^#/, "");
	if (name.startsWith("[[") && name.endsWith("]]")) name = name.slice(2, -2);
	const bar = name.indexOf("|");
	return (bar === -1 ? name : name.slice(0, bar)).trim();
}

function decodeRun(run: string): string {
	try {
		return decodeURIComponent(run);
	} catch {
		return run;
	}
}
