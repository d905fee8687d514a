import { lazy, lazyPattern } from "../../src/core/lazy";

describe("lazy", () => {
	it("builds nothing until the value is first asked for, then builds it once", () => {
		let builds = 0;
		const table = lazy(() => {
			builds++;
			return new Map([["a", 1]]);
		});
		expect(builds).toBe(0);
		const first = table();
		expect(table()).toBe(first);
		expect(builds).toBe(1);
	});
});

describe("lazyPattern", () => {
	it("matches as the literal it stands for, Unicode letters included", () => {
		const word = lazyPattern("[\\p{L}\\p{N}'’-]+", "gu");
		expect("Zürich’s café, 2 ventures".match(word())).toEqual(["Zürich’s", "café", "2", "ventures"]);
		expect(word()).toBe(word());
	});
});
