/** Decides which profiles a note is about: it is one, it records them, or it links to them. */
import { basename } from "../host/note-meta";
import { parseProfile } from "../profile/parse";
import type { Profile } from "../profile/profile";
import { recogniseHeading, type SectionKind } from "../profile/section-names";
import { linkTargets, metaList, metaString } from "../note";
import { recordedProfiles } from "../worksheet/recorded-profiles";
import type { NoteScan } from "./question-marks";
import { readPageProfile } from "./page-sections";

/** A profile and the page it was read from (null for a bundled profile). Matches the ProfileCatalog's entries. */
export interface ProfileEntry {
	profile: Profile;
	path: string | null;
}

/** The profiles a host knows, found by name (case-insensitive) or by page path. */
export interface ProfileLookup {
	byName(name: string): ProfileEntry | undefined;
	byPath(path: string): ProfileEntry | undefined;
}

/** Resolves a link's target, as written in the note at `fromPath`, to the path of an existing note, or null. */
export type LinkResolver = (target: string, fromPath: string) => string | null;

/** Why a profile applies to the note. */
export type ProfileReason = "page" | "recorded" | "linked";

/** A profile that applies to the note, and why. */
export interface AppliedProfile extends ProfileEntry {
	reason: ProfileReason;
}

/** The profiles of a note, in order (the page itself, then recorded, then linked), and recorded names nobody knows. */
export interface NoteProfiles {
	applied: AppliedProfile[];
	/** Names in the note's `profiles:` that match no profile. */
	missing: string[];
}

/**
 * The profiles a note is about. A profile page is about itself only (its links to keys and tools are not profiles);
 * (read from the live text, its sections the sidebar shows only); any other note is about the profiles its `profiles:` front matter records (list or string, with or without [[ ]])
 * and those it links to. Links resolve to pages first; a link to no page falls back to a profile of that name.
 * `targets` reads the note's link targets (a `KeptLinkTargets` keeps them across a sidebar's updates).
 */
export function profilesOfNote(scan: NoteScan, path: string, lookup: ProfileLookup, resolve: LinkResolver, targets: (note: NoteScan) => readonly string[] = linkTargets): NoteProfiles {
	if (isProfilePage(scan, path, lookup)) {
		// A graph profile as the index resolved it; any other page read from its live text.
		let profile = lookup.byPath(path)?.profile;
		if (profile?.pageName === undefined) {
			profile = readPageProfile(scan);
			if (profile.name === "") profile.name = basename(path);
		}
		return { applied: [{ profile, path, reason: "page" }], missing: [] };
	}
	const applied: AppliedProfile[] = [];
	const missing: string[] = [];
	const seen = new Set<string>();
	const add = (entry: ProfileEntry, reason: ProfileReason) => {
		const id = entry.path ?? `bundled:${entry.profile.name.toLowerCase()}`;
		if (seen.has(id) || entry.path === path) return;
		seen.add(id);
		applied.push({ ...entry, reason });
	};
	for (const name of recordedProfiles(scan)) {
		const entry = lookup.byName(name) ?? resolvedEntry(name, path, lookup, resolve);
		if (entry) add(entry, "recorded");
		else missing.push(name);
	}
	for (const target of targets(scan)) {
		const resolved = resolve(target, path);
		const entry = resolved !== null ? lookup.byPath(resolved) : (lookup.byName(target) ?? lookup.byName(basename(target)));
		if (entry) add(entry, "linked");
	}
	return { applied, missing };
}

/** The whole profile behind a card, for the prompt: a profile page is read in full from `text`, graph profiles (resolved by the index) and others are as given. */
export function fullProfile(applied: AppliedProfile, text: string): Profile {
	if (applied.reason !== "page" || applied.profile.pageName !== undefined) return applied.profile;
	const profile = parseProfile(text);
	if (profile.name === "") profile.name = applied.profile.name;
	return profile;
}

/** True when the note is a profile page: the host indexed it as one, its metadata or title says so, or it has the sections. */
export function isProfilePage(scan: NoteScan, path: string, lookup: ProfileLookup): boolean {
	if (lookup.byPath(path) !== undefined) return true;
	const meta = scan.meta.values;
	const type = (metaString(meta, "type") || metaString(meta, "namespace")).toLowerCase();
	if (type === "profile" || metaList(meta, "tags").some((tag) => tag.toLowerCase() === "profile")) return true;
	if (metaString(meta, "title").toLowerCase().startsWith("profile/")) return true;
	if (scan.headings.some((heading) => heading.level === 1 && /^#profile\b/i.test(heading.text))) return true;
	if (!scan.headings.some((heading) => heading.level === 2 && /copilot/i.test(heading.text))) return false;
	const kinds = new Set<SectionKind>();
	for (const heading of scan.headings) {
		const recognised = heading.level === 2 ? recogniseHeading(heading.text) : null;
		if (recognised) kinds.add(recognised.kind);
	}
	return kinds.has("copilot") && kinds.size >= 3;
}


function resolvedEntry(name: string, path: string, lookup: ProfileLookup, resolve: LinkResolver): ProfileEntry | undefined {
	const resolved = resolve(name, path);
	return resolved === null ? undefined : lookup.byPath(resolved);
}
