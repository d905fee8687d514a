/** The fake of Obsidian's `Events` and `EventRef`, which the vault, the metadata cache and the workspace extend. */

/** A handle returned by `Events.on`, as Obsidian's `EventRef`. */
export interface EventRef {
	source: Events;
	name: string;
	callback: (...args: unknown[]) => unknown;
}

/** Imitates `Events`: on/off/trigger. */
export class Events {
	private handlers: EventRef[] = [];
	on(name: string, callback: (...args: never[]) => unknown): EventRef {
		const ref: EventRef = { source: this, name, callback: callback as (...args: unknown[]) => unknown };
		this.handlers.push(ref);
		return ref;
	}
	offref(ref: EventRef): void {
		this.handlers = this.handlers.filter((handler) => handler !== ref);
	}
	trigger(name: string, ...args: unknown[]): void {
		for (const handler of this.handlers.filter((h) => h.name === name)) handler.callback(...args);
	}
	/** Test helper: how many handlers listen to `name`, or to any event without one. */
	listenerCount(name?: string): number {
		return this.handlers.filter((handler) => name === undefined || handler.name === name).length;
	}
}
