/** Fuzzy matching for pickers (the playground's and the Logseq plugin's, through `openSuggestList`): the query's characters in order, anywhere in the text. */

/** How well a text matches, and which of its characters matched (for highlighting). */
export interface FuzzyMatch {
	score: number;
	indices: number[];
}

/**
 * Matches `query` against `text`, ignoring case and spaces in the query: null when some character is missing, else a
 * score that rewards runs of adjacent characters and word starts and penalises gaps.
 */
export function fuzzyMatch(query: string, text: string): FuzzyMatch | null {
	const wanted = query.toLowerCase().replace(/\s+/g, "");
	const haystack = text.toLowerCase();
	const indices: number[] = [];
	let score = 0;
	let from = 0;
	for (const char of wanted) {
		const at = haystack.indexOf(char, from);
		if (at === -1) return null;
		const previous = indices[indices.length - 1];
		if (previous !== undefined && at === previous + 1) score += 5;
		else if (previous !== undefined) score -= Math.min(at - previous, 10);
		if (at === 0 || /[\s/_-]/.test(haystack[at - 1])) score += 3;
		indices.push(at);
		from = at + 1;
	}
	return { score, indices };
}

/** The items whose label matches `query`, best first; ties keep their order. */
export function fuzzyFilter<T>(items: readonly T[], query: string, label: (item: T) => string): { item: T; match: FuzzyMatch }[] {
	const found: { item: T; match: FuzzyMatch; order: number }[] = [];
	items.forEach((item, order) => {
		const match = fuzzyMatch(query, label(item));
		if (match) found.push({ item, match, order });
	});
	found.sort((a, b) => b.match.score - a.match.score || a.order - b.order);
	return found.map(({ item, match }) => ({ item, match }));
}
