/**
 * The copilot sidebar's DOM, built from plain data with createEl/createDiv/createSpan only: vault text goes in as text,
 * Markdown through the `renderMarkdown` callback (the host's renderer). No `obsidian` import (lint fences src/ui), so
 * every host mounts it as it is. `SidebarController` is its one caller.
 */
import { words } from "../../core/wording/wording";
import type { KeyRisk } from "../../core/graph/key-page";
import { progressText, type EmptySection, type ProfileCard, type QuestionItem, type SidebarModel } from "../../core/sidebar";

/** What the sidebar shows: the note, whether it is pinned, and its model. */
export interface SidebarData {
	/** The note shown, or null before any Markdown note was opened. */
	note: { name: string; path: string } | null;
	pinned: boolean;
	/** Null while the note has not been read yet. */
	model: SidebarModel | null;
	/** True when the "Insert profile template" command exists. */
	canInsertTemplate: boolean;
}

/** What the sidebar's controls do; the host decides how. Questions are named by their card and `key`. */
export interface SidebarHandlers {
	togglePin(): void;
	insertTemplate(): void;
	copyPrompt(card: string): void;
	/** Inserts the question into the note, or jumps to it when the note already asks it. */
	question(card: ProfileCard, question: QuestionItem): void;
	jumpToSection(card: string, section: EmptySection): void;
	renderMarkdown(el: HTMLElement, markdown: string): void;
	/** Adds per-question controls (drafting's Draft button and card) to a question's row. */
	questionExtras?(row: HTMLElement, card: ProfileCard, question: QuestionItem): void;
	/** Adds per-profile controls (drafting's Draft unanswered) beside Copy prompt. */
	cardExtras?(container: HTMLElement, card: ProfileCard): void;
}

/** The class of one part of the sidebar: `part("card")` is "inncopilot-copilot-card" (styles.css names them in full). */
function part(name: string): string {
	return `inncopilot-copilot-${name}`;
}

/** A button under `parent` that runs `click`; `focus` names it so that a redraw keeps keyboard focus on it. */
function button(parent: HTMLElement, cls: string, text: string, focus: string, click: () => void, attr: Record<string, string> = {}): HTMLButtonElement {
	const control = parent.createEl("button", { cls, text, attr: { ...attr, "data-focus": focus } });
	control.addEventListener("click", click);
	return control;
}

/** A warning paragraph under `parent`. */
function warn(parent: HTMLElement, text: string): void {
	parent.createEl("p", { cls: part("warning"), text });
}

const REASONS = { page: "This note is the profile's page", recorded: "Recorded in this note", linked: "Linked from this note" } as const;

/** Replaces `root`'s content with the sidebar for `data`; keyboard focus stays on the same control when it still exists. */
export function renderSidebar(root: HTMLElement, data: SidebarData, handlers: SidebarHandlers): void {
	const focused = focusedControl(root);
	root.replaceChildren();
	const shell = root.createDiv({ cls: "inncopilot-copilot" });
	renderHeader(shell, data, handlers);
	if (data.note === null) {
		emptyState(shell, words("sidebar-no-note"));
	} else if (data.model === null) {
		shell.createEl("p", { cls: part("hint"), text: "Reading the note…" });
	} else {
		for (const problem of data.model.problems) {
			warn(shell, problem);
		}
		for (const name of data.model.missing) {
			warn(shell, words("sidebar-missing-profile", { name }));
		}
		if (data.model.cards.length === 0) {
			emptyState(shell, words("sidebar-no-profile"), data.canInsertTemplate ? () => handlers.insertTemplate() : undefined);
		}
		for (const card of data.model.cards) renderCard(shell, card, handlers);
	}
	if (focused !== null) refocus(shell, focused);
}

function renderHeader(shell: HTMLElement, data: SidebarData, handlers: SidebarHandlers): void {
	const header = shell.createDiv({ cls: part("header") });
	const title = header.createDiv({ cls: part("note") });
	title.createSpan({ cls: part("note-label"), text: data.pinned ? "Pinned to" : "Showing" });
	title.createSpan({ cls: part("note-name"), text: data.note?.name ?? "No note", attr: data.note ? { title: data.note.path } : {} });
	if (data.note === null) return;
	button(header, part("pin"), data.pinned ? "Unpin" : "Pin", "pin", () => handlers.togglePin(), {
		"aria-pressed": String(data.pinned),
		"aria-label": data.pinned ? "Unpin: follow the active note again" : "Pin: keep showing this note",
	});
}

/** What the sidebar says when it has no card to show; `insertTemplate`, when given, is offered as a button. */
function emptyState(shell: HTMLElement, message: string, insertTemplate?: () => void): void {
	const empty = shell.createDiv({ cls: part("empty") });
	empty.createEl("p", { text: message });
	if (insertTemplate) button(empty, "mod-cta", "Insert profile template", "insert-template", insertTemplate);
}

function renderCard(shell: HTMLElement, card: ProfileCard, handlers: SidebarHandlers): void {
	const section = shell.createEl("section", { cls: part("card"), attr: { "aria-label": card.name } });
	section.createEl("h4", { cls: part("card-title"), text: card.name });
	section.createDiv({ cls: part("reason"), text: REASONS[card.reason] });
	if (card.definition !== "") handlers.renderMarkdown(section.createDiv({ cls: part("definition") }), card.definition);

	const progress = section.createDiv({ cls: part("progress") });
	const answerable = card.total > 0 && card.reason !== "page";
	if (answerable) progress.createEl("progress", { attr: { value: String(card.answered), max: String(card.total), "aria-hidden": "true" } });
	progress.createSpan({ text: progressText(card) });
	button(progress, part("copy"), "Copy prompt", `copy:${card.name}`, () => handlers.copyPrompt(card.name));
	handlers.cardExtras?.(progress, card);
	if (answerable) renderLegend(section);

	for (const group of card.groups) {
		if (group.questions.length === 0) continue;
		// Only a key page's group has a weight; the profile's own questions have none.
		section.createDiv({ cls: part("group"), text: group.weight === undefined ? group.title : `${group.title} · weight ${group.weight}` });
		const list = section.createEl("ul", { cls: part("questions") });
		for (const question of group.questions) renderQuestion(list, card, question, handlers);
		if (group.risks !== undefined) renderRisks(section, group.risks);
	}
	for (const warning of card.warnings ?? []) warn(section, warning);
	if (card.emptySections.length > 0) {
		const empty = section.createDiv({ cls: part("sections") });
		empty.createSpan({ text: "Still empty:" });
		for (const each of card.emptySections) {
			button(empty, part("section"), each.title, `section:${card.name}:${each.title}`, () => handlers.jumpToSection(card.name, each), {
				"aria-label": `Jump to the empty ${each.title} section`,
			});
		}
	}
	if (card.missingSections.length > 0) {
		section.createEl("p", { cls: part("hint"), text: `No section yet for: ${card.missingSections.join(", ")}.` });
	}
}

/** A key's risks folded under one summary line: a click shows each with its mitigation and contingency. */
function renderRisks(section: HTMLElement, risks: readonly KeyRisk[]): void {
	const details = section.createEl("details", { cls: part("risks") });
	details.createEl("summary", { text: risks.length === 1 ? "1 risk" : `${risks.length} risks` });
	for (const risk of risks) {
		const item = details.createDiv({ cls: part("risk") });
		item.createEl("strong", { text: risk.name });
		for (const [label, text] of [["", risk.text], ["Mitigation: ", risk.mitigation], ["Contingency: ", risk.contingency]]) {
			if (text !== "") item.createDiv({ text: label + text });
		}
	}
}

/** One question's row: its button, then any further controls for that question. */
function renderQuestion(list: HTMLElement, card: ProfileCard, question: QuestionItem, handlers: SidebarHandlers): void {
	const state = questionState(card, question);
	const row = list.createEl("li", { cls: `${part("question")} is-${state}` });
	const control = button(row, part("question-button"), "", `question:${card.name}:${question.key}`, () => handlers.question(card, question), {
		// What a screen reader says, and Obsidian's tooltip shows: the question, its state, and what a click does.
		"aria-label": words(`question-${state}`, { question: question.text }),
	});
	const [glyph, meaning] = STATUS[state];
	control.createSpan({ cls: part("status"), text: glyph, attr: { "aria-hidden": "true", title: meaning } });
	control.createSpan({ cls: part("question-text"), text: question.text });
	handlers.questionExtras?.(row, card, question);
}

/** Answered, asked but not answered, not in the note yet; or, on the profile's own page, listed there. */
type QuestionState = "answered" | "asked" | "missing" | "listed";

/** Each state's mark before the question, and what the mark means. */
const STATUS: Readonly<Record<QuestionState, readonly [glyph: string, meaning: string]>> = {
	answered: ["✓", "Answered"],
	asked: ["◐", "In the note, not answered yet"],
	missing: ["○", "Not in the note yet"],
	listed: ["•", "Listed on this page"],
};

/** What the marks before the questions mean, as one visible line a screen reader reads too. */
function renderLegend(section: HTMLElement): void {
	const legend = section.createEl("p", { cls: part("legend"), attr: { "aria-label": "What the marks mean" } });
	for (const state of ["answered", "asked", "missing"] as const) {
		const [glyph, meaning] = STATUS[state];
		legend.createSpan({ text: `${glyph} ${meaning.toLowerCase()}` });
	}
}

function questionState(card: ProfileCard, question: QuestionItem): QuestionState {
	if (card.reason === "page") return "listed";
	return question.answered ? "answered" : question.at !== null ? "asked" : "missing";
}

function focusedControl(root: HTMLElement): string | null {
	const active = root.ownerDocument.activeElement;
	return active !== null && root.contains(active) ? active.getAttribute("data-focus") : null;
}

function refocus(shell: HTMLElement, id: string): void {
	const control = Array.from(shell.querySelectorAll<HTMLElement>("[data-focus]")).find((each) => each.getAttribute("data-focus") === id);
	control?.focus();
}
