import { hoverPort, markdownPort } from "../../src/obsidian/render-ports";
import { App, Component } from "../fakes/obsidian";

describe("the renderer's Obsidian ports", () => {
	it("renders Markdown with a loaded child component that is unloaded when the chip goes", () => {
		const app = new App();
		const parent = new Component();
		parent.load();
		const el = { addEventListener: () => undefined, removeEventListener: () => undefined };
		const undo = markdownPort(app as never, parent as never).render("**Nine** blocks", el as never, "Ventures/Pets.md");
		expect(app.rendered).toHaveLength(1);
		const [{ markdown, sourcePath, component }] = app.rendered;
		expect({ markdown, sourcePath, loaded: component.loaded, child: component !== parent }).toEqual({
			markdown: "**Nine** blocks",
			sourcePath: "Ventures/Pets.md",
			loaded: true,
			child: true,
		});
		undo();
		expect(component.loaded).toBe(false);
	});

	it("opens an internal link clicked in a rendered summary, in a new tab with Ctrl, and stops listening once undone", () => {
		const app = new App();
		const parent = new Component();
		parent.load();
		const listeners = new Map<string, (event: unknown) => void>();
		const el = {
			addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
			removeEventListener: (type: string) => listeners.delete(type),
		};
		const undo = markdownPort(app as never, parent as never).render("See [[Grid]]", el as never, "Ventures/Pets.md");
		const link = { getAttribute: (name: string) => (name === "data-href" ? "Grid#Rows" : null) };
		const click = (ctrlKey: boolean, target: unknown) => {
			const event = { ctrlKey, target, defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true), stopPropagation: () => undefined };
			listeners.get("click")?.(event);
			return event.defaultPrevented;
		};
		expect(click(true, { closest: () => link })).toBe(true);
		expect(click(false, { closest: () => null })).toBe(false);
		expect(app.workspace.openedLinks).toEqual([{ linktext: "Grid#Rows", sourcePath: "Ventures/Pets.md", newLeaf: true }]);
		undo();
		expect(listeners.size).toBe(0);
	});

	it("asks the Page preview plugin for a preview through the hover-link event", () => {
		const app = new App();
		const seen: unknown[] = [];
		app.workspace.on("hover-link", (payload: unknown) => seen.push(payload));
		const owner = { hoverPopover: null };
		const event = { type: "mouseover" } as MouseEvent;
		const target = {} as HTMLElement;
		hoverPort(app as never)(event, target, "Tools/Grid.md", "Ventures/Pets.md", owner);
		expect(seen).toEqual([{ event, source: "inncopilot", hoverParent: owner, targetEl: target, linktext: "Tools/Grid.md", sourcePath: "Ventures/Pets.md" }]);
	});
});

