/** The chip renderer's ports (and the sidebar's Markdown) implemented with Obsidian: Markdown through `MarkdownRenderer`, previews through `hover-link`. */
import { Component, Keymap, MarkdownRenderer, type App, type HoverParent } from "obsidian";
import type { HoverPort, MarkdownPort } from "../ui/tool-chip";

/** The id under which chips ask the Page preview core plugin for previews. See also `registerHoverLinkSource`. */
export const HOVER_SOURCE = "inncopilot";

/**
 * Renders each summary with its own child `Component` of `parent`, unloaded when the chip goes; plain text if rendering
 * fails. A click on an internal link in the summary opens it (Live Preview has no handler of its own for them).
 */
export function markdownPort(app: App, parent: Component): MarkdownPort {
	return {
		render(markdown, el, sourcePath) {
			const child = parent.addChild(new Component());
			MarkdownRenderer.render(app, markdown, el, sourcePath, child).catch(() => {
				el.empty();
				el.setText(markdown);
			});
			const openLink = (event: MouseEvent) => {
				const link = (event.target as Element | null)?.closest?.("a.internal-link");
				const target = link?.getAttribute("data-href") ?? link?.getAttribute("href");
				if (!target) return;
				event.preventDefault();
				event.stopPropagation();
				void app.workspace.openLinkText(target, sourcePath, Keymap.isModEvent(event));
			};
			el.addEventListener("click", openLink);
			return () => {
				el.removeEventListener("click", openLink);
				parent.removeChild(child);
			};
		},
	};
}

/** Shows Obsidian's page preview of a tool note when its chip is hovered. */
export function hoverPort(app: App): HoverPort {
	return (event, targetEl, linktext, sourcePath, owner) => {
		app.workspace.trigger("hover-link", {
			event,
			source: HOVER_SOURCE,
			hoverParent: owner as HoverParent,
			targetEl,
			linktext,
			sourcePath,
		});
	};
}
