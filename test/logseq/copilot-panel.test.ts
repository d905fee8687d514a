import { PANEL_LABEL } from "../../src/logseq/copilot-panel";
import { callsTo } from "./fake-logseq";
import { startOnFake } from "./plugin-fixture";

describe("the Logseq copilot panel's registration", () => {
	it("offers a toolbar item whose click names the model method that toggles the panel, and a palette command without default keys", () => {
		const fake = startOnFake({ Venture: [] });
		const [type, item] = callsTo(fake, "App.registerUIItem")[0].args as [string, { key: string; template: string }];
		expect(type).toBe("toolbar");
		const method = /data-on-click="([^"]+)"/.exec(item.template)?.[1];
		expect(callsTo(fake, "provideModel").flatMap((call) => call.args[0] as string[])).toContain(method);
		const palette = callsTo(fake, "App.registerCommandPalette").map((call) => call.args[0]);
		expect(palette).toContainEqual({ key: "toggle-copilot-panel", label: PANEL_LABEL });
	});

	it("listens to route changes and to the graph's changes (the panel, and the graph's notes) from the start, and shows nothing until asked", () => {
		const fake = startOnFake({ Venture: [] });
		expect(callsTo(fake, "App.onRouteChanged")).toHaveLength(1);
		expect(callsTo(fake, "DB.onChanged")).toHaveLength(2);
		expect(callsTo(fake, "showMainUI")).toHaveLength(0);
	});
});
