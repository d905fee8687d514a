/** Whether a drafting endpoint is on this machine, on the local network, or somewhere on the internet. */

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
	const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
	if (host === "localhost" || host.endsWith(".localhost") || host === "::1" || host === "0.0.0.0" || /^127\.\d+\.\d+\.\d+$/.test(host)) return "this-machine";
	if (/^10\.\d+\.\d+\.\d+$/.test(host) || /^192\.168\.\d+\.\d+$/.test(host) || /^169\.254\.\d+\.\d+$/.test(host)) return "local-network";
	const private172 = /^172\.(\d+)\.\d+\.\d+$/.exec(host);
	if (private172 !== null && Number(private172[1]) >= 16 && Number(private172[1]) <= 31) return "local-network";
	if (host.endsWith(".local") || host.endsWith(".lan") || /^f[cd][0-9a-f]{2}:/.test(host) || /^fe80:/.test(host)) return "local-network";
	return "remote";
}

/** One sentence for the settings: where requests go, and what leaves the machine. */
export function localityText(locality: Locality): string {
	switch (locality) {
		case "this-machine":
			return "On this machine: drafts never leave it.";
		case "local-network":
			return "On your local network: the note and the profile are sent to another machine when you press Draft.";
		case "remote":
			return "Remote: the note and the profile are sent over the internet when you press Draft.";
		case "invalid":
			return "Not a valid address: it must start with http:// or https://.";
	}
}
