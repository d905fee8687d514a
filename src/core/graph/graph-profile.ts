/** Turns a profile read from a graph page into what the user reads: readable names, examples from their embeds, key pages. */
import type { Profile, ProfileKeyPage } from "../profile/profile";
import type { PageText } from "./embeds";
import { resolveEmbeds } from "./embeds";
import { readKeyPage, type KeyPage } from "./key-page";
import { readableName } from "./readable-name";

/** What resolution reads from the graph: page texts (for embeds) and key pages, both by page name. */
export interface GraphLookup {
	pageText: PageText;
	keyPage(pageName: string): KeyPage | null;
}

/**
 * A copy of `profile` (parsed from the page `pageName`) named readably (`profile-(id)/pricing_info` → "Pricing" in
 * group "profile"), its examples titled by their last segment with their embeds replaced by the example pages' text,
 * and each key with its key page (weight from the profile's `key-weight::`, else the page's own). Whatever is
 * missing is a warning on the profile. Never throws.
 */
export function resolveGraphProfile(profile: Profile, pageName: string, graph: GraphLookup): Profile {
	const warnings = [...profile.warnings];
	const { name, group } = readableName(pageName);
	const examples = profile.examples.map((example) => {
		const resolved = resolveEmbeds(example.body, graph.pageText);
		const title = readableName(example.title).name;
		for (const warning of resolved.warnings) warnings.push(`Example "${title}": ${warning}`);
		return { title, body: resolved.text.trim() };
	});
	const weights = profile.keyWeights ?? {};
	const keyPages: ProfileKeyPage[] = [];
	for (const key of profile.keys) {
		const page = graph.keyPage(key);
		if (page === null) warnings.push(`The key page "${key}" was not found in the graph.`);
		// A missing key page reads as an empty one: no brief, no questions, no risks, no TODOs.
		const { weight: own, ...read } = page ?? readKeyPage("");
		const weight = Object.prototype.hasOwnProperty.call(weights, key) ? weights[key] : own;
		keyPages.push({ ...read, name: key, title: readableName(key).name, ...(weight === undefined ? {} : { weight }) });
	}
	return { ...profile, name, namespace: group || profile.namespace, pageName, examples, keyPages, warnings: dropNoise(warnings) };
}

/** A graph page has no innCoPilot section and takes its name from its page name: saying otherwise would hide the warnings that matter. */
function dropNoise(warnings: readonly string[]): string[] {
	return warnings.filter((warning) => !/^No "(innCoPilot|Tools|Topics|Description)" section was found\.$|^No profile name was found/.test(warning));
}
