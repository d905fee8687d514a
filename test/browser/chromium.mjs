// Finds and starts the Chromium that the browser tests and the screenshots use, so that `npm install && npm test` is all
// the set-up a machine needs. Looked for in this order: $CHROMIUM_PATH; Debian's /usr/bin/chromium (skipped when
// INNCOPILOT_IGNORE_SYSTEM_CHROMIUM=1, to try the last one on a machine that has Debian's); the Chromium that the npm
// package @sparticuz/chromium carries in its own tarball (Linux x64 only), unpacked once into node_modules/.cache with
// the libraries it needs beside it and the DejaVu fonts of the npm package dejavu-fonts-ttf.
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const PACKAGED = "@sparticuz/chromium";
/** Flags every launch gets: no sandbox (CI runs as root), no GPU, and none of the background traffic a closed network refuses. */
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
/** The packaged Chromium is a headless shell built for serverless machines: it starts only without the zygote. */
const PACKAGED_ARGS = ["--no-zygote"];

/** Which Chromium to start and how: its path, where it came from, and its extra flags and environment. */
async function findChromium(env) {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which does not exist`);
    return { executablePath: env.CHROMIUM_PATH, source: "$CHROMIUM_PATH", args: [], env: {} };
  }
  if (env.INNCOPILOT_IGNORE_SYSTEM_CHROMIUM !== "1" && existsSync(SYSTEM_CHROMIUM)) {
    return { executablePath: SYSTEM_CHROMIUM, source: "Debian's chromium", args: [], env: {} };
  }
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(`no Chromium found: ${PACKAGED} carries one for Linux x64 only, and this is ${process.platform} ${process.arch}. ` +
      "Set CHROMIUM_PATH to a Chromium or Chrome executable, e.g. CHROMIUM_PATH=/path/to/chrome npm test");
  }
  const dir = await unpackPackagedChromium();
  await writeFontConfig(dir);
  return {
    executablePath: path.join(dir, "chromium"),
    source: `${PACKAGED} ${packageVersion(PACKAGED)}`,
    args: PACKAGED_ARGS,
    env: {
      LD_LIBRARY_PATH: [path.join(dir, "al2023", "lib"), env.LD_LIBRARY_PATH].filter(Boolean).join(":"),
      FONTCONFIG_FILE: path.join(dir, "fonts.conf"),
    },
  };
}

/** The folder an installed package lives in (npm puts devDependencies at the top of node_modules). */
function packageDir(name) {
  return path.join(ROOT, "node_modules", ...name.split("/"));
}

/** The version of an installed package, read from its package.json. */
function packageVersion(name) {
  return JSON.parse(readFileSync(path.join(packageDir(name), "package.json"), "utf8")).version;
}

/**
 * Unpacks the packaged Chromium (once per version) into node_modules/.cache; resolves to its folder. It goes into a
 * fresh folder first and is renamed into place whole, so two runs starting at once never see half a browser.
 */
async function unpackPackagedChromium() {
  const cache = path.join(ROOT, "node_modules", ".cache", "inncopilot-chromium");
  const dir = path.join(cache, packageVersion(PACKAGED));
  if (existsSync(path.join(dir, "chromium"))) return dir;
  await mkdir(cache, { recursive: true });
  const fresh = await mkdtemp(path.join(cache, "unpacking-"));
  try {
    await inflateInto(fresh, ["chromium.br", "al2023.tar.br"]);
    await rename(fresh, dir).catch((error) => {
      if (!existsSync(path.join(dir, "chromium"))) throw error;
    });
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
  return dir;
}

/** Decompresses the package's `files` into `dir` with the package's own `inflate`, which writes into os.tmpdir(). */
async function inflateInto(dir, files) {
  const { inflate } = await import(PACKAGED);
  const bin = path.join(packageDir(PACKAGED), "bin");
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  try {
    // inflate reads os.tmpdir() before its first await, so each call is aimed at `dir` by the time it returns.
    const pending = files.map((file) => inflate(path.join(bin, file)));
    await Promise.all(pending);
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
}

/**
 * Writes `dir`/fonts.conf (when it differs), the fontconfig file the packaged Chromium reads: the machine's own fonts when
 * it has any, DejaVu from npm for the generic families either way, drawn as Debian draws them (slight hinting, so text is
 * laid out at fractional widths).
 */
async function writeFontConfig(dir) {
  const file = path.join(dir, "fonts.conf");
  const alias = (generic, family) => `  <alias><family>${generic}</family><prefer><family>${family}</family></prefer></alias>\n`;
  const text = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>/usr/share/fonts</dir>
  <dir>${path.join(packageDir("dejavu-fonts-ttf"), "ttf")}</dir>
  <cachedir>${path.join(dir, "fonts-cache")}</cachedir>
${alias("sans-serif", "DejaVu Sans")}${alias("serif", "DejaVu Serif")}${alias("monospace", "DejaVu Sans Mono")}  <match target="font">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>true</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintslight</const></edit>
  </match>
</fontconfig>
`;
  if ((await readFile(file, "utf8").catch(() => "")) !== text) await writeFile(file, text);
}

/**
 * Starts headless Chromium (see the file's head for which one), with `args` added to the usual flags; resolves to the
 * browser and a line saying which Chromium it is. Rejects with a message that says what to do when none can start.
 */
export async function launchChromium({ args = [], ...options } = {}, env = process.env) {
  const found = await findChromium(env);
  const browser = await chromium
    .launch({
      ...options,
      executablePath: found.executablePath,
      headless: true,
      args: [...ARGS, ...found.args, ...args],
      env: { ...env, ...found.env },
    })
    .catch((error) => {
      throw new Error(`could not start ${found.executablePath} (${found.source}); set CHROMIUM_PATH to another Chromium\n${error.message}`);
    });
  return { browser, description: `${found.source}, Chromium ${browser.version()} at ${found.executablePath}` };
}
