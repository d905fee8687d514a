/** The bundled profile library, shipped as profile pages and read with the same parser as a vault's. */
import { parseProfile } from "../profile/parse";
import type { Profile } from "../profile/profile";
import salesStrategy from "./profiles/sales-strategy.md";

/** Profiles available in every vault (a vault profile with the same name takes precedence), read afresh on each call. */
export function bundledProfiles(): Profile[] {
	return [salesStrategy].map((page) => parseProfile(page));
}
