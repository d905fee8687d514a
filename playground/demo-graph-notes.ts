/** The demo vault's graph (demo-vault/graph/), bundled into the playground at build time, keyed by vault path. */
import journal20261130 from "../demo-vault/graph/journals/2026_11_30.md";
import offer from "../demo-vault/graph/pages/offer.md";
import customerSegmentsWhoPays from "../demo-vault/graph/pages/profile-(id)___customer-segments___Who pays%3F.md";
import customerSegmentsExamplesSeedLibrary from "../demo-vault/graph/pages/profile-(id)___customer-segments___examples___Seed library.md";
import customerSegmentsInfo from "../demo-vault/graph/pages/profile-(id)___customer-segments_info.md";
import pricingCostFloor from "../demo-vault/graph/pages/profile-(id)___pricing___Cost floor.md";
import pricingPriceSensitivity from "../demo-vault/graph/pages/profile-(id)___pricing___Price sensitivity.md";
import pricingExamplesNightMarketStall from "../demo-vault/graph/pages/profile-(id)___pricing___examples___Night market stall.md";
import pricingExamplesSeedLibrary from "../demo-vault/graph/pages/profile-(id)___pricing___examples___Seed library.md";
import pricingInfo from "../demo-vault/graph/pages/profile-(id)___pricing_info.md";
import salesChannelsReach from "../demo-vault/graph/pages/profile-(id)___sales-channels___Reach.md";
import salesChannelsExamplesNightMarketStall from "../demo-vault/graph/pages/profile-(id)___sales-channels___examples___Night market stall.md";
import salesChannelsInfo from "../demo-vault/graph/pages/profile-(id)___sales-channels_info.md";
import readingGuide from "../demo-vault/graph/pages/reading guide.md";
import revenue from "../demo-vault/graph/pages/revenue.md";

/** Every Markdown page of demo-vault/graph/; the demo notes test checks that the playground holds exactly the folder's notes. */
export const DEMO_GRAPH_NOTES: Readonly<Record<string, string>> = {
	"graph/journals/2026_11_30.md": journal20261130,
	"graph/pages/offer.md": offer,
	"graph/pages/profile-(id)___customer-segments___Who pays%3F.md": customerSegmentsWhoPays,
	"graph/pages/profile-(id)___customer-segments___examples___Seed library.md": customerSegmentsExamplesSeedLibrary,
	"graph/pages/profile-(id)___customer-segments_info.md": customerSegmentsInfo,
	"graph/pages/profile-(id)___pricing___Cost floor.md": pricingCostFloor,
	"graph/pages/profile-(id)___pricing___Price sensitivity.md": pricingPriceSensitivity,
	"graph/pages/profile-(id)___pricing___examples___Night market stall.md": pricingExamplesNightMarketStall,
	"graph/pages/profile-(id)___pricing___examples___Seed library.md": pricingExamplesSeedLibrary,
	"graph/pages/profile-(id)___pricing_info.md": pricingInfo,
	"graph/pages/profile-(id)___sales-channels___Reach.md": salesChannelsReach,
	"graph/pages/profile-(id)___sales-channels___examples___Night market stall.md": salesChannelsExamplesNightMarketStall,
	"graph/pages/profile-(id)___sales-channels_info.md": salesChannelsInfo,
	"graph/pages/reading guide.md": readingGuide,
	"graph/pages/revenue.md": revenue,
};
