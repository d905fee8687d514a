/** Whether a drafting endpoint is on this machine, on the local network, or somewhere on the internet. */
import { words } from "../wording/wording";

/** Where an endpoint is; "invalid" when its address is not an http(s) URL. */
export type Locality = "this-machine" | "local-network" | "remote" | "invalid";

/** Where the endpoint at `baseUrl` is, judged from its host name alone (no lookup is made). */
export function endpointLocality(baseUrl: string): Locality {
	let url: URL;
	try {
		url = new URL(baseUrl.trim());
	} catch {
		return "invalid";
	}
	if (url.protocol !== "http:" && url.protocol !== "https:") return "invalid";
	// The URL parser has already lowercased an http(s) host and written IPv4 addresses in canonical dotted decimal (no leading zeros, no octal).
	const host = url.hostname.replace(/^\[|\]$/g, "");
	if (/^(?:(?:.+\.)?localhost|::1|0\.0\.0\.0|127(?:\.\d+){3})$/.test(host)) return "this-machine";
	// Private IPv4 ranges (10/8, 172.16/12, 192.168/16, link-local 169.254/16), .local and .lan names, IPv6 unique and link-local.
	if (/^(?:10\.\d+|172\.(?:1[6-9]|2\d|3[01])|192\.168|169\.254)\.\d+\.\d+$|\.(?:local|lan)$|^(?:f[cd][0-9a-f]{2}|fe80):/.test(host)) return "local-network";
	return "remote";
}

/** One sentence for the settings about the endpoint at `baseUrl`: where requests go, and what leaves the machine. */
export function addressText(baseUrl: string): string {
	return words(`locality-${endpointLocality(baseUrl)}`);
}
