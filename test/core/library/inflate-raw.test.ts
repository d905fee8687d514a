import fc from "fast-check";
import { constants, deflateRawSync, type ZlibOptions } from "node:zlib";
import { inflateRaw } from "../../../src/core/library/inflate-raw";
import { fixture } from "../../support/fixtures";

/** Every way node's zlib writes a block: stored (level 0), fixed and dynamic codes, Huffman only, run-length, small windows. */
const OPTIONS: ZlibOptions[] = [
	{ level: 0 },
	{ level: 1 },
	{ level: 6 },
	{ level: 9 },
	{ level: 9, strategy: constants.Z_FIXED },
	{ level: 9, strategy: constants.Z_HUFFMAN_ONLY },
	{ level: 9, strategy: constants.Z_RLE },
	{ level: 9, windowBits: 9, memLevel: 1 },
];

function roundTrip(bytes: Uint8Array, options: ZlibOptions): Uint8Array {
	return inflateRaw(new Uint8Array(deflateRawSync(bytes, options)));
}

/** Text with the repeats DEFLATE's back-references are for: words drawn from a few, at any distance. */
const repetitive = fc.array(fc.constantFrom("the ", "sales ", "strategy", "\n- ", "## ", "üîç", "💡", "a".repeat(300), " "), { maxLength: 400 }).map((words) => words.join(""));

describe("inflateRaw", () => {
	it("gives back what node's zlib deflated, for any bytes and every kind of block", () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(...OPTIONS), (bytes, options) => {
				expect(roundTrip(bytes, options)).toEqual(bytes);
			}),
			{ numRuns: 300 },
		);
	});

	it("gives back repetitive text, where back-references reach far and overlap their own output", () => {
		fc.assert(
			fc.property(repetitive, fc.constantFrom(...OPTIONS), (text, options) => {
				const bytes = new TextEncoder().encode(text);
				expect(roundTrip(bytes, options)).toEqual(bytes);
			}),
			{ numRuns: 300 },
		);
	});

	it("reads the seed profile, an empty stream, and stored blocks past 64 KiB", () => {
		const seed = new TextEncoder().encode(fixture("logseq-seed-sales-strategy.md"));
		const large = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 251);
		for (const bytes of [seed, new Uint8Array(0), large]) {
			for (const options of OPTIONS) expect(roundTrip(bytes, options)).toEqual(bytes);
		}
	});

	it("refuses a stream cut short, a reserved block type, a bad stored length and a reference before the start", () => {
		const whole = deflateRawSync(Buffer.from("profile ".repeat(50)), { level: 9 });
		expect(() => inflateRaw(new Uint8Array(whole.subarray(0, whole.length - 3)))).toThrow(/ends before its last block/);
		expect(() => inflateRaw(Uint8Array.of(0b111))).toThrow(/reserved type 3/);
		expect(() => inflateRaw(Uint8Array.of(0b001, 5, 0, 5, 0))).toThrow(/length check fails/);
		// A fixed block whose first symbol is a length (257: the 7-bit code 0000001) with distance code 0: nothing to copy yet.
		expect(() => inflateRaw(Uint8Array.of(0b00000011, 0b00000010, 0))).toThrow(/past the start/);
	});
});
