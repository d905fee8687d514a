// `npm test`: the unit tests (jest), then the browser tests; one summary line per suite, then the total.
// Extra arguments go to jest only: `npm test -- parse` runs the matching unit tests and every browser test.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Prints a line to stdout. */
function say(text) {
  process.stdout.write(`${text}\n`);
}

/** Runs a command in the project root with the terminal attached; resolves to its exit code and, if asked, its stdout. */
function run(command, args, captureStdout = false) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ["inherit", captureStdout ? "pipe" : "inherit", "inherit"] });
    let stdout = "";
    child.stdout?.on("data", (chunk) => {
      stdout += chunk;
      process.stdout.write(chunk);
    });
    child.on("error", (error) => resolve({ code: null, stdout: String(error) }));
    child.on("close", (code) => resolve({ code, stdout }));
  });
}

/** Jest's counts, read from its JSON report; a suite that fails to compile counts as a failed test. */
async function unitTests() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "inncopilot-jest-"));
  try {
    const report = path.join(dir, "report.json");
    const { code } = await run("npx", ["jest", "--json", `--outputFile=${report}`, ...process.argv.slice(2)]);
    const results = await readFile(report, "utf8").then(JSON.parse, () => null);
    if (!results) return { name: "jest", problem: `no report (exit code ${code})` };
    const counts = { name: "jest", passed: results.numPassedTests, failed: results.numFailedTests + results.numRuntimeErrorTestSuites };
    return code !== 0 && counts.failed === 0 ? { name: "jest", problem: `exit code ${code} with no failed test` } : counts;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The browser suite's counts, read from the summary line it ends with. */
async function browserTests() {
  const { code, stdout } = await run(process.execPath, ["test/browser/run.mjs"], true);
  const summary = stdout.match(/^browser: (\d+) passed, (\d+) failed$/m);
  if (!summary) return { name: "browser", problem: `no summary line (exit code ${code})` };
  const counts = { name: "browser", passed: Number(summary[1]), failed: Number(summary[2]) };
  return code !== 0 && counts.failed === 0 ? { name: "browser", problem: `exit code ${code} with no failed test` } : counts;
}

const suites = [await unitTests(), await browserTests()];
say("");
for (const suite of suites) {
  say(suite.problem ? `${suite.name}: could not run (${suite.problem})` : `${suite.name}: ${suite.passed} passed, ${suite.failed} failed`);
}
const passed = suites.reduce((sum, suite) => sum + (suite.passed ?? 0), 0);
// A suite that could not run counts as one failure, so the total never reads "0 failed" when something broke.
const failed = suites.reduce((sum, suite) => sum + (suite.problem ? 1 : suite.failed), 0);
say(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
