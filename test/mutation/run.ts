// `npm run mutation [-- runtime|model|load|curate|emit|write|diff|top ...] [--incremental] [--concurrency=N] [--report-only]`: runs Stryker per target (each with its own config and test files) and
// writes the summary into MUTATION.md: score per target and file, and every surviving mutant grouped by file, either
// with the reason it is equivalent (test/mutation/equivalent.json), with the reason it is not killed yet
// (test/mutation/open.json: the gap, explained), or marked as unexplained. Not part of `npm test`.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../helpers/paths.js";

/** Where each target's tests are listed: its vitest config (test/mutation/vitest.<target>.config.ts). */
const GENERATOR_TESTS = (t: string) => `the in-process tests in test/mutation/vitest.${t}.config.ts`;
const TARGETS = {
  runtime: {
    folder: "templates/runtime/",
    target: 95,
    tests:
      "test/runtime/*.test.ts, test/http/security.test.ts, test/http/schemes-and-encodings.test.ts, test/package/webhooks.test.ts",
  },
  model: {
    folder: "generator/model/",
    target: 85,
    tests: "test/model/*.test.ts (but name-registry and uncurated-description), test/emit/integer.test.ts",
  },
  load: { folder: "generator/load/", target: 85, tests: GENERATOR_TESTS("load") },
  curate: { folder: "generator/curate/", target: 85, tests: GENERATOR_TESTS("curate") },
  emit: { folder: "generator/emit/", target: 85, tests: GENERATOR_TESTS("emit") },
  write: { folder: "generator/write/", target: 85, tests: GENERATOR_TESTS("write") },
  diff: { folder: "generator/diff/", target: 85, tests: GENERATOR_TESTS("diff") },
  top: {
    folder:
      "generator/ (generate.ts, cache.ts, diagnostics.ts, jobs.ts, versions.ts, add-version.ts, stages.ts, emit-files.ts, model-thread.ts, runtime-exports.ts)",
    target: 85,
    tests: GENERATOR_TESTS("top"),
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

/** Of the entries that match one survivor, the narrowest: one line over a range, then a named mutator, column, replacement. */
function mostSpecific(entries: Known[]): Known | undefined {
  const weight = (e: Known) =>
    (e.toLine === undefined ? 8 : 0) +
    (e.mutator === "*" ? 0 : 4) +
    (e.column === undefined ? 0 : 2) +
    (e.replacement === undefined ? 0 : 1);
  return entries.reduce<Known | undefined>((best, e) => (best && weight(best) >= weight(e) ? best : e), undefined);
}

function main(): void {
  const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const incremental = process.argv.includes("--incremental") ? ["--incremental"] : [];
  // `--concurrency=1` on a shared machine (the configs say 2).
  const concurrency = process.argv
    .filter((a) => a.startsWith("--concurrency="))
    .map((a) => ["--concurrency", a.split("=")[1]!])
    .flat();
  const targets = (args.length ? args : Object.keys(TARGETS)) as Target[];
  for (const t of targets)
    if (!(t in TARGETS)) throw new Error(`unknown target "${t}" (expected ${Object.keys(TARGETS).join(", ")})`);
  if (!process.argv.includes("--report-only")) {
    for (const t of targets) {
      const started = Date.now();
      const commit =
        git("rev-parse", "--short", "HEAD") + (git("status", "--porcelain") ? " + uncommitted changes" : "");
      const run = spawnSync(
        "npx",
        ["stryker", "run", `test/mutation/stryker.${t}.config.mjs`, ...incremental, ...concurrency],
        {
          cwd: ROOT,
          stdio: "inherit",
        },
      );
      if (run.status !== 0) process.exit(run.status ?? 1);
      const facts: RunFacts = { ms: Date.now() - started, incremental: incremental.length > 0, commit };
      writeFileSync(join(ROOT, `.tmp/mutation/${t}.run.json`), JSON.stringify(facts));
    }
  }
  const read = (name: string): Known[] =>
    JSON.parse(readFileSync(join(ROOT, "test/mutation", name), "utf8")) as Known[];
  const known = { equivalent: read("equivalent.json"), open: read("open.json") };
  const path = join(ROOT, "MUTATION.md");
  let doc = existsSync(path) ? readFileSync(path, "utf8") : header();
  for (const t of targets) doc = replaceSection(doc, t, section(t, known, runFacts(t)));
  writeFileSync(path, doc);
  console.log(`wrote MUTATION.md (${targets.join(", ")})`);
}

/** How a target's last report was made, kept beside it so that `--report-only` states it too. */
interface RunFacts {
  ms: number;
  /**
   * Stryker's `--incremental` reuses the results of mutants whose code and covering tests did not change; after a
   * test was added elsewhere it kept "survived" for mutants the new test kills. So an incremental report is marked
   * provisional, and only a full run's score is recorded as the target's score.
   */
  incremental: boolean;
  commit: string;
}

function runFacts(t: Target): RunFacts | undefined {
  const file = join(ROOT, `.tmp/mutation/${t}.run.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as RunFacts) : undefined;
}

const git = (...args: string[]): string => spawnSync("git", args, { cwd: ROOT, encoding: "utf8" }).stdout.trim();

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
  run: RunFacts | undefined,
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
      const eq = mostSpecific(known.equivalent.filter(matches));
      const open = eq ? undefined : mostSpecific(known.open.filter(matches));
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
      (run === undefined
        ? ""
        : ` ${run.incremental ? "**Incremental run, provisional** (stale results possible: run without `--incremental` to record a score)" : "Full run"} on ${run.commit}, ${(run.ms / 60_000).toFixed(1)} min.`),
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
