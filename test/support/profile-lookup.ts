/** An in-memory ProfileLookup and LinkResolver, the test twin of the ProfileCatalog and Obsidian's link resolution. */
import { parseProfile } from "../../src/core/profile/parse";
import type { LinkResolver, ProfileEntry, ProfileLookup } from "../../src/core/sidebar";

/** A vault of notes by path: profile pages are read with the real parser; links resolve by base name, as Obsidian's shortest form. */
export function memoryVault(pages: Record<string, string>, bundled: readonly ProfileEntry[] = []): { lookup: ProfileLookup; resolve: LinkResolver } {
	const entries: ProfileEntry[] = Object.entries(pages)
		.filter(([path]) => path.startsWith("Profiles/"))
		.map(([path, text]) => ({ profile: parseProfile(text), path }));
	const lookup: ProfileLookup = {
		byPath: (path) => entries.find((entry) => entry.path === path),
		byName: (name) =>
			entries.find((entry) => entry.profile.name.toLowerCase() === name.toLowerCase()) ??
			bundled.find((entry) => entry.profile.name.toLowerCase() === name.toLowerCase()),
	};
	const resolve: LinkResolver = (target) => {
		const wanted = target.toLowerCase();
		const path = Object.keys(pages).find((each) => each.toLowerCase() === `${wanted}.md` || each.toLowerCase().endsWith(`/${wanted}.md`));
		return path ?? null;
	};
	return { lookup, resolve };
}
