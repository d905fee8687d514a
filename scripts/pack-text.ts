/**
 * Packs text as the bundled library is shipped: UTF-8, deflated, then each 4 bytes written as 5 characters of an alphabet
 * that no JavaScript string needs to escape, 40% of the text's size in main.js. `unpackText` (src/core/library) reads it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync, type ZlibOptions } from "node:zlib";

/** The 85 characters `(` to `~` without `\` and `` ` ``. */
export const ALPHABET = Array.from({ length: 87 }, (_, i) => String.fromCharCode(40 + i)).filter((c) => c !== "\\" && c !== "`").join("");

/** The bundled pages' text (the .md files in `root`/src/core/library/profiles) in name order, one per NUL, as `bundledProfiles` splits it. */
export function libraryText(root: string): string {
	const folder = join(root, "src", "core", "library", "profiles");
	return readdirSync(folder).filter((name) => name.endsWith(".md")).sort().map((name) => readFileSync(join(folder, name), "utf8")).join("\0");
}

/** `text` as UTF-8, deflated (zlib's best by default), written in ALPHABET. */
export function packText(text: string, options: ZlibOptions = { level: 9 }): string {
	return packBytes(deflateRawSync(Buffer.from(text, "utf8"), options));
}

/** `bytes` written in ALPHABET, zero-padded to a multiple of 4 (a DEFLATE stream ends at its last block: the zeros are never read). */
export function packBytes(bytes: Uint8Array): string {
	const padded = Buffer.concat([bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4)]);
	let out = "";
	for (let i = 0; i < padded.length; i += 4) {
		let value = padded.readUInt32BE(i);
		let group = "";
		for (let k = 0; k < 5; k++) {
			group = ALPHABET[value % 85] + group;
			value = Math.floor(value / 85);
		}
		out += group;
	}
	return out;
}

/** The source of packed-library.ts for the library in `root` as it is now. */
export function packedLibrarySource(root: string): string {
	return (
		"// Written by `node scripts/pack-library.mjs` from src/core/library/profiles/*.md: edit those pages, then run it again.\n" +
		"/** The bundled profile pages, one per NUL, packed (see `unpackText`): 40% of their size in main.js. */\n" +
		`export const PACKED_PROFILES = "${packText(libraryText(root))}";\n`
	);
}
