/** Readers that turn one section's body lines into the matching Profile field. */
import { PROPERTY_LINE } from "../note";
import { isBlank, joinTrimmed, listMarkerLength, toLineList, type LineList } from "../text/lines";
import { linkTarget, linksInLine } from "../text/wiki-links";
import { eachListItem, unwrapBullets } from "./list-items";
import type { Profile } from "./profile";
import type { SectionKind } from "./section-names";

/** Collects the warnings of one read. */
export type Warn = (message: string) => void;

/** No heading lines: a section read without the note model's headings (a Tools section has no examples). */
const NO_LINES: ReadonlySet<number> = new Set();

const PROMPT_END = /what could it be\?/i;

/** Reads a section's body into the profile's field (or fields) of its kind. */
type SectionReader = (body: LineList, profile: Profile, warn: Warn, headingLines: ReadonlySet<number>) => void;

/** The reader of each kind of section. */
const READERS: Readonly<Record<SectionKind, SectionReader>> = {
	definition: (body, profile) => {
		profile.definition = appendText(profile.definition, readText(body));
	},
	contentType: (body, profile) => {
		profile.contentType = appendText(profile.contentType, readContentType(body));
		addItemClasses(profile, classLinks(body));
	},
	description: (body, profile) => {
		profile.description = appendText(profile.description, joinTrimmed(body));
	},
	keys: readKeys,
	copilot: readCopilot,
	examples: readExamples,
	topics: readTopics,
	tools: readTools,
};

/**
 * Reads a known section's body `lines` (a list, or a page's `SectionBody`) into `profile`; a section met twice is merged,
 * with a warning. `headingLines` are the body's lines (by index) that the note model reads as headings (never those
 * in code), where examples start.
 */
export function readKnownSection(kind: SectionKind, lines: readonly string[] | LineList, profile: Profile, warn: Warn, headingLines: ReadonlySet<number> = NO_LINES): void {
	READERS[kind](toLineList(lines), profile, warn, headingLines);
}

function appendText(existing: string, added: string): string {
	if (existing === "") return added;
	return added === "" ? existing : `${existing}\n\n${added}`;
}

/** A text section: a single bullet is unwrapped, anything else kept as Markdown. */
function readText(body: LineList): string {
	return joinTrimmed(unwrapBullets(body));
}

/** The type the section states ("Content is of type list." → "list"); the class list that may follow is read apart. */
function readContentType(body: LineList): string {
	const text = readText(body);
	const sentence = /^content is of type\s+([^\n]*?)\.?\s*$/im.exec(text);
	if (sentence) return sentence[1].trim();
	return classLinks(body).length > 0 ? "" : text.replace(/\.$/, "").trim();
}

/** The classes listed under "Content uses the following classes:" (their `{{embed}}` children are not classes). */
function classLinks(body: LineList): string[] {
	let start = 0;
	while (start < body.length && !/content uses the following classes/i.test(body.line(start))) start++;
	const classes: string[] = [];
	for (let k = start + 1; k < body.length; k++) {
		const line = body.line(k);
		if (line.indexOf("{{embed") !== -1) continue;
		for (const link of linksInLine(line)) if (link.target !== "") classes.push(link.target);
	}
	return classes;
}

/** Adds classes to the profile's item classes, each once. */
export function addItemClasses(profile: Profile, classes: readonly string[]): void {
	for (const name of classes) {
		const list = (profile.itemClasses ??= []);
		if (!list.some((each) => each.toLowerCase() === name.toLowerCase())) list.push(name);
	}
}

function readKeys(body: LineList, profile: Profile, warn: Warn): void {
	eachListItem(body, (item) => {
		const link = linksInLine(item.text).find(({ target }) => target !== "**" && target !== "");
		const name = link?.target ?? item.text.replace(/^#key\b\s*/i, "").trim();
		if (name === "") return;
		profile.keys.push(name);
		for (const child of item.children) {
			if (isBlank(child)) continue;
			const property = PROPERTY_LINE.exec(child.trim());
			const weight = property && /^(key-)?weight$/i.test(property[1]) ? Number(property[2].trim()) : NaN;
			if (Number.isFinite(weight)) {
				// An own key even for names like __proto__, which plain assignment would turn into a prototype.
				Object.defineProperty((profile.keyWeights ??= {}), name, { value: weight, enumerable: true, writable: true, configurable: true });
			} else {
				warn(`Keys: the line "${clip(child.trim())}" under "${clip(name)}" was not read.`);
			}
		}
	});
}

function readCopilot(body: LineList, profile: Profile, warn: Warn): void {
	const lines: string[] = [];
	for (let k = 0; k < body.length; k++) if (!body.blank(k)) lines.push(body.line(k).trim());
	let prompt = "";
	let rest: string[];
	const promptEnd = lines.findIndex((line) => PROMPT_END.test(line));
	if (promptEnd !== -1) {
		const end = PROMPT_END.exec(lines[promptEnd]) as RegExpExecArray;
		const cut = end.index + end[0].length;
		prompt = [...lines.slice(0, promptEnd), lines[promptEnd].slice(0, cut)].join("\n").trim();
		rest = [lines[promptEnd].slice(cut), ...lines.slice(promptEnd + 1)];
	} else {
		const firstListed = lines.findIndex((line) => listMarkerLength(line) > 0);
		const promptLines = firstListed === -1 ? (lines.length > 0 && !lines[0].endsWith("?") ? 1 : 0) : firstListed;
		prompt = lines.slice(0, promptLines).join("\n");
		rest = lines.slice(promptLines);
	}
	profile.copilot.prompt = appendText(profile.copilot.prompt, prompt);
	for (const line of rest) {
		for (const question of splitQuestions(stripQuestionMarker(line.trim()))) {
			if (!question.endsWith("?")) warn(`innCoPilot: "${clip(question)}" does not end with a question mark.`);
			profile.copilot.questions.push(question);
		}
	}
}

/** Removes a list marker and a task checkbox (`- [ ] `) from a question line. */
function stripQuestionMarker(line: string): string {
	const text = line.slice(listMarkerLength(line));
	return /^\[[ xX]\] /.test(text) ? text.slice(4) : text;
}

/** Splits "A? B?" into its questions: a question mark followed by a capitalised word starts the next one. */
function splitQuestions(line: string): string[] {
	const questions: string[] = [];
	let start = 0;
	for (let i = line.indexOf("?"); i !== -1; i = line.indexOf("?", i + 1)) {
		let next = i + 1;
		while (line.charCodeAt(next) === 32) next++;
		const c = line.charCodeAt(next);
		if (next < line.length && c >= 65 && c <= 90) {
			questions.push(line.slice(start, i + 1).trim());
			start = next;
		}
	}
	const last = line.slice(start).trim();
	if (last !== "") questions.push(last);
	return questions;
}

/** Appends the section's examples to the profile's (those of a section met before stay first). */
function readExamples(body: LineList, profile: Profile, warn: Warn, headingLines: ReadonlySet<number>): void {
	const { examples } = profile;
	let title: string | null = null;
	let lines: string[] = [];
	let bodyIndent = 0;
	const flush = () => {
		const text = joinTrimmed(lines);
		if (title !== null) examples.push({ title, body: text });
		else if (text !== "") {
			warn("Examples: the text before the first ### title was kept as an untitled example.");
			examples.push({ title: "", body: text });
		}
	};
	for (let k = 0; k < body.length; k++) {
		const line = body.line(k);
		const bullet = line.startsWith("- ") ? 2 : 0;
		if (line.startsWith("### ", bullet) && headingLines.has(k)) {
			flush();
			title = line.slice(bullet + 4).trim();
			lines = [];
			bodyIndent = bullet;
			continue;
		}
		lines.push(bodyIndent > 0 && body.indent(k) >= bodyIndent ? line.replace(/^( {2}|\t)/, "") : line);
	}
	flush();
}

/** Appends the section's items to the profile's topics. */
function readTopics(body: LineList, { topics }: Profile, warn: Warn): void {
	eachListItem(body, (item) => {
		const nested = joinTrimmed(item.children);
		if (nested !== "") warn(`Topics: the lines under "${clip(item.text)}" were not read.`);
		topics.push(item.text);
	});
}

/** Appends the section's tool links to the profile's, each with its summary: pushed in place, not collected and copied over. */
function readTools(body: LineList, { tools }: Profile): void {
	eachListItem(body, (item) => {
		const close = leadingLinkEnd(item.text);
		const name = close === -1 ? item.text : linkTarget(item.text.slice(2, close));
		const inline = close !== -1 && close + 2 < item.text.length ? item.text.slice(close + 2).replace(/^[\s:–—-]+/, "") : "";
		const nested = joinTrimmed(unwrapBullets(item.children));
		const summary = inline === "" ? nested : nested === "" ? inline : `${inline}\n${nested}`;
		tools.push({ name, summary });
	});
}

/** Where the `]]` of a link that opens the text stands (`[[Tool]] …`), or -1 when the text does not open with one. */
function leadingLinkEnd(text: string): number {
	if (text.charCodeAt(0) !== 91 || text.charCodeAt(1) !== 91) return -1;
	const close = text.indexOf("]]", 2);
	if (close <= 2) return -1;
	const nested = text.indexOf("[[", 2);
	const newline = text.indexOf("\n", 2);
	return (nested !== -1 && nested < close) || (newline !== -1 && newline < close) ? -1 : close;
}

/** Shortens text to quote it in a warning or a message. */
export function clip(text: string): string {
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
