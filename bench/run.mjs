// `npm run bench`: runs every bench/*.bench.mjs in turn, prints what each says, and writes
// bench/results.json and docs/performance.md from their RESULT lines (each figure beside its same-run baseline).
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const only = process.argv.slice(2);
const files = readdirSync(join(root, "bench"))
  .filter((file) => file.endsWith(".bench.mjs"))
  .filter((file) => only.length === 0 || only.some((word) => file.includes(word)))
  .sort();

const results = [];
const failures = [];
const started = Date.now();
for (const file of files) {
  console.log(`\n## ${file}`);
  const run = spawnSync(process.execPath, ["--expose-gc", join("bench", file)], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const lines = (run.stdout ?? "").split("\n");
  for (const line of lines) if (line && !line.startsWith("RESULT ")) console.log(line);
  const result = lines.find((line) => line.startsWith("RESULT "));
  if (run.status !== 0 || !result) {
    failures.push(file);
    continue;
  }
  for (const entry of JSON.parse(result.slice(7))) results.push({ bench: file.replace(".bench.mjs", ""), ...entry });
}
const seconds = (Date.now() - started) / 1000;

const figure = (value, unit) => (typeof value === "number" ? `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ${unit}` : "—");
const table = [
  "| benchmark | measure | value | baseline (same run) | baseline value | ratio | goal |",
  "| --- | --- | --- | --- | --- | --- | --- |",
  ...results.map((r) => `| ${r.bench} | ${r.name} | ${figure(r.value, r.unit)} | ${r.baseline ?? "—"} | ${figure(r.baselineValue, r.unit)} | ${typeof r.ratio === "number" ? `${r.ratio.toFixed(2)}×` : "—"} | ${r.goal ?? "—"} |`),
];
const machine = `Node ${process.version}, ${process.platform}/${process.arch}`;
mkdirSync(join(root, "docs"), { recursive: true });
writeFileSync(join(root, "bench", "results.json"), JSON.stringify({ date: new Date().toISOString(), machine, seconds, results }, null, 2) + "\n");
writeFileSync(
  join(root, "docs", "performance.md"),
  [
    "# Performance",
    "",
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${machine}, ${seconds.toFixed(0)} s in all).`,
    "Every figure is measured beside its baseline in the same run; the ratio is figure ÷ baseline unless the goal says otherwise.",
    "",
    ...table,
    "",
  ].join("\n"),
);
console.log(`\n${table.join("\n")}\n\n${results.length} figures from ${files.length} benchmarks in ${seconds.toFixed(0)} s; bench/results.json and docs/performance.md written.`);
if (failures.length > 0) {
  console.error(`These benchmarks failed or printed no RESULT line: ${failures.join(", ")}`);
  process.exit(1);
}
