import { join } from "node:path";
import { assetText, PACKED_ASSETS } from "../../../scripts/pack-text";
import { PACKED_PROFILES } from "../../../src/core/library/packed-profiles";
import { unpackText } from "../../../src/core/library/packed-text";

const ROOT = join(__dirname, "..", "..", "..");

describe("the packed profile pages", () => {
	it("hold the bundled pages exactly as they are now (else run `node scripts/pack-text-assets.mjs`)", () => {
		const asset = PACKED_ASSETS.find((each) => each.constant === "PACKED_PROFILES");
		expect(asset).toBeDefined();
		if (asset) expect(unpackText(PACKED_PROFILES)).toBe(assetText(ROOT, asset));
	});
});
