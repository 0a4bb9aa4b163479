// `npm run mutation [-- runtime|model ...] [--incremental] [--report-only]`: runs Stryker per target (each with its own config and test files) and
// writes the summary into MUTATION.md: score per target and file, and every surviving mutant grouped by file, either
// with the reason it is equivalent (test/mutation/equivalent.json), with the reason it is not killed yet
// (test/mutation/open.json: the gap, explained), or marked as unexplained. Not part of `npm test`.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/paths.js";

const TARGETS = {
  runtime: { folder: "templates/runtime/", target: 90, tests: "test/runtime/*.test.ts, test/http/security.test.ts" },
  model: {
    folder: "generator/model/",
    target: 80,
    tests: "test/model/*.test.ts (but name-registry and uncurated-description), test/emit/integer.test.ts",
  },
} as const;
type Target = keyof typeof TARGETS;

/** The parts of Stryker's JSON report (mutation-testing-report-schema) used here. */
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}
interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}
/**
 * A surviving mutant judged equivalent (equivalent.json) or explained but not killed yet (open.json): same file, line
 * and mutator (column, replacement when given), and why.
 */
interface Known {
  file: string;
  line: number;
  /** With `toLine`: every line from `line` to `toLine` (one reason for a block, e.g. one diagnostic's text). */
  toLine?: number;
  column?: number;
  /** "*": any mutator. */
  mutator: string;
  replacement?: string;
  reason: string;
}

const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);

function main(): void {
  const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const incremental = process.argv.includes("--incremental") ? ["--incremental"] : [];
  const targets = (args.length ? args : Object.keys(TARGETS)) as Target[];
  for (const t of targets)
    if (!(t in TARGETS)) throw new Error(`unknown target "${t}" (expected ${Object.keys(TARGETS).join(", ")})`);
  const timings: Partial<Record<Target, number>> = {};
  if (!process.argv.includes("--report-only")) {
    for (const t of targets) {
      const started = Date.now();
      const run = spawnSync("npx", ["stryker", "run", `test/mutation/stryker.${t}.config.mjs`, ...incremental], {
        cwd: ROOT,
        stdio: "inherit",
      });
      if (run.status !== 0) process.exit(run.status ?? 1);
      timings[t] = Date.now() - started;
    }
  }
  const read = (name: string): Known[] =>
    JSON.parse(readFileSync(join(ROOT, "test/mutation", name), "utf8")) as Known[];
  const known = { equivalent: read("equivalent.json"), open: read("open.json") };
  const path = join(ROOT, "MUTATION.md");
  let doc = existsSync(path) ? readFileSync(path, "utf8") : header();
  for (const t of targets) doc = replaceSection(doc, t, section(t, known, timings[t]));
  writeFileSync(path, doc);
  console.log(`wrote MUTATION.md (${targets.join(", ")})`);
}

function header(): string {
  return [
    "# Mutation testing",
    "",
    "Written by `npm run mutation` (Stryker with the vitest runner, `concurrency: 2`, per-test coverage; configs in",
    "`test/mutation/`). Score = detected (killed or timed out) / (detected + survived + no coverage). The adjusted",
    "score leaves out the survivors listed as equivalent in `test/mutation/equivalent.json`, each with its reason.",
    "",
    ...Object.keys(TARGETS).flatMap((t) => [`<!-- ${t} -->`, `<!-- /${t} -->`, ""]),
  ].join("\n");
}

function replaceSection(doc: string, t: Target, body: string): string {
  const open = `<!-- ${t} -->`;
  const close = `<!-- /${t} -->`;
  const start = doc.indexOf(open);
  const end = doc.indexOf(close);
  if (start < 0 || end < 0) return `${doc.trimEnd()}\n\n${open}\n${body}\n${close}\n`;
  return `${doc.slice(0, start + open.length)}\n${body}\n${doc.slice(end)}`;
}

const pct = (n: number, d: number): string => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)}%`);

function section(
  t: Target,
  known: { equivalent: readonly Known[]; open: readonly Known[] },
  ms: number | undefined,
): string {
  const { folder, target, tests } = TARGETS[t];
  const file = join(ROOT, `.tmp/mutation/${t}.json`);
  if (!existsSync(file)) return `## ${folder}\n\nNot run yet: \`npm run mutation -- ${t}\`.`;
  const report = JSON.parse(readFileSync(file, "utf8")) as Report;
  const rows: string[] = [];
  const survivors: string[] = [];
  let detected = 0;
  let undetected = 0;
  let equivalent = 0;
  let explained = 0;
  for (const [name, { source, mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const lines = source.split("\n");
    const d = mutants.filter((m) => DETECTED.has(m.status)).length;
    const u = mutants.filter((m) => UNDETECTED.has(m.status));
    detected += d;
    undetected += u.length;
    rows.push(`| ${name} | ${d + u.length} | ${d} | ${u.length} | ${pct(d, d + u.length)} |`);
    if (u.length) survivors.push(`#### ${name} (${u.length})`, "");
    for (const m of u.sort(
      (a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column,
    )) {
      const { line, column } = m.location.start;
      const matches = (e: Known) =>
        e.file === name &&
        (e.toLine === undefined ? e.line === line : e.line <= line && line <= e.toLine) &&
        (e.mutator === "*" || e.mutator === m.mutatorName) &&
        (e.column === undefined || e.column === column) &&
        (e.replacement === undefined || e.replacement === m.replacement);
      const eq = known.equivalent.find(matches);
      const open = eq ? undefined : known.open.find(matches);
      if (eq) equivalent++;
      if (open) explained++;
      const original = lines[line - 1]!.trim();
      const what = `${name}:${line}:${column} ${m.mutatorName}${m.status === "NoCoverage" ? " (no coverage)" : ""}: \`${clip(original)}\` → \`${clip(m.replacement ?? "")}\``;
      const why = eq
        ? `equivalent: ${eq.reason}`
        : open
          ? `not killed yet: ${open.reason}`
          : "**not killed yet, unexplained**";
      survivors.push(`- ${what}  \n  ${why}`);
    }
    if (u.length) survivors.push("");
  }
  const total = detected + undetected;
  const adjusted = total - equivalent;
  return [
    `## ${folder}`,
    "",
    `Tests: ${tests}. Target ≥ ${target}%.`,
    "",
    `**Score ${pct(detected, total)}** (${detected} of ${total} detected); **adjusted ${pct(detected, adjusted)}** without ${equivalent} equivalent mutants.` +
      ` Of the ${undetected - equivalent} other survivors, ${explained} are explained (test/mutation/open.json), ${undetected - equivalent - explained} not yet.` +
      (ms === undefined ? "" : ` Run time ${(ms / 60_000).toFixed(1)} min.`),
    "",
    "| file | mutants | detected | survived | score |",
    "|---|---:|---:|---:|---:|",
    ...rows,
    "",
    `### Surviving mutants (${undetected})`,
    "",
    ...(survivors.length ? survivors : ["None."]),
  ].join("\n");
}

const clip = (s: string): string => {
  const one = s.replace(/\s+/g, " ").replace(/`/g, "'");
  return one.length > 90 ? `${one.slice(0, 87)}…` : one;
};

main();
