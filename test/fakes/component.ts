/** The fake of Obsidian's `Component`, which plugins, views and render children extend. */
import type { EventRef } from "./events";

/** Imitates `Component`: children and cleanups run on unload. */
export class Component {
	private cleanups: (() => unknown)[] = [];
	private children: Component[] = [];
	loaded = false;
	load(): void {
		this.loaded = true;
		this.onload();
	}
	onload(): void {}
	onunload(): void {}
	unload(): void {
		for (const child of this.children.splice(0)) child.unload();
		for (const cleanup of this.cleanups.splice(0)) cleanup();
		this.loaded = false;
		this.onunload();
	}
	addChild<T extends Component>(child: T): T {
		this.children.push(child);
		if (this.loaded) child.load();
		return child;
	}
	removeChild<T extends Component>(child: T): T {
		this.children = this.children.filter((c) => c !== child);
		child.unload();
		return child;
	}
	register(cleanup: () => unknown): void {
		this.cleanups.push(cleanup);
	}
	registerEvent(ref: EventRef): void {
		this.register(() => ref.source.offref(ref));
	}
	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}
}
