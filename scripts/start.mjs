// `npm start`: build the plugin, install it into demo-vault, say how to open that vault in Obsidian, then serve the
// playground (the plugin in a browser, over the demo notes, and the Logseq plugin in its Logseq tab) on 127.0.0.1 until Ctrl-C.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildPlayground, servePlayground } from "./playground-server.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const VAULT = path.join(ROOT, "demo-vault");
const PLUGIN_DIR = path.join(VAULT, ".obsidian", "plugins", "inncopilot");
/** What Obsidian loads from a plugin folder; styles.css is optional. */
const REQUIRED = ["main.js", "manifest.json"];
const OPTIONAL = ["styles.css"];

/** Prints a line to stdout, or with `toStderr` to stderr. */
function say(text, toStderr = false) {
  (toStderr ? process.stderr : process.stdout).write(`${text}\n`);
}

/** Runs the production build with its output shown; true if it succeeded. */
function build() {
  const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  return result.status === 0;
}

/** Copies the built plugin into the demo vault, removing a stale optional file the project no longer has. */
function install() {
  mkdirSync(PLUGIN_DIR, { recursive: true });
  for (const file of REQUIRED) copyFileSync(path.join(ROOT, file), path.join(PLUGIN_DIR, file));
  for (const file of OPTIONAL) {
    if (existsSync(path.join(ROOT, file))) copyFileSync(path.join(ROOT, file), path.join(PLUGIN_DIR, file));
    else rmSync(path.join(PLUGIN_DIR, file), { force: true });
  }
}

/** Tells a newcomer how to see the plugin in Obsidian. */
function explain() {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, "manifest.json"), "utf8"));
  say(`
innCoPilot ${version} is installed in ${path.relative(ROOT, PLUGIN_DIR)}/

To try it in Obsidian:
  1. Choose "Open folder as vault" and pick ${VAULT}
  2. When Obsidian asks whether you trust the vault, choose "Trust author and enable plugins".
     (Or: Settings → Community plugins → Turn on community plugins, then enable innCoPilot.)
  3. Open Ventures/Exotic Pet Rental.md or Profiles/Sales strategy.md.

After a code change, stop this with Ctrl-C, run npm start again, then reload Obsidian (command palette:
"Reload app without saving") or the playground page.`);
}

/** Builds and serves the playground; stays up until Ctrl-C (or a kill), then closes the server. */
async function playground() {
  let served;
  try {
    served = await servePlayground(await buildPlayground());
  } catch (error) {
    say(`\nThe playground could not start: ${error.message ?? error}`, true);
    process.exit(1);
  }
  say(`
To try it without Obsidian, open the playground: ${served.url}
(the plugin's editor features, copilot sidebar and commands over the demo notes, kept in memory; Ctrl-C stops it)
To try the Logseq plugin without Logseq, open its Logseq tab: ${served.url}logseq.html
(the plugin as npm run build:logseq builds it, in a Logseq host of our own over the demo graph)`);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.once(signal, () => {
      served.server.closeAllConnections();
      served.server.close(() => process.exit(0));
    });
  }
}

if (!build()) {
  say("\nThe build failed (see above), so nothing was installed into demo-vault.", true);
  process.exit(1);
}
install();
explain();
await playground();
