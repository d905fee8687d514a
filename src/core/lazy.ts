/**
 * Values built on first use instead of while main.js is evaluated, so that start-up pays only for what onload needs.
 * A `\p{…}` pattern is the costly case: V8 builds the Unicode property's character tables whenever it parses a regular
 * expression literal, 25–100 µs for each one, at every start-up, even inside a function that never runs.
 */

/** Returns a function that builds the value (an object: a table, a pattern) on its first call and hands back the same one ever after. */
export function lazy<T extends object>(build: () => T): () => T {
	let value: T | undefined;
	return () => (value ??= build());
}

/** A regular expression compiled from `source` on first use (Unicode mode unless `flags` say more); write `\p{L}` as `"\\p{L}"`. See also `lazy`. */
export function lazyPattern(source: string, flags = "u"): () => RegExp {
	return lazy(() => new RegExp(source, flags));
}
