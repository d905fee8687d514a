import { FakeEditor } from "../fakes/obsidian";
import { editorTargetOf } from "../../src/obsidian/editor-target";
import { commandsWorld } from "../support/commands";

describe("editorTargetOf", () => {
	it("finds the CodeMirror editor Obsidian keeps as editor.cm", () => {
		const editor = new FakeEditor("text");
		expect(editorTargetOf(editor as never)).toBe(editor.cm);
	});

	it("finds none on an editor without one, and the command says it cannot reach the editor", () => {
		expect(editorTargetOf({} as never)).toBeNull();
		expect(editorTargetOf({ cm: { state: {}, dispatch: () => undefined } } as never)).toBeNull();
		for (const cm of [null, 42, "cm"]) expect(editorTargetOf({ cm } as never)).toBeNull();
		const world = commandsWorld();
		const view = world.open("Note.md", "|");
		view.editor = { focus: () => undefined } as never;
		world.run("insert-profile-template");
		expect(world.notices()).toEqual(["innCoPilot cannot reach this editor, so it could not insert a profile template."]);
	});
});
