import { windowDebounce } from "../../src/ui/window-debounce";

/** Node's timers stand in for a browser window's; jest's fake timers run them. */
const win = globalThis as unknown as Window;

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("windowDebounce", () => {
	it("runs once, the given time after the last call", () => {
		const run = jest.fn();
		const soon = windowDebounce(win)(run, 300);
		soon();
		jest.advanceTimersByTime(200);
		soon();
		jest.advanceTimersByTime(299);
		expect(run).not.toHaveBeenCalled();
		jest.advanceTimersByTime(1);
		expect(run).toHaveBeenCalledTimes(1);
	});

	it("drops the pending run on cancel, and runs again when called after", () => {
		const run = jest.fn();
		const soon = windowDebounce(win)(run, 300);
		soon();
		soon.cancel();
		jest.advanceTimersByTime(1000);
		expect(run).not.toHaveBeenCalled();
		soon();
		jest.advanceTimersByTime(300);
		expect(run).toHaveBeenCalledTimes(1);
	});
});
