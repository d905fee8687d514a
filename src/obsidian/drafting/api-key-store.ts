/** Where the drafting API key lives: Obsidian's secret storage when the app has it, else memory for this session. Never data.json. */
import { words } from "../../core/wording/wording";

/** The part of Obsidian's `SecretStorage` (1.11.4 and later) the key store uses. */
export interface SecretStorageLike {
	getSecret(id: string): string | null;
	setSecret(id: string, secret: string): void;
}

/** The secret's id in Obsidian's keychain: lowercase letters, digits and dashes, as the API requires. */
export const SECRET_ID = "inncopilot-drafting-api-key";

/** Holds the drafting API key. See `apiKeyStoreFor`. */
export class ApiKeyStore {
	#sessionKey = "";

	readonly #secrets: SecretStorageLike | null;

	/** `secrets` is the app's secret storage, or null where this version of the app has none. */
	constructor(secrets: SecretStorageLike | null) {
		this.#secrets = secrets;
	}

	/** True when the key survives a restart (it is in the app's secret storage). */
	get persistent(): boolean {
		return this.#secrets !== null;
	}

	/** The key, or null when none was given. */
	get(): string | null {
		const key = this.#secrets !== null ? (this.#secrets.getSecret(SECRET_ID) ?? "") : this.#sessionKey;
		return key.trim() === "" ? null : key.trim();
	}

	/** Keeps `key` ("" forgets it). */
	set(key: string): void {
		const trimmed = key.trim();
		if (this.#secrets !== null) this.#secrets.setSecret(SECRET_ID, trimmed);
		else this.#sessionKey = trimmed;
	}

	/** One sentence for the settings: where the key is kept. */
	describe(): string {
		return words(this.persistent ? "key-kept" : "key-session");
	}
}

/** The key store for `app`: its `secretStorage` when it has one (detected at run time), else session memory. */
export function apiKeyStoreFor(app: object): ApiKeyStore {
	const secrets = (app as { secretStorage?: Partial<SecretStorageLike> }).secretStorage;
	const usable = secrets !== undefined && typeof secrets.getSecret === "function" && typeof secrets.setSecret === "function";
	return new ApiKeyStore(usable ? (secrets as SecretStorageLike) : null);
}
