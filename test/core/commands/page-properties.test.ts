import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { propertyAsYaml, yamlScalar } from "../../../src/core/commands/page-properties";
import { readFrontMatter } from "../../../src/core/note";

/** What the `yaml` package and our reader make of one front matter line. */
function bothRead(line: string): [unknown, unknown] {
	const theirs = Object.values((parseYaml(line) ?? {}) as Record<string, unknown>)[0];
	const ours = [...readFrontMatter([line], 0, 1).values.values()][0];
	const text = (value: unknown): unknown => (value === null ? "" : typeof value === "number" || typeof value === "boolean" ? `${value}` : value);
	return [Array.isArray(theirs) ? theirs.map(text) : text(theirs), ours];
}

describe("yamlScalar", () => {
	it("writes any one-line text so that the yaml package and our reader both read that very text back", () => {
		const oneLine = fc.string({ unit: "binary", maxLength: 30 }).filter((text) => !/[\r\n\0]/.test(text) && text !== "");
		fc.assert(
			fc.property(fc.oneof(oneLine, fc.constantFrom("true", "No", "1.0", "007", "0x1F", "~", "null", "[[a]]", "#[[b]]", "a: b", "a #b", "20")), (value) => {
				expect(bothRead(`k: ${yamlScalar(value)}`)).toEqual([value, value]);
			}),
			{ numRuns: 1000 },
		);
	});

	it("leaves plain words and whole numbers unquoted, and quotes what YAML would read otherwise", () => {
		expect(["internal", "profile/Reach", "20", "0"].map(yamlScalar)).toEqual(["internal", "profile/Reach", "20", "0"]);
		expect(["[[a]]", "#[[offer]]", "true", "007", "1.0", "a: b"].map(yamlScalar)).toEqual(['"[[a]]"', '"#[[offer]]"', '"true"', '"007"', '"1.0"', '"a: b"']);
	});
});

describe("propertyAsYaml", () => {
	it("writes tags and aliases as lists split at their commas (one scalar when they hold links), every other property as one scalar", () => {
		expect(propertyAsYaml("tags:: profile, #c")).toBe('tags: [profile, "#c"]');
		expect(propertyAsYaml("tags:: profile, [[a, b]]")).toBe('tags: "profile, [[a, b]]"');
		expect(bothRead(propertyAsYaml("alias:: pricing, price"))).toEqual([["pricing", "price"], ["pricing", "price"]]);
		expect(propertyAsYaml("relations:: [[a]], [[b]]")).toBe('relations: "[[a]], [[b]]"');
		expect(propertyAsYaml("empty::")).toBe('empty: ""');
	});
});
