/** The steps of a profile's worksheet, derived from what its worked examples have in common. */
import type { Profile } from "../profile/profile";
import { leadPhrases, stepKey } from "./lead-phrases";
import { capitalisedNames, isTitleCase, toSentenceCase } from "./sentence-case";

/** How many examples must share a lead phrase for it to be a step. */
const MIN_SHARED = 2;

interface StepTally {
	/** Every way the examples write this step, in the order met. */
	variants: string[];
	/** Relative position (0 at the start, 1 at the end) in each example that has it. */
	positions: number[];
}

/**
 * The steps a user works through for `profile`: the lead phrases (list items, or the short first line of a paragraph)
 * that at least two of its examples share, compared without case or markup, in the order the examples give them.
 * Empty when no two examples agree. Each step is written as an example writes it, preferring sentence case; once any step is in sentence case,
 * the steps only written In Title Case follow it (names the profile capitalises mid-sentence stay).
 */
export function worksheetSteps(profile: Profile): string[] {
	const tallies = new Map<string, StepTally>();
	for (const example of profile.examples) {
		const phrases = leadPhrases(example.body);
		const keys = new Set<string>();
		phrases.forEach((phrase, index) => {
			const key = stepKey(phrase);
			if (key === "" || keys.has(key)) return;
			keys.add(key);
			let tally = tallies.get(key);
			if (!tally) {
				tally = { variants: [], positions: [] };
				tallies.set(key, tally);
			}
			tally.variants.push(phrase);
			tally.positions.push(phrases.length > 1 ? index / (phrases.length - 1) : 0);
		});
	}
	const steps = [...tallies.values()]
		.filter((tally) => tally.positions.length >= MIN_SHARED)
		.map((tally) => ({ tally, rank: mean(tally.positions) }))
		// A stable sort over the map's order: steps of one rank keep the order they were first met in.
		.sort((a, b) => a.rank - b.rank)
		.map(({ tally }) => preferredWording(tally.variants));
	if (!steps.some((step) => !isTitleCase(step))) return steps;
	const names = capitalisedNames([profile.description, ...profile.examples.map((example) => example.body)]);
	return steps.map((step) => (isTitleCase(step) ? toSentenceCase(step, names) : step));
}

/** The first wording in sentence case, else the first wording. */
function preferredWording(variants: readonly string[]): string {
	return variants.find((variant) => !isTitleCase(variant)) ?? variants[0];
}

function mean(values: readonly number[]): number {
	return values.reduce((sum, value) => sum + value, 0) / values.length;
}
