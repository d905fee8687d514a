/** The demo vault's notes, bundled into the playground at build time (esbuild's text loader), keyed by vault path. */
import salesStrategy from "../demo-vault/Profiles/Sales strategy.md";
import businessModelCanvas from "../demo-vault/Tools/Business Model Canvas.md";
import customerJourneyMap from "../demo-vault/Tools/Customer Journey Map.md";
import valuePropositionCanvas from "../demo-vault/Tools/Value Proposition Canvas.md";
import exoticPetRental from "../demo-vault/Ventures/Exotic Pet Rental.md";
import { DEMO_GRAPH_NOTES } from "./demo-graph-notes";

/** Every note of demo-vault/ (outside .obsidian); a test checks that this list matches the folder. */
export const DEMO_NOTES: Readonly<Record<string, string>> = {
	"Profiles/Sales strategy.md": salesStrategy,
	"Tools/Business Model Canvas.md": businessModelCanvas,
	"Tools/Customer Journey Map.md": customerJourneyMap,
	"Tools/Value Proposition Canvas.md": valuePropositionCanvas,
	"Ventures/Exotic Pet Rental.md": exoticPetRental,
	...DEMO_GRAPH_NOTES,
};

/** The note the playground opens first. */
export const FIRST_NOTE = "Ventures/Exotic Pet Rental.md";
