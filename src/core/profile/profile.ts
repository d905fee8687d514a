import type { KeyPage } from "../graph/key-page";

/** One business-model concept (sales strategy, pricing…) as read from a profile page. */
export interface Profile {
	/** The page's namespace, "profile" for every page this plugin writes. */
	namespace: string;
	/** The concept's name as written, "Sales strategy". */
	name: string;
	/** One sentence saying what the concept is. */
	definition: string;
	/** The kind of content an answer holds: "text", "list"… */
	contentType: string;
	/** The class some graphs write after the Content type heading: "goal" in `## Content type (goal)`. */
	contentClass?: string;
	/** The names of the pages the Keys section links to. */
	keys: string[];
	/** The weight each key carries (`key-weight:: 35`), for the keys that have one. */
	keyWeights?: Record<string, number>;
	/** The copilot prompt (ending at "What could it be?") and its guiding questions. */
	copilot: { prompt: string; questions: string[] };
	/** Markdown, paragraphs kept. */
	description: string;
	/** One worked example per venture: its title and Markdown body. */
	examples: ProfileExample[];
	/** The Topics section's items, as written. */
	topics: string[];
	/** The tools the page links to, each with the page's own summary of it. */
	tools: ProfileTool[];
	/** Any section the parser did not recognise, in order, so that nothing is lost. */
	sections: ProfileSection[];
	/** What the parser could not read, in words a user understands. */
	warnings: string[];
	/** The classes its items are of (`item-classes:: #[[offer]]`, or listed under Content type). */
	itemClasses?: string[];
	/** For a profile read from a graph: its page name (`profile-(id)/pricing_info`). */
	pageName?: string;
	/** For a profile read from a graph: each key with what its key page says, in Keys order. */
	keyPages?: ProfileKeyPage[];
}

/** A key of a graph profile and what its key page says (see `readKeyPage`), weighted by the profile's `key-weight::`. */
export interface ProfileKeyPage extends KeyPage {
	/** The key page's name, as the Keys section links it. */
	name: string;
	/** Its readable name ("Price sensitivity"). */
	title: string;
}

/** A worked example of a profile for one venture. */
export interface ProfileExample {
	title: string;
	body: string;
}

/** A tool link of a profile with the summary written under it. */
export interface ProfileTool {
	name: string;
	summary: string;
}

/** A section of a profile page that is none of the eight known ones. */
export interface ProfileSection {
	heading: string;
	body: string;
}

/** A business-modelling tool (Business Model Canvas…) and what it is for. */
export interface Tool {
	name: string;
	aliases: string[];
	summary: string;
}

/** An empty profile: every field present, nothing filled in. */
export function emptyProfile(name = ""): Profile {
	return {
		namespace: "profile",
		name,
		definition: "",
		contentType: "",
		keys: [],
		copilot: { prompt: "", questions: [] },
		description: "",
		examples: [],
		topics: [],
		tools: [],
		sections: [],
		warnings: [],
	};
}
