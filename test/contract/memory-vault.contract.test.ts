import { MemoryVault } from "../../src/core/host/memory-vault";
import { OBSIDIAN_RULES, testHostContract } from "./host-contract";

testHostContract("MemoryVault (the playground's host)", (notes, indexers) => {
	const vault = new MemoryVault(indexers);
	for (const [path, text] of Object.entries(notes)) vault.write(path, text);
	return Promise.resolve({
		notes: vault,
		write: (path, text) => Promise.resolve(vault.write(path, text)),
		remove: (path) => Promise.resolve(void vault.remove(path)),
		rename: (from, to) => {
			const moved = vault.rename(from, to);
			return moved.ok ? Promise.resolve() : Promise.reject(new Error(moved.error));
		},
	});
}, OBSIDIAN_RULES);
