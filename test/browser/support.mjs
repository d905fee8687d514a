// What a browser spec needs: `test` to register a test and `openPage` to load a bundled page.
// A feature's browser test is two files: pages/<name>.ts (mounts the real thing) and <name>.spec.mjs (drives it).
// The runner (run.mjs) owns the browser; the functions marked "runner only" are for it alone.

/** Tests registered by the spec file being loaded, drained by the runner. */
const registered = [];
/** The running browser, the address of the page server and the names of the bundled pages, set by the runner. */
let session = null;
/** Browser contexts opened by the running test, with what went wrong inside them. */
let opened = [];

/** Registers a browser test; `fn` is async and throws (e.g. through node:assert) to fail. */
export function test(name, fn) {
  registered.push({ name, fn });
}

/**
 * Opens test/browser/pages/<name>.ts, bundled, in a fresh browser context of its own.
 * Requests to anything but 127.0.0.1 are blocked and fail the test, as does any uncaught error in the page.
 */
export async function openPage(name) {
  if (!session) throw new Error("openPage works only inside a test run by test/browser/run.mjs");
  if (!session.pages.includes(name)) throw new Error(`no page named "${name}": add test/browser/pages/${name}.ts`);
  const context = await session.browser.newContext({ viewport: { width: 1000, height: 700 } });
  const record = { context, problems: [] };
  opened.push(record);
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    record.problems.push(`the page tried to reach ${url.href}; browser tests never touch the network`);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  page.on("pageerror", (error) => record.problems.push(`uncaught error in the page: ${error.message}`));
  await page.goto(`${session.baseUrl}/${name}.html`);
  return page;
}

/** Runner only: makes `openPage` use this browser, page server and list of bundled pages. */
export function startSession(browser, baseUrl, pages) {
  session = { browser, baseUrl, pages };
}

/** Runner only: returns the tests registered since the last call and forgets them. */
export function takeTests() {
  return registered.splice(0);
}

/** Runner only: closes every context the last test opened; returns what went wrong in their pages. */
export async function closePages() {
  const records = opened;
  opened = [];
  await Promise.all(records.map((record) => record.context.close()));
  return records.flatMap((record) => record.problems);
}
