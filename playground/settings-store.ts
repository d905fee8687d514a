/** The playground's settings: held in memory (the page has no data.json), changed by the settings tab, listened to by the features. */
import type { InnCoPilotSettings } from "../src/core/settings";

/** The settings in force, and who to tell when they change. */
export class SettingsStore {
	private readonly listeners = new Set<(settings: InnCoPilotSettings) => void>();

	constructor(private current: InnCoPilotSettings) {}

	/** The settings in force now. */
	get(): InnCoPilotSettings {
		return this.current;
	}

	/** Changes some settings and tells listeners. */
	update(patch: Partial<InnCoPilotSettings>): void {
		this.current = { ...this.current, ...patch };
		for (const listener of this.listeners) listener(this.current);
	}

	/** Calls `listener` after each change; returns the function that stops it. */
	onChange(listener: (settings: InnCoPilotSettings) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}
}
