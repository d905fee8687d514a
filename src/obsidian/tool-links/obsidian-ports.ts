/** The chip renderer's ports, implemented with Obsidian: Markdown through `MarkdownRenderer`, previews through `hover-link`. */
import { Component, MarkdownRenderer, type App, type HoverParent } from "obsidian";
import type { HoverPort, MarkdownPort } from "../../editor/tool-links/tool-chip";

/** The id under which chips ask the Page preview core plugin for previews. See also `registerHoverLinkSource`. */
export const HOVER_SOURCE = "inncopilot";

/** Renders each summary with its own child `Component` of `parent`, unloaded when the chip goes; plain text if rendering fails. */
export function markdownPort(app: App, parent: Component): MarkdownPort {
	return {
		render(markdown, el, sourcePath) {
			const child = parent.addChild(new Component());
			MarkdownRenderer.render(app, markdown, el, sourcePath, child).catch(() => {
				el.empty();
				el.setText(markdown);
			});
			return () => parent.removeChild(child);
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
