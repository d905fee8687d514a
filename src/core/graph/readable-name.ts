/** The names a user reads for a graph page: `profile-(id)/pricing_info` is "Pricing" in the group "profile". */
import { oneLine } from "../text/one-line";

/** A page's readable name and the namespace it belongs to ("" for a page outside any namespace). */
export interface ReadableName {
	name: string;
	group: string;
}

/**
 * The last segment of the page name without its `_info` suffix, `-` and `_` read as spaces, first letter capitalised;
 * the group is the first segment without its `-(id)` tail. Never empty when the page name is not.
 */
export function readableName(pageName: string): ReadableName {
	const segments = pageName.split("/").map((segment) => segment.trim()).filter((segment) => segment !== "");
	if (segments.length === 0) return { name: pageName.trim(), group: "" };
	const segment = segments[segments.length - 1];
	const last = segment.replace(/_info$/i, "") || segment;
	const words = oneLine(last.replace(/[-_]+/g, " ")) || last;
	const name = words.charAt(0).toUpperCase() + words.slice(1);
	const group = segments.length > 1 ? namespaceGroup(segments[0]) : "";
	return { name, group };
}

/** `profile-(id)` → "profile", `activity-list` → "activity-list". */
function namespaceGroup(segment: string): string {
	return segment.replace(/-?\([^()]*\)$/, "").trim() || segment;
}
