/** Decides what "Create profile note" does in a vault: write a new page, or open the one already there. Never overwrites. */
import { err, ok, type Result } from "../result";
import { createProfilePage, type NewProfileInput, type NewProfileOptions } from "./create-profile-page";

/** What the host must do: create the page, or open the note that already holds that profile (and say why). */
export type ProfileNotePlan = { kind: "create"; path: string; text: string } | { kind: "open"; path: string; message: string };

/** What the plan asks of the vault. */
export interface ProfileNoteVault {
	/** The host's own path normalisation. */
	normalize(path: string): string;
	/** The path of the profile already named `name`, if any. */
	profilePath(name: string): string | undefined;
	/** What is at `path`. */
	entryAt(path: string): "file" | "folder" | null;
}

/**
 * The page to create, or the existing note to open instead: a profile of that name already in the vault, or a file at
 * the path, is opened and never overwritten; a folder at the path is an error, as is a name that cannot be a page name.
 */
export function planProfileNote(input: NewProfileInput, options: NewProfileOptions, vault: ProfileNoteVault): Result<ProfileNotePlan, string> {
	const page = createProfilePage(input, options);
	if (!page.ok) return page;
	const path = vault.normalize(page.value.path);
	const known = vault.profilePath(page.value.name);
	const existing = known !== undefined && vault.entryAt(known) === "file" ? known : vault.entryAt(path) === "file" ? path : null;
	if (existing !== null) return ok({ kind: "open", path: existing, message: `"${existing}" already exists, so it was not overwritten. It is open now.` });
	if (vault.entryAt(path) === "folder") return err(`"${path}" is a folder, so the profile page cannot be created there.`);
	return ok({ kind: "create", path, text: page.value.text });
}
