/** Reads the bundled text assets, packed as `scripts/pack-text.ts` packs them: UTF-8, deflated, written in 85 printable characters. */
import { lazy } from "../lazy";
import { inflateRaw } from "./inflate-raw";
import { PACKED_LIBRARY } from "./packed-library";

/** The digit of one character of the alphabet `(` to `~` without `\` and `` ` ``, so no string escape is ever needed. */
function digit(code: number): number {
	return code - 40 - (code > 92 ? 1 : 0) - (code > 96 ? 1 : 0);
}

/** The text that `packText` (scripts/pack-text.ts) packed: each 5 characters are 4 bytes of the deflated stream, most significant first. */
export function unpackText(packed: string): string {
	const bytes = new Uint8Array((packed.length / 5) * 4);
	for (let i = 0, o = 0; i < packed.length; i += 5) {
		let value = 0;
		for (let k = 0; k < 5; k++) value = value * 85 + digit(packed.charCodeAt(i + k));
		for (let shift = 24; shift >= 0; shift -= 8) bytes[o++] = value >>> shift;
	}
	return new TextDecoder().decode(inflateRaw(bytes));
}

/** The files of a packed folder (`name NUL text NUL …`, as scripts/pack-text.ts joins them) by file name. */
export function unpackFiles(packed: string): Map<string, string> {
	const parts = unpackText(packed).split("\0");
	const files = new Map<string, string>();
	for (let i = 0; i + 1 < parts.length; i += 2) files.set(parts[i], parts[i + 1]);
	return files;
}

/** The bundled files (templates, profile pages, tool notes) by their path under src/core/, unpacked once, on first use. */
export const bundledFiles = lazy(() => unpackFiles(PACKED_LIBRARY));

/** The bundled files in `folder` (a path under src/core/, such as "library/tools"): each file's name there, and its text. */
export function bundledFolder(folder: string): [string, string][] {
	const prefix = `${folder}/`;
	return [...bundledFiles()].filter(([path]) => path.startsWith(prefix)).map(([path, text]) => [path.slice(prefix.length), text]);
}
