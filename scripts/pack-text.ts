/**
 * Packs the bundled text assets as main.js ships them: a folder's files as `name NUL text NUL …`, UTF-8, deflated, then
 * each 4 bytes written as 5 characters of an alphabet that no JavaScript string needs to escape, about 40% of the
 * text's size. `unpackText` and `unpackFiles` (src/core/library/packed-text.ts) read it back.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync, type ZlibOptions } from "node:zlib";
import { deflateAsync } from "@gfx/zopfli";

/** The 85 characters `(` to `~` without `\` and `` ` ``. */
export const ALPHABET = Array.from({ length: 87 }, (_, i) => String.fromCharCode(40 + i)).filter((c) => c !== "\\" && c !== "`").join("");

/** A folder of files to pack: under `src/core/`, with this extension. */
export interface PackedFolder {
	folder: string;
	extension: string;
}

/** The generated module: the folders whose files it packs together (one stream compresses best), and its constant. */
export interface PackedAsset {
	folders: readonly PackedFolder[];
	module: string;
	constant: string;
	what: string;
}

/** What main.js ships packed: the bundled Handlebars templates, profile pages, tool notes and the longer sentences the plugin says (src/core/wording), in one stream. */
export const PACKED_ASSET: PackedAsset = {
	folders: [
		{ folder: "templates", extension: ".hbs" },
		{ folder: "library/profiles", extension: ".md" },
		{ folder: "library/tools", extension: ".md" },
		{ folder: "wording", extension: ".txt" },
	],
	module: "src/core/library/packed-library.ts",
	constant: "PACKED_LIBRARY",
	what: "The bundled templates, profile pages, tool notes and wording",
};

/** The files of `asset` under `root`, each named by its path under src/core/ (folders in order, names sorted), as `name NUL text` joined by NUL: what `unpackFiles` splits. */
export function assetText(root: string, asset: PackedAsset): string {
	return asset.folders
		.flatMap(({ folder, extension }) => {
			const path = join(root, "src", "core", folder);
			return readdirSync(path)
				.filter((name) => name.endsWith(extension))
				.sort()
				.map((name) => `${folder}/${name}\0${readFileSync(join(path, name), "utf8")}`);
		})
		.join("\0");
}

/** `text` as UTF-8, deflated by zlib (its best by default: see `packedModuleSource` for what ships), written in ALPHABET. */
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

/**
 * The source of `asset`'s generated module, for its files under `root` as they are now: deflated by Zopfli, whose
 * exhaustive search writes the same DEFLATE format 3% smaller than zlib's best (any inflater reads it).
 */
export async function packedModuleSource(root: string, asset: PackedAsset): Promise<string> {
	const packed = packBytes(await deflateAsync(Buffer.from(assetText(root, asset), "utf8"), { numiterations: 15, blocksplitting: true }));
	return (
		`// Written by \`node scripts/pack-text-assets.mjs\` from ${asset.folders.map(({ folder, extension }) => `src/core/${folder}/*${extension}`).join(", ")}: edit those files, then run it again.\n` +
		`/** ${asset.what}, packed (see \`unpackFiles\`): 40% of their size in main.js. */\n` +
		`export const ${asset.constant} = "${packed}";\n`
	);
}
