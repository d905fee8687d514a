import { join } from "node:path";
import { libraryText } from "../../../scripts/pack-text";
import { PACKED_PROFILES } from "../../../src/core/library/packed-library";
import { unpackText } from "../../../src/core/library/packed-text";

describe("the packed library", () => {
	it("holds the bundled pages exactly as they are now (else run `node scripts/pack-library.mjs`)", () => {
		expect(unpackText(PACKED_PROFILES)).toBe(libraryText(join(__dirname, "..", "..", "..")));
	});
});
