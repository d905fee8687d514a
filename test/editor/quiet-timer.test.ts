import { QuietTimer } from "../../src/editor/quiet-timer";

describe("QuietTimer", () => {
	beforeEach(() => jest.useFakeTimers());
	afterEach(() => jest.useRealTimers());

	it("runs once, a full delay after the last of a burst of pokes, with a single timer pending meanwhile", () => {
		const runs: number[] = [];
		const timer = new QuietTimer(300, () => runs.push(Date.now()));
		const start = Date.now();
		for (let i = 0; i < 10; i++) {
			timer.poke();
			jest.advanceTimersByTime(100);
			expect(jest.getTimerCount()).toBe(1);
		}
		expect(runs).toEqual([]);
		jest.advanceTimersByTime(199);
		expect(runs).toEqual([]);
		jest.advanceTimersByTime(1);
		expect(runs).toEqual([start + 1200]);
		expect(jest.getTimerCount()).toBe(0);
	});

	it("runs nothing once cancelled, and waits afresh when poked again", () => {
		let runs = 0;
		const timer = new QuietTimer(300, () => runs++);
		timer.poke();
		timer.cancel();
		jest.advanceTimersByTime(1000);
		expect(runs).toBe(0);
		timer.poke();
		jest.advanceTimersByTime(300);
		expect(runs).toBe(1);
	});
});
