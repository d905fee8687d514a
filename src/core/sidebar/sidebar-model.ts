/** What the copilot sidebar shows for a note: each profile's questions as a checklist, progress and empty sections. */
import { words } from "../wording/wording";
import type { KeyRisk } from "../graph/key-page";
import { lineText, metaProblem } from "../note";
import type { Profile } from "../profile/profile";
import { SECTION_ORDER } from "../profile/section-names";
import { findAnswers, type TextPosition } from "./answers";
import type { KeyPage } from "../graph/key-page";
import type { NoteScan } from "./question-marks";
import { isEmptySection, pageSections } from "./page-sections";
import type { AppliedProfile, ProfileReason } from "./profiles-of-note";
import { questionKey } from "./question-key";

/** One question of the checklist. */
export interface QuestionItem {
	text: string;
	/** The comparable form (see `questionKey`), which identifies the question within its profile. */
	key: string;
	answered: boolean;
	/** Where the note asks it (the question line's end), or null when the note does not ask it yet. */
	at: TextPosition | null;
	/** Where its answer starts, or where one would be typed; null when the note does not ask it. */
	answerAt: TextPosition | null;
}

/** The profile's own questions (`key` null) or one key page's, under the key's name. */
export interface QuestionGroup {
	title: string;
	key: string | null;
	weight?: number;
	questions: QuestionItem[];
	/** The risks the key's page names (graph key pages), with their mitigation and contingency. */
	risks?: KeyRisk[];
}

/** A section of a profile page that has nothing in it yet, and the end of its heading line to jump to. */
export interface EmptySection {
	title: string;
	at: TextPosition;
}

/** Everything the sidebar shows for one profile. */
export interface ProfileCard {
	name: string;
	definition: string;
	path: string | null;
	reason: ProfileReason;
	groups: QuestionGroup[];
	answered: number;
	total: number;
	/** For a profile page: its sections that are present but empty. */
	emptySections: EmptySection[];
	/** For a profile page: the titles of the known sections it lacks altogether. */
	missingSections: string[];
	/** For a graph profile: what could not be read (a missing example or key page…), when anything. */
	warnings?: string[];
}

/** The whole sidebar for one note. */
export interface SidebarModel {
	path: string;
	cards: ProfileCard[];
	/** Profile names the note records that match no profile. */
	missing: string[];
	/** What stops the sidebar reading the note's metadata, said as a user reads it (front matter that cannot be read, and on which line). */
	problems: string[];
}

/** What the model is built from; key pages are looked up by key name, lower-cased. */
export interface SidebarInput {
	scan: NoteScan;
	path: string;
	applied: readonly AppliedProfile[];
	missing?: readonly string[];
	keyPages?: ReadonlyMap<string, KeyPage>;
}

/** Builds the sidebar's model. Pure, and linear in the note's length (one pass over its headings and bold lines). */
export function buildSidebarModel(input: SidebarInput): SidebarModel {
	const keyPages = input.keyPages ?? new Map<string, KeyPage>();
	const cards = input.applied.map((applied) => ({ applied, groups: questionGroups(applied.profile, keyPages) }));
	const keys = new Set<string>();
	for (const card of cards) for (const group of card.groups) for (const question of group.questions) keys.add(question.key);
	const spots = findAnswers(input.scan, keys, { items: !input.applied.some((applied) => applied.reason === "page") });
	const problem = metaProblem(input.scan.meta);
	return {
		path: input.path,
		missing: [...(input.missing ?? [])],
		// What the front matter's problem means for the sidebar; none when it reads fine.
		problems: problem === null ? [] : [words("sidebar-meta-problem", { problem })],
		cards: cards.map(({ applied, groups }) => {
			let answered = 0;
			let total = 0;
			for (const group of groups) {
				for (const question of group.questions) {
					const spot = spots.get(question.key);
					if (spot) Object.assign(question, { answered: spot.answered, at: spot.question, answerAt: spot.answer });
					total++;
					if (question.answered) answered++;
				}
			}
			const graphWarnings = applied.profile.pageName !== undefined && applied.profile.warnings.length > 0 ? { warnings: [...applied.profile.warnings] } : {};
			return {
				name: applied.profile.name,
				definition: applied.profile.definition,
				path: applied.path,
				reason: applied.reason,
				groups,
				answered,
				total,
				...(applied.reason === "page" ? sectionsToFill(input.scan) : { emptySections: [], missingSections: [] }),
				...graphWarnings,
			};
		}),
	};
}

/** "3 of 5 answered"; on the profile's own page, where nothing is answered, "5 guiding questions"; a hint when there are none. */
export function progressText(card: Pick<ProfileCard, "answered" | "total" | "reason">): string {
	if (card.total === 0) return "No questions yet";
	if (card.reason === "page") return card.total === 1 ? "1 guiding question" : `${card.total} guiding questions`;
	return `${card.answered} of ${card.total} answered`;
}

/** What a host draws: the note, whether it is pinned, whether the template button is offered, and the model. */
export interface SidebarView {
	note: { path: string } | null;
	pinned: boolean;
	canInsertTemplate: boolean;
	model: SidebarModel | null;
}

/**
 * A string that changes whenever anything drawn changes (a question asked or answered, the pin…), and not when only
 * positions in the note move; a host redraws only then.
 */
export function sidebarViewKey(view: SidebarView): string {
	return JSON.stringify(view, (name, value: unknown) => (name === "at" || name === "answerAt" ? value !== null : value));
}

/** Every question of the card, own questions first, each once. */
export function cardQuestions(card: ProfileCard): QuestionItem[] {
	return card.groups.flatMap((group) => group.questions);
}

/** The profile's own questions, then each key page's, heaviest key first (unweighted keys last, in Keys order). */
function questionGroups(profile: Profile, keyPages: ReadonlyMap<string, KeyPage>): QuestionGroup[] {
	const seen = new Set<string>();
	const items = (texts: readonly string[]) =>
		texts.flatMap((text) => {
			const key = questionKey(text);
			if (key === "" || seen.has(key)) return [];
			seen.add(key);
			return [{ text: text.trim(), key, answered: false, at: null, answerAt: null }];
		});
	const groups: QuestionGroup[] = [{ title: "Copilot questions", key: null, questions: items(profile.copilot.questions) }];
	const weights = profile.keyWeights ?? {};
	const keyGroups = profile.keys.flatMap((name) => {
		const page = keyPages.get(name.toLowerCase());
		if (page === undefined) return [];
		const weight = Object.prototype.hasOwnProperty.call(weights, name) ? weights[name] : page.weight;
		const group: QuestionGroup = { title: page.title ?? name, key: name, questions: items(page.questions) };
		if (weight !== undefined) group.weight = weight;
		if (page.risks !== undefined && page.risks.length > 0) group.risks = page.risks;
		return [group];
	});
	// Heaviest first, an unweighted key below any weight; the sort is stable, so keys that tie stay in Keys order.
	keyGroups.sort((a, b) => (b.weight ?? -Number.MAX_VALUE) - (a.weight ?? -Number.MAX_VALUE));
	for (const group of keyGroups) if (group.questions.length > 0) groups.push(group);
	return groups;
}

/** A profile page's known sections that are present but empty (with the end of their heading line), and the titles of those it lacks. */
function sectionsToFill(scan: NoteScan): Pick<ProfileCard, "emptySections" | "missingSections"> {
	const sections = pageSections(scan);
	const emptySections: EmptySection[] = [];
	const missingSections: string[] = [];
	for (const { kind, title } of SECTION_ORDER) {
		const section = sections.find((each) => each.kind === kind);
		if (section === undefined) missingSections.push(title);
		else if (isEmptySection(scan, section)) emptySections.push({ title, at: { line: section.line, ch: lineText(scan, section.line).length } });
	}
	return { emptySections, missingSections };
}
