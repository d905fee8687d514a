/** A YAML scalar that any YAML reader reads back as the very same string. */
import { lazyPattern } from "../lazy";

const PLAIN_YAML = lazyPattern("^[\\p{L}\\p{N}][\\p{L}\\p{N} _'’.-]*$");
/** Plain scalars YAML reads as booleans, null or numbers (decimal, hexadecimal, octal). */
const NOT_A_STRING = /^(?:true|false|yes|no|on|off|null|[-+]?[\d_.]+(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+)$/i;

/**
 * `text` as a YAML scalar that reads back as the same string (never as a number, boolean or null): plain when it is
 * words, double-quoted (JSON) otherwise. See also `yamlScalar` in commands/page-properties, which keeps whole numbers plain.
 */
export function yamlScalar(text: string): string {
	return PLAIN_YAML().test(text) && text.trim() === text && !NOT_A_STRING.test(text) ? text : JSON.stringify(text);
}
