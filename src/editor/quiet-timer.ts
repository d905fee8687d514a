/** A callback that waits for a pause: typing in a huge Tools section, a burst of tool-note changes. */

/** Runs its callback once `delayMs` have passed since the last `poke()`; one timer however many pokes come meanwhile. */
export class QuietTimer {
	private timer: number | null = null;
	private lastPoke = 0;

	constructor(
		private readonly delayMs: number,
		private readonly callback: () => void,
	) {}

	/** Starts the wait, or makes the running one last until `delayMs` after now. */
	poke(): void {
		this.lastPoke = Date.now();
		if (this.timer === null) this.wait(this.delayMs);
	}

	/** Drops the pending callback (on unload). */
	cancel(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
	}

	private wait(ms: number): void {
		this.timer = window.setTimeout(() => {
			const left = this.lastPoke + this.delayMs - Date.now();
			if (left > 0) return this.wait(left);
			this.timer = null;
			this.callback();
		}, ms);
	}
}
