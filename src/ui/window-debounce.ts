/** The sidebar's debounce port on a browser window's timers, for hosts without Obsidian's `debounce`. */
import type { DebouncePort } from "./sidebar/sidebar-host";

/** Debounced calls on `win`'s timers: each call restarts the wait; `cancel` drops the pending run. */
export function windowDebounce(win: Window): DebouncePort {
	return (run, ms) => {
		let timer: number | null = null;
		const cancel = () => {
			if (timer !== null) win.clearTimeout(timer);
			timer = null;
		};
		const call = () => {
			cancel();
			timer = win.setTimeout(() => {
				timer = null;
				run();
			}, ms);
		};
		return Object.assign(call, { cancel });
	};
}
