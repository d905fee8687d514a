import { join } from "node:path";
import { assetText, PACKED_ASSETS } from "../../../scripts/pack-text";
import { unpackText } from "../../../src/core/library/packed-text";
import { PACKED_TEMPLATES } from "../../../src/core/templates/packed-templates";

const ROOT = join(__dirname, "..", "..", "..");

describe("the packed templates", () => {
	it("hold the bundled .hbs files exactly as they are now (else run `node scripts/pack-text-assets.mjs`)", () => {
		const asset = PACKED_ASSETS.find((each) => each.constant === "PACKED_TEMPLATES");
		expect(asset).toBeDefined();
		if (asset) expect(unpackText(PACKED_TEMPLATES)).toBe(assetText(ROOT, asset));
	});
});
