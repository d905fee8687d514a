/**
 * A small synchronous decoder of raw DEFLATE streams (RFC 1951: stored, fixed and dynamic Huffman blocks), for the
 * bundled library, which is stored compressed and read once, on first use. Each code is found length by length, as
 * RFC 1951's canonical codes allow.
 */

/** A canonical Huffman code: how many codes have each length (1 to 15), and the symbols in code order. */
interface Code {
	counts: Uint16Array;
	symbols: Uint16Array;
}

/** Where each code-length code's length comes in a dynamic block's header. */
const LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Base values and extra bits of the length symbols 257…285 and the distance symbols 0…29. */
const [LENGTH_BASE, LENGTH_EXTRA] = baseTable(28, 2, 3, 258);
const [DISTANCE_BASE, DISTANCE_EXTRA] = baseTable(30, 1, 1);

/** RFC 1951's base tables: no extra bits for the first 2 << shift symbols, then one more every 1 << shift; `last` ends the lengths. */
function baseTable(size: number, shift: number, first: number, last?: number): [number[], number[]] {
	const base: number[] = [];
	const extra: number[] = [];
	for (let i = 0, value = first; i < size; i++) {
		const bits = i < 2 << shift ? 0 : (i >> shift) - 1;
		base.push(value);
		extra.push(bits);
		value += 1 << bits;
	}
	if (last !== undefined) {
		base.push(last);
		extra.push(0);
	}
	return [base, extra];
}

/** The canonical code with these code lengths (0: the symbol is unused). */
function canonical(lengths: ArrayLike<number>): Code {
	const counts = new Uint16Array(16);
	for (let i = 0; i < lengths.length; i++) counts[lengths[i]]++;
	const offsets = new Uint16Array(16);
	for (let length = 1; length < 15; length++) offsets[length + 1] = offsets[length] + counts[length];
	const symbols = new Uint16Array(lengths.length);
	for (let i = 0; i < lengths.length; i++) if (lengths[i] > 0) symbols[offsets[lengths[i]]++] = i;
	return { counts, symbols };
}

/** The codes of a fixed-code block, built when one is read. */
function fixedCodes(): [Code, Code] {
	return [canonical(Array.from({ length: 288 }, (_, i) => (i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8))), canonical(new Array<number>(32).fill(5))];
}

/** A stream that is not valid DEFLATE: a bug, since ours are made at build time, so a short word of what was wrong. */
function fail(what: string): never {
	throw new Error(`inflateRaw: ${what}`);
}

/** Decompresses a raw DEFLATE stream; a stream that is not valid DEFLATE throws (see `fail`). */
export function inflateRaw(input: Uint8Array): Uint8Array {
	let out = new Uint8Array(input.length * 4 + 1024);
	let size = 0;
	/** The position in the stream, in bits. */
	let at = 0;
	const end = input.length * 8;

	/** At least the next 25 bits of the stream, first bit lowest (bytes past the end read as zeros). */
	const peek = (): number => {
		const i = at >> 3;
		return (input[i] | (input[i + 1] << 8) | (input[i + 2] << 16) | (input[i + 3] << 24)) >>> (at & 7);
	};
	const skip = (count: number): void => {
		at += count;
		if (at > end) fail("cut short");
	};
	const bits = (count: number): number => {
		const value = peek() & ((1 << count) - 1);
		skip(count);
		return value;
	};
	/** The next symbol, its code read length by length (codes of one length are consecutive). */
	const decode = (code: Code): number => {
		const next = peek();
		for (let length = 1, value = 0, first = 0, index = 0; length < 16; length++, value <<= 1) {
			value |= (next >>> (length - 1)) & 1;
			const count = code.counts[length];
			if (value - first < count) {
				skip(length);
				return code.symbols[index + value - first];
			}
			index += count;
			first = (first + count) << 1;
		}
		fail("unknown code");
	};
	/** Makes room for `more` bytes of output. */
	const room = (more: number): void => {
		if (size + more <= out.length) return;
		const larger = new Uint8Array(Math.max(out.length * 2, size + more));
		larger.set(out);
		out = larger;
	};

	const dynamicCodes = (): [Code, Code] => {
		const literalCount = bits(5) + 257;
		const distanceCount = bits(5) + 1;
		const lengthCodeCount = bits(4) + 4;
		const lengthLengths = new Array<number>(19).fill(0);
		for (let i = 0; i < lengthCodeCount; i++) lengthLengths[LENGTH_ORDER[i]] = bits(3);
		const lengthCode = canonical(lengthLengths);
		const lengths: number[] = [];
		while (lengths.length < literalCount + distanceCount) {
			const symbol = decode(lengthCode);
			if (symbol < 16) {
				lengths.push(symbol);
				continue;
			}
			if (symbol === 16 && lengths.length === 0) fail("repeat first");
			const repeated = symbol === 16 ? lengths[lengths.length - 1] : 0;
			const times = symbol === 16 ? 3 + bits(2) : symbol === 17 ? 3 + bits(3) : 11 + bits(7);
			for (let i = 0; i < times; i++) lengths.push(repeated);
		}
		if (lengths.length > literalCount + distanceCount) fail("lengths overrun");
		return [canonical(lengths.slice(0, literalCount)), canonical(lengths.slice(literalCount))];
	};

	for (let last = 0; !last; ) {
		last = bits(1);
		const type = bits(2);
		if (type === 0) {
			skip(-at & 7);
			const length = bits(16);
			if ((bits(16) ^ 0xffff) !== length) fail("stored length");
			const start = at >> 3;
			skip(length * 8);
			room(length);
			out.set(input.subarray(start, start + length), size);
			size += length;
			continue;
		}
		if (type === 3) fail("block type 3");
		const [literals, distances] = type === 1 ? fixedCodes() : dynamicCodes();
		for (let symbol = decode(literals); symbol !== 256; symbol = decode(literals)) {
			room(258);
			if (symbol < 256) {
				out[size++] = symbol;
				continue;
			}
			if (symbol > 285) fail("length symbol");
			const length = LENGTH_BASE[symbol - 257] + bits(LENGTH_EXTRA[symbol - 257]);
			const code = decode(distances);
			if (code > 29) fail("distance symbol");
			const distance = DISTANCE_BASE[code] + bits(DISTANCE_EXTRA[code]);
			if (distance > size) fail("distance too far");
			for (let i = 0; i < length; i++, size++) out[size] = out[size - distance];
		}
	}
	return out.slice(0, size);
}
