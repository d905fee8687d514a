import { typingBeforeScroll } from "../../../src/editor/typing-before-scroll";
import { commandsWorld } from "../../support/commands";

describe("the profile commands feature", () => {
	it("registers the typing fix for every editor, once, as it loads its commands", () => {
		const { plugin } = commandsWorld();
		expect(plugin.commands.length).toBeGreaterThan(0);
		expect(plugin.editorExtensions).toEqual([typingBeforeScroll]);
	});
});
