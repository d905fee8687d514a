/** The demo vault's notes, bundled into the playground at build time (esbuild's text loader), keyed by vault path. */
import customerChannels from "../demo-vault/Profiles/profile___customer channels.md";
import pricingStrategy from "../demo-vault/Profiles/Pricing strategy.md";
import revenueStreams from "../demo-vault/Profiles/Revenue streams.md";
import salesStrategy from "../demo-vault/Profiles/Sales strategy.md";
import worksheetTable from "../demo-vault/Templates/Worksheet as a table.md";
import businessModelCanvas from "../demo-vault/Tools/Business Model Canvas.md";
import customerJourneyMap from "../demo-vault/Tools/Customer Journey Map.md";
import leanCanvas from "../demo-vault/Tools/Lean Canvas.md";
import priceLadder from "../demo-vault/Tools/Price ladder.md";
import valuePropositionCanvas from "../demo-vault/Tools/Value Proposition Canvas.md";
import exoticPetRental from "../demo-vault/Ventures/Exotic Pet Rental.md";
import underwaterRestaurant from "../demo-vault/Ventures/Underwater Restaurant.md";
import { DEMO_GRAPH_NOTES } from "./demo-graph-notes";

/** Every note of demo-vault/ (outside .obsidian); a test checks that this list matches the folder. */
export const DEMO_NOTES: Readonly<Record<string, string>> = {
	"Profiles/Pricing strategy.md": pricingStrategy,
	"Profiles/profile___customer channels.md": customerChannels,
	"Profiles/Revenue streams.md": revenueStreams,
	"Profiles/Sales strategy.md": salesStrategy,
	"Templates/Worksheet as a table.md": worksheetTable,
	"Tools/Business Model Canvas.md": businessModelCanvas,
	"Tools/Customer Journey Map.md": customerJourneyMap,
	"Tools/Lean Canvas.md": leanCanvas,
	"Tools/Price ladder.md": priceLadder,
	"Tools/Value Proposition Canvas.md": valuePropositionCanvas,
	"Ventures/Exotic Pet Rental.md": exoticPetRental,
	"Ventures/Underwater Restaurant.md": underwaterRestaurant,
	...DEMO_GRAPH_NOTES,
};

/** The note the playground opens first. */
export const FIRST_NOTE = "Ventures/Exotic Pet Rental.md";
