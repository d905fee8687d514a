/** Jest runs in Node; Obsidian code calls `window.setTimeout` and friends, which Node has on the global object. */
const host = globalThis as unknown as { window?: unknown };
host.window ??= globalThis;
