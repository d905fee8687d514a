/** The fuzzy picker over every profile, the vault's and the bundled ones, each shown with its definition. */
import { FuzzySuggestModal, renderMatches, type App, type FuzzyMatch } from "obsidian";
import { profileSourceText, type CatalogProfile } from "../../core/catalog/profile-catalog";
import { oneLine } from "../../core/text/one-line";

const DEFINITION_LENGTH = 160;

/** Lets the user pick a profile by name; calls `choose` with it. */
export class ProfileSuggestModal extends FuzzySuggestModal<CatalogProfile> {
	readonly #profiles: readonly CatalogProfile[];
	readonly #choose: (profile: CatalogProfile) => void;

	constructor(app: App, profiles: readonly CatalogProfile[], choose: (profile: CatalogProfile) => void) {
		super(app);
		this.#profiles = profiles;
		this.#choose = choose;
		this.setPlaceholder("Choose a profile to insert");
		this.emptyStateText = "No profile matches.";
	}

	/** Every profile, by name. */
	getItems(): CatalogProfile[] {
		return [...this.#profiles].sort((a, b) => a.profile.name.localeCompare(b.profile.name));
	}

	/** Profiles are matched by name. */
	getItemText(item: CatalogProfile): string {
		return item.profile.name;
	}

	/** The name with the matched letters marked, the definition below it, and where the profile comes from. */
	override renderSuggestion(match: FuzzyMatch<CatalogProfile>, el: HTMLElement): void {
		const { profile } = match.item;
		el.addClass("inncopilot-profile-suggestion");
		renderMatches(el.createDiv({ cls: "inncopilot-profile-suggestion-name" }), profile.name, match.match.matches);
		el.createDiv({ cls: "inncopilot-profile-suggestion-definition", text: summary(profile.definition) });
		el.createDiv({ cls: "inncopilot-profile-suggestion-source", text: profileSourceText(match.item) });
	}

	/** Hands the chosen profile on. */
	onChooseItem(item: CatalogProfile): void {
		this.#choose(item);
	}
}

function summary(definition: string): string {
	const text = oneLine(definition);
	if (text === "") return "No definition yet.";
	return text.length > DEFINITION_LENGTH ? `${text.slice(0, DEFINITION_LENGTH - 1)}…` : text;
}
