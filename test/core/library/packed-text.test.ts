import fc from "fast-check";
import { constants } from "node:zlib";
import { unpackFiles, unpackText } from "../../../src/core/library/packed-text";
import { fixture } from "../../support/fixtures";
import { ALPHABET, packBytes, packText } from "../../../scripts/pack-text";

describe("unpackText", () => {
	it("gives back any text packed, emoji, mojibake, CRLF and NUL included", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme", maxLength: 2000 }), fc.constantFrom({ level: 9 }, { level: 0 }, { strategy: constants.Z_FIXED }), (text, options) => {
				expect(unpackText(packText(text, options))).toBe(text);
			}),
			{ numRuns: 200 },
		);
	});

	it("splits a packed folder into its files by name, empty files included", () => {
		const files = unpackFiles(packText("a.md\0first page\0b.md\0\0c.md\0third\r\npage"));
		expect([...files]).toEqual([["a.md", "first page"], ["b.md", ""], ["c.md", "third\r\npage"]]);
	});

	it("gives back the seed profile, with its Mac Roman mojibake untouched", () => {
		const seed = fixture("logseq-seed-sales-strategy.md");
		expect(unpackText(packText(seed))).toBe(seed);
	});

	it("writes 4 bytes as 5 characters, none of which a JavaScript string would need to escape", () => {
		expect(ALPHABET).toHaveLength(85);
		expect(new Set(ALPHABET).size).toBe(85);
		expect(ALPHABET).toMatch(/^[^\\`"'$\s]+$/);
		expect(packBytes(Buffer.from([0, 0, 0, 0]))).toBe(ALPHABET[0].repeat(5));
		expect(packBytes(Buffer.from([255, 255, 255, 255]))).toHaveLength(5);
		expect(packText("x".repeat(10_000)).length).toBeLessThan(100);
	});
});
