/**
 * Every core entry point stays linear on the text that made it quadratic: each hostile pattern at 200 KB may take at
 * most ten times what the same entry point takes on plain prose of the same size (plus 100 ms for timer noise).
 * A quadratic path takes seconds here; speed itself is shown by `npm run bench` (bench/hostile.bench.mjs).
 */
import { ENTRY_POINTS, HOSTILE_PATTERNS } from "../support/hostile-inputs";

const SIZE = 200_000;
const PROSE = "## A heading\nPlain prose about renting a tortoise for the weekend, with a [[Link]] and `code`.\n".repeat(SIZE / 90);

/** The fastest of three runs, in milliseconds of CPU time (steadier than wall time on a busy machine). */
function fastest(run: () => unknown): number {
	let best = Infinity;
	for (let i = 0; i < 3; i++) {
		const start = process.cpuUsage();
		run();
		const used = process.cpuUsage(start);
		best = Math.min(best, (used.user + used.system) / 1000);
	}
	return best;
}

describe.each(ENTRY_POINTS)("$name on hostile input", (entry) => {
	const linear = fastest(() => entry.run(PROSE));

	it.each(HOSTILE_PATTERNS)("stays within ten times linear on $name", (pattern) => {
		const text = pattern.note(SIZE);
		expect(() => entry.run(text)).not.toThrow();
		expect(fastest(() => entry.run(text))).toBeLessThan(10 * linear + 100);
	});
});
