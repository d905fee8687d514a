import { join } from "node:path";
import { assetText, PACKED_ASSET } from "../../../scripts/pack-text";
import { PACKED_LIBRARY } from "../../../src/core/library/packed-library";
import { bundledFiles, unpackText } from "../../../src/core/library/packed-text";

const ROOT = join(__dirname, "..", "..", "..");

describe("the packed library", () => {
	it("holds the bundled templates, profile pages and tool notes exactly as they are now (else run `node scripts/pack-text-assets.mjs`)", () => {
		expect(unpackText(PACKED_LIBRARY)).toBe(assetText(ROOT, PACKED_ASSET));
	});

	it("names each file by its path under src/core", () => {
		const names = [...bundledFiles().keys()];
		expect(names).toEqual(expect.arrayContaining(["templates/worksheet.hbs", "library/profiles/sales-strategy.md", "library/tools/Business Model Canvas.md"]));
	});
});
