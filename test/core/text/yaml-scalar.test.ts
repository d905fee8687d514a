import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { yamlScalar } from "../../../src/core/text/yaml-scalar";

describe("yamlScalar", () => {
	it("writes any text so that the yaml package reads that very string back, never a number, boolean or null", () => {
		const words = fc.constantFrom("true", "No", "1.0", "2024", "007", "0x1F", "~", "null", "[[a]]", "#b", "a: b", "- list", "Porter’s Five Forces", " padded ", "");
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), words), (text) => {
				expect(parseYaml(`k: ${yamlScalar(text)}`)).toEqual({ k: text });
			}),
			{ numRuns: 1000 },
		);
	});

	it("leaves names of words plain and quotes what YAML would misread", () => {
		expect(["Sales strategy", "Porter’s Five Forces", "Café"].map(yamlScalar)).toEqual(["Sales strategy", "Porter’s Five Forces", "Café"]);
		expect(["yes", "2024", "- list", "a: b"].map(yamlScalar)).toEqual(['"yes"', '"2024"', '"- list"', '"a: b"']);
	});
});
