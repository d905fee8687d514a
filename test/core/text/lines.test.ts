import fc from "fast-check";
import { dedentEnd, indentWidth, joinTrimmed, listMarkerLength, textStart } from "../../../src/core/text/lines";

describe("joinTrimmed", () => {
	it("drops blank lines at both ends and trailing white space, keeping blank lines inside", () => {
		expect(joinTrimmed(["", "  ", "a  ", "", "\tb\t", " "])).toBe("a\n\n\tb");
		expect(joinTrimmed(["   ", ""])).toBe("");
	});

	it("joins a long text the same as a short one, line for line", () => {
		const line = fc.constantFrom("", " ", "\t", "a", "b  ", "\tc", "d\u00a0", "é ");
		fc.assert(
			fc.property(fc.array(line, { maxLength: 200 }), (lines) => {
				const kept = lines.map((each) => each.trimEnd());
				const first = kept.findIndex((each) => !/^[ \t]*$/.test(each));
				const last = kept.length - 1 - [...kept].reverse().findIndex((each) => !/^[ \t]*$/.test(each));
				expect(joinTrimmed(lines)).toBe(first === -1 ? "" : kept.slice(first, last + 1).join("\n"));
			}),
			{ numRuns: 300 },
		);
	});
});

describe("line measures", () => {
	it("reads indentation with a tab as two columns and dedents by columns", () => {
		expect(indentWidth("\t  - a")).toBe(4);
		expect("\t  - a".slice(dedentEnd("\t  - a", 2))).toBe("  - a");
		expect("    a".slice(dedentEnd("    a", 2))).toBe("  a");
		expect(indentWidth("\t  - a", 1)).toBe(2);
		expect(dedentEnd("\t  - a", 2)).toBe(1);
		expect(dedentEnd(" \t- a", 2)).toBe(2);
	});

	it("finds list markers and where a line's text starts", () => {
		expect(listMarkerLength("- a")).toBe(2);
		expect(listMarkerLength("12) a")).toBe(4);
		expect(listMarkerLength("-a")).toBe(0);
		expect(listMarkerLength("-")).toBe(1);
		expect(textStart("  > - [ ] ## Q")).toBe(10);
	});
});
