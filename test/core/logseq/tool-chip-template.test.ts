import { escapeHtml } from "../../../src/core/logseq/escape-html";
import { toolChipTemplate } from "../../../src/core/logseq/tool-chip-template";
import { toolChipMacro, toolNameOfMacro } from "../../../src/core/logseq/tool-macro";

describe("toolChipTemplate", () => {
	it("is a details chip with the tool's name as its summary and one paragraph per paragraph of text", () => {
		expect(toolChipTemplate({ name: "BMC", summary: "One page.\nNine blocks.\n\nBy Osterwalder.", expanded: false })).toBe(
			'<details class="inncopilot-tool"><summary title="What BMC is for">ⓘ BMC</summary><div class="inncopilot-tool-summary"><p>One page. Nine blocks.</p><p>By Osterwalder.</p></div></details>',
		);
	});

	it("escapes every character that could open markup or leave an attribute", () => {
		const hostile = `"><img src=x onerror=alert(1)> <svg onload=alert(2)> <a href='javascript:alert(3)'>x</a> \`x\``;
		const html = toolChipTemplate({ name: hostile, summary: hostile, expanded: true });
		expect(html).not.toMatch(/<(?!\/?(details|summary|div|p)\b)/);
		expect(html).not.toMatch(/[^=]"[^ >]*=/);
		expect(escapeHtml(`<>&"'\`=`)).toBe("&lt;&gt;&amp;&quot;&#39;&#96;&#61;");
	});

	it("says how to add a summary when none is known", () => {
		expect(toolChipTemplate({ name: "X", summary: " ", expanded: false })).toContain("No summary yet");
	});
});

describe("the tool macro", () => {
	it("round-trips a tool name through the renderer macro's arguments", () => {
		expect(toolChipMacro("Business Model Canvas")).toBe(" {{renderer :inncopilot-tool, Business Model Canvas}}");
		expect(toolNameOfMacro([":inncopilot-tool", " Business Model Canvas"])).toBe("Business Model Canvas");
	});

	it("writes no macro for a name with a comma or braces, and reads none from another renderer", () => {
		expect(toolChipMacro("Price, value")).toBe("");
		expect(toolChipMacro("a}}b")).toBe("");
		expect(toolNameOfMacro([":h1", "x"])).toBeNull();
		expect(toolNameOfMacro([":inncopilot-tool"])).toBeNull();
	});
});
