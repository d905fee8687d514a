import type { UISlotOptions } from "@logseq/libs/dist/LSPlugin";
import { startOnFake, settle } from "./plugin-fixture";

const TOOL = ":inncopilot-tool";

async function chipFor(args: string[], pages = {}, settings = {}): Promise<UISlotOptions[]> {
	const fake = startOnFake(pages, undefined, settings);
	fake.slot("slot-1", args);
	await settle();
	return fake.ui as UISlotOptions[];
}

describe("tool summary chips in Logseq", () => {
	it("fills the macro's slot, replacing what it held, with a folded chip holding the bundled summary", async () => {
		const [ui, ...more] = await chipFor([TOOL, "Business Model Canvas"]);
		expect(more).toEqual([]);
		expect(ui.slot).toBe("slot-1");
		expect(ui.reset).toBe(true);
		expect(ui.template).toMatch(/^<details class="inncopilot-tool"><summary title="What Business Model Canvas is for">ⓘ Business Model Canvas<\/summary>/);
		expect(ui.template).toContain("nine building blocks");
	});

	it("prefers the summary on the tool's own page, escaped so that none of its markup reaches the host", async () => {
		const page = { "Business Model Canvas": [{ content: "summary:: Our <img src=x onerror=alert(1)> canvas, see <a href=\"javascript:alert(2)\" data-on-click=\"#lspmsg#ready#\">this</a>" }] };
		const [ui] = await chipFor([TOOL, "Business Model Canvas"], page);
		expect(ui.template).toContain("Our &lt;img src&#61;x onerror&#61;alert(1)&gt; canvas");
		expect(ui.template).not.toMatch(/<img|<a |data-on-click=/);
	});

	it("looks in the tools namespace first", async () => {
		const pages = { "Tools/Business Model Canvas": [{ content: "summary:: From the tools namespace." }], "Business Model Canvas": [{ content: "summary:: From the plain page." }] };
		const [ui] = await chipFor([TOOL, "Business Model Canvas"], pages);
		expect(ui.template).toContain("From the tools namespace.");
	});

	it("escapes a hostile tool name from the macro's own arguments", async () => {
		const [ui] = await chipFor([TOOL, "<svg onload=alert(1)>"]);
		expect(ui.template).not.toContain("<svg");
		expect(ui.template).toContain("&lt;svg onload&#61;alert(1)&gt;");
	});

	it("starts unfolded when summaries are set to expand, and empties the slot when chips are off", async () => {
		expect((await chipFor([TOOL, "Business Model Canvas"], {}, { toolSummaryExpanded: true }))[0].template).toMatch(/^<details class="inncopilot-tool" open>/);
		expect((await chipFor([TOOL, "Business Model Canvas"], {}, { toolChips: false }))[0].template).toBe("");
	});

	it("leaves other plugins' renderer macros alone", async () => {
		expect(await chipFor([":h1", "Business Model Canvas"])).toEqual([]);
	});
});
