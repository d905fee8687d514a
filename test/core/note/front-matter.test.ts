import fc from "fast-check";
import { parse } from "yaml";
import { metaList, readFrontMatter } from "../../../src/core/note";

const read = (yaml: string) => {
	const lines = yaml.split(/\r?\n/);
	return readFrontMatter(lines, 0, lines.length);
};

describe("readFrontMatter", () => {
	it("keeps a quoted flow item that holds a comma as one item", () => {
		expect(read('profiles: ["A, B", C]').values.get("profiles")).toEqual(["A, B", "C"]);
	});

	it("reads block lists, quoted and plain scalars, and drops comments", () => {
		const { values, problem } = read("# about\nTitle: 'It''s mine' # the name\nprofiles:\n  - \"[[Sales strategy]]\"\n  # none here\n  - Pricing\nweight: 35\nurl: http://x.org/#top");
		expect(problem).toBeNull();
		expect(values.get("title")).toBe("It's mine");
		expect(values.get("profiles")).toEqual(["[[Sales strategy]]", "Pricing"]);
		expect(values.get("weight")).toBe("35");
		expect(values.get("url")).toBe("http://x.org/#top");
	});

	it("reads folded and literal block scalars", () => {
		expect(read("summary: >\n  One line\n  and more.\n\n  Next.\ntype: tool").values.get("summary")).toBe("One line and more.\nNext.");
		expect(read("summary: |\n  a\n  b").values.get("summary")).toBe("a\nb");
	});

	it("says on which line front matter cannot be read", () => {
		expect(read("type: venture\nprofiles: [Sales strategy").problem).toEqual({ line: 2, message: 'the list of "profiles" opens with [ but is never closed with ]' });
		expect(read('a: 1\nb: "open').problem?.line).toBe(2);
		expect(read("a: 1\njust words").problem?.line).toBe(2);
	});

	it("finishes a flow list whose closing ] is followed by a quote never closed (it used to loop for ever)", () => {
		const { values, problem } = read('profiles: [A] "B ]\ntype: tool');
		expect(problem).toBeNull();
		expect(values.get("profiles")).toEqual([]);
		expect(values.get("type")).toBe("tool");
	});

	it("records where each key and block item is written", () => {
		expect(read("a: 1\nprofiles:\n  - X\n  - Y\nb: [c]").entries).toEqual([
			{ key: "a", line: 0, style: "scalar", itemLines: [] },
			{ key: "profiles", line: 1, style: "block", itemLines: [2, 3] },
			{ key: "b", line: 4, style: "flow", itemLines: [] },
		]);
	});

	it("unwraps links and tags and splits a Logseq property value outside links", () => {
		const { values } = read('tags: "#profile, [[a, b]], c"');
		expect(metaList(values, "tags")).toEqual(["profile", "a, b", "c"]);
	});

	it("reads generated front matter as a real YAML parser does", () => {
		const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,8}[A-Za-z0-9]$/).filter((w) => !/^(true|false|yes|no|on|off|null|y|n)$/i.test(w));
		const text = fc.string({ unit: fc.constantFrom("a", "B", " ", ",", ":", "#", "'", '"', "\\", "é", "🔍", "[", "]", "-"), maxLength: 12 });
		const double = text.map((value) => ({ written: JSON.stringify(value), value }));
		const single = text.map((value) => ({ written: `'${value.replace(/'/g, "''")}'`, value }));
		const plain = word.map((value) => ({ written: value, value }));
		const scalar = fc.oneof(double, single, plain);
		const value = fc.oneof(
			scalar.map((item) => ({ written: ` ${item.written}`, value: item.value })),
			fc.array(scalar, { maxLength: 4 }).map((items) => ({ written: ` [${items.map((item) => item.written).join(", ")}]`, value: items.map((item) => item.value) })),
			fc.array(scalar, { minLength: 1, maxLength: 4 }).map((items) => ({ written: items.map((item) => `\n  - ${item.written}`).join(""), value: items.map((item) => item.value) })),
		);
		const entry = fc.record({ key: fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/), value, comment: fc.boolean() });
		fc.assert(
			fc.property(fc.uniqueArray(entry, { selector: (each) => each.key, maxLength: 6 }), fc.boolean(), (entries, crlf) => {
				const yaml = entries.map((each) => `${each.key}:${each.value.written}${each.comment ? "\n# note" : ""}`).join(crlf ? "\r\n" : "\n");
				const expected: unknown = parse(yaml, { schema: "failsafe" }) ?? {};
				const ours = read(yaml);
				expect(ours.problem).toBeNull();
				expect(Object.fromEntries(ours.values)).toEqual(expected);
			}),
			{ numRuns: 400 },
		);
	});
});
