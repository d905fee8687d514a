/** The bundled profile library, shipped as profile pages (packed) and read with the same parser as a vault's. */
import { parseProfile } from "../profile/parse";
import type { Profile } from "../profile/profile";
import { bundledFolder } from "./packed-text";

/** Profiles available in every vault (a vault profile with the same name takes precedence), parsed afresh on each call. */
export function bundledProfiles(): Profile[] {
	return bundledFolder("library/profiles").map(([, page]) => parseProfile(page));
}
