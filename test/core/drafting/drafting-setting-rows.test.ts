import { DRAFTING_ROWS, draftingRowDesc, numberChange, providerChange } from "../../../src/core/drafting/drafting-setting-rows";
import { DEFAULT_DRAFTING } from "../../../src/core/drafting/drafting-settings";
import { providerPreset } from "../../../src/core/drafting/providers";

describe("drafting setting rows", () => {
	it("name every drafting value once, the API key included", () => {
		expect(DRAFTING_ROWS.map((row) => row.key)).toEqual(["enabled", "provider", "baseUrl", "model", "apiKey", "contextTokens", "temperature"]);
		expect(draftingRowDesc("apiKey", DEFAULT_DRAFTING, "Kept in the keychain.")).toBe("Kept in the keychain.");
		expect(draftingRowDesc("baseUrl", { ...DEFAULT_DRAFTING, baseUrl: "http://127.0.0.1:1234/v1" }, "")).toBe("On this machine: drafts never leave it.");
	});

	it("let a preset fill the address unless the user typed their own", () => {
		expect(providerChange({ ...DEFAULT_DRAFTING, baseUrl: "" }, "lm-studio")).toEqual({ provider: "lm-studio", baseUrl: providerPreset("lm-studio").baseUrl });
		expect(providerChange({ ...DEFAULT_DRAFTING, baseUrl: providerPreset("ollama").baseUrl }, "lm-studio").baseUrl).toBe(providerPreset("lm-studio").baseUrl);
		expect(providerChange({ ...DEFAULT_DRAFTING, baseUrl: "http://10.0.0.5:9000" }, "lm-studio").baseUrl).toBe("http://10.0.0.5:9000");
	});

	it("save a number only once it is one, clamped to its range", () => {
		expect(numberChange("temperature", "", DEFAULT_DRAFTING)).toBeNull();
		expect(numberChange("temperature", "abc", DEFAULT_DRAFTING)).toBeNull();
		expect(numberChange("temperature", "5", DEFAULT_DRAFTING)).toEqual({ temperature: 2 });
		expect(numberChange("contextTokens", "8192", DEFAULT_DRAFTING)).toEqual({ contextTokens: 8192 });
	});
});
