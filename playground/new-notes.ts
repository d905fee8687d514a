/** Making notes in the playground as Obsidian does: "New note" makes an Untitled note, and a link to a missing note creates it. */
import type { MemoryVault } from "../src/core/host/memory-vault";

/** The first free "Untitled.md", "Untitled 1.md", … at the vault's root. */
export function untitledPath(vault: MemoryVault): string {
	for (let n = 0; ; n++) {
		const path = n === 0 ? "Untitled.md" : `Untitled ${n}.md`;
		if (vault.read(path) === null) return path;
	}
}

/**
 * The note a link to `target` in the note at `from` opens: the one it resolves to, else a new empty note named after
 * the target at the vault's root (Obsidian's default place for new notes), created now. Null for a target that names nothing.
 */
export function linkedNote(vault: MemoryVault, target: string, from: string): string | null {
	const found = vault.resolveLink(target, from);
	if (found !== null) return found;
	const name = target.trim().replace(/^\/+/, "").replace(/\.md$/i, "");
	if (name === "" || name.endsWith("/")) return null;
	const path = `${name}.md`;
	vault.write(path, "");
	return path;
}
