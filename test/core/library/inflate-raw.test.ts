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

/** A stream written by hand: fields are `[value, bits]` (stored first bit first), Huffman codes `[code, bits, true]` (first bit first is the code's highest). */
function handWritten(fields: [number, number, boolean?][]): Uint8Array {
	const bits: number[] = [];
	for (const [value, count, huffman] of fields) {
		for (let i = 0; i < count; i++) bits.push(huffman ? (value >> (count - 1 - i)) & 1 : (value >> i) & 1);
	}
	return Uint8Array.from({ length: Math.ceil(bits.length / 8) + 2 }, (_, byte) => bits.slice(byte * 8, byte * 8 + 8).reduce((sum, bit, i) => sum | (bit << i), 0));
}

/** A dynamic block's header with 257 literal/length and 1 distance lengths, and these code-length code lengths (16, 17, 18, 0). */
const dynamicHeader = (lengths: [number, number, number, number]): [number, number][] => [[1, 1], [2, 2], [0, 5], [0, 5], [0, 4], ...lengths.map((length): [number, number] => [length, 3])];

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
		for (const bytes of [seed, new Uint8Array(0)]) {
			for (const options of OPTIONS) expect(roundTrip(bytes, options)).toEqual(bytes);
		}
		expect(roundTrip(large, { level: 0 })).toEqual(large);
		expect(roundTrip(large, { level: 1 })).toEqual(large);
	});

	it("refuses symbols and code lengths that no encoder writes", () => {
		// Fixed codes: 286 is an 8-bit code no length has; after a literal, distance code 30 is a 5-bit code no distance has.
		expect(() => inflateRaw(handWritten([[1, 1], [1, 2], [0b11000110, 8, true]]))).toThrow(/length symbol/);
		expect(() => inflateRaw(handWritten([[1, 1], [1, 2], [0x91, 8, true], [0b0000001, 7, true], [0b11110, 5, true]]))).toThrow(/distance symbol/);
		// Code-length codes where 0 is "0" and 16 (repeat the last) is "1": a repeat first has nothing to repeat.
		expect(() => inflateRaw(handWritten([...dynamicHeader([1, 0, 0, 1]), [1, 1, true]]))).toThrow(/repeat first/);
		// 18 (runs of zeros) as "1": two runs of 138 overrun the 258 lengths the header announced.
		expect(() => inflateRaw(handWritten([...dynamicHeader([0, 0, 1, 1]), [1, 1, true], [127, 7], [1, 1, true], [127, 7]]))).toThrow(/lengths overrun/);
		// Only 0 has a code ("0"), so "1" is no code at all.
		expect(() => inflateRaw(handWritten([...dynamicHeader([0, 0, 0, 1]), [1, 1, true]]))).toThrow(/unknown code/);
	});

	it("refuses a stream cut short, a reserved block type, a bad stored length and a reference before the start", () => {
		const whole = deflateRawSync(Buffer.from("profile ".repeat(50)), { level: 9 });
		expect(() => inflateRaw(new Uint8Array(whole.subarray(0, whole.length - 3)))).toThrow(/cut short/);
		expect(() => inflateRaw(Uint8Array.of(0b111))).toThrow(/block type 3/);
		expect(() => inflateRaw(Uint8Array.of(0b001, 5, 0, 5, 0))).toThrow(/stored length/);
		// A fixed block whose first symbol is a length (257: the 7-bit code 0000001) with distance code 0: nothing to copy yet.
		expect(() => inflateRaw(Uint8Array.of(0b00000011, 0b00000010, 0))).toThrow(/distance too far/);
	});
});
