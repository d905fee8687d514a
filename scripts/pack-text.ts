/**
 * Packs the bundled text assets as main.js ships them: a folder's files as `name NUL text NUL …`, UTF-8, deflated, then
 * each 4 bytes written as 5 characters of an alphabet that no JavaScript string needs to escape, about 40% of the
 * text's size. `unpackText` and `unpackFiles` (src/core/library/packed-text.ts) read it back.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync, type ZlibOptions } from "node:zlib";

/** The 85 characters `(` to `~` without `\` and `` ` ``. */
export const ALPHABET = Array.from({ length: 87 }, (_, i) => String.fromCharCode(40 + i)).filter((c) => c !== "\\" && c !== "`").join("");

/** One generated module: the folder whose files it packs, and the constant it exports them as. */
export interface PackedAsset {
	folder: string;
	extension: string;
	module: string;
	constant: string;
	what: string;
}

/** Every packed asset: the bundled profile pages and the bundled Handlebars templates. */
export const PACKED_ASSETS: readonly PackedAsset[] = [
	{ folder: "src/core/library/profiles", extension: ".md", module: "src/core/library/packed-profiles.ts", constant: "PACKED_PROFILES", what: "The bundled profile pages" },
	{ folder: "src/core/templates", extension: ".hbs", module: "src/core/templates/packed-templates.ts", constant: "PACKED_TEMPLATES", what: "The bundled Handlebars templates" },
];

/** The files of `asset` under `root`, in name order, as `name NUL text` joined by NUL: what `unpackFiles` splits. */
export function assetText(root: string, asset: PackedAsset): string {
	const folder = join(root, asset.folder);
	return readdirSync(folder)
		.filter((name) => name.endsWith(asset.extension))
		.sort()
		.map((name) => `${name}\0${readFileSync(join(folder, name), "utf8")}`)
		.join("\0");
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

/** The source of `asset`'s generated module, for its files under `root` as they are now. */
export function packedModuleSource(root: string, asset: PackedAsset): string {
	return (
		`// Written by \`node scripts/pack-text-assets.mjs\` from ${asset.folder}/*${asset.extension}: edit those files, then run it again.\n` +
		`/** ${asset.what}, packed (see \`unpackFiles\`): 40% of their size in main.js. */\n` +
		`export const ${asset.constant} = "${packText(assetText(root, asset))}";\n`
	);
}
