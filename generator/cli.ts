import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { formatDiagnostic, GeneratorError } from "./diagnostics.js";
import { generate, type GenerateOptions } from "./generate.js";
import { exampleDrift, driftSummary, formatDriftEntry } from "./evidence/drift.js";
import { loadDocument } from "./load/load-document.js";
import { buildModel } from "./model/build-model.js";

const USAGE = `usage: npm run generate -- [--spec <openapi file> --out <dir>] [--check] [--lenient] [--no-build] [--watch] [--drift]
  without --spec: regenerates generated/<version> from every spec/<version>/openapi.yaml
  --drift: list every schema property its examples disagree with (by default, one summary line)`;

/** Parses arguments, runs the generator, prints diagnostics; exit 0 ok, 1 bad input or drift, 2 usage. */
export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        spec: { type: "string" },
        out: { type: "string" },
        check: { type: "boolean", default: false },
        lenient: { type: "boolean", default: false },
        "no-build": { type: "boolean", default: false },
        watch: { type: "boolean", default: false },
        drift: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) return (console.log(USAGE), 0);
  if (Boolean(args.spec) !== Boolean(args.out)) return (console.error(`--spec and --out go together\n${USAGE}`), 2);
  const jobs: GenerateOptions[] = args.spec ? [{ spec: args.spec, out: args.out! }] : versionJobs();
  if (jobs.length === 0) return (console.error("no spec/<version>/openapi.yaml found"), 1);
  const common = { lenient: args.lenient, check: args.check, build: !args["no-build"] };
  if (args.watch) {
    const { watch } = await import("./watch.js");
    return watch(
      jobs.map((j) => ({ ...j, ...common })),
      runJob,
    );
  }
  let failed = false;
  for (const job of jobs) {
    const ok = await runJob({ ...job, ...common });
    if (ok) reportDrift(job, args.lenient, args.drift);
    failed ||= !ok;
  }
  return failed ? 1 : 0;
}

/** Every committed version: spec/<v>/openapi.yaml → generated/<v>. */
function versionJobs(): GenerateOptions[] {
  if (!existsSync("spec")) return [];
  return readdirSync("spec", { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join("spec", d.name, "openapi.yaml")))
    .map((d) => ({ spec: join("spec", d.name, "openapi.yaml"), out: join("generated", d.name) }));
}

/** The examples of the description checked against its schemas: a summary line, or every disagreement. */
function reportDrift(job: GenerateOptions, lenient: boolean, full: boolean): void {
  const spec = loadDocument(job.spec, { lenient });
  const { model } = buildModel(spec, { lenient });
  const report = exampleDrift(spec, model);
  console.log(`${job.spec}: ${driftSummary(report)}${report.entries.length && !full ? " (--drift lists them)" : ""}`);
  if (full)
    for (const entry of report.entries)
      console.log(`  ${formatDriftEntry(entry)}\n    ${entry.examples.join("\n    ")}`);
}

/** Runs one generation and reports it; true when it succeeded. */
export async function runJob(job: GenerateOptions): Promise<boolean> {
  const started = performance.now();
  try {
    const result = await generate(job);
    for (const warning of result.warnings) console.warn(formatDiagnostic(warning));
    const ms = Math.round(performance.now() - started);
    if (job.check) {
      if (result.drift.length === 0) return (console.log(`${job.out}: up to date (${ms} ms)`), true);
      console.error(
        `${job.out} is stale; run \`npm run generate\`. Files that differ:\n  ${result.drift.join("\n  ")}`,
      );
      return false;
    }
    const operations = result.model.resources.reduce((n, r) => n + r.operations.length, 0);
    const lines = [...result.files.values()].reduce((n, text) => n + text.split("\n").length - 1, 0);
    console.log(
      `${relative(".", job.out) || job.out}: ${operations} operations, ${result.model.types.length} models, ${result.files.size} files, ${lines} lines` +
        `${result.warnings.length ? `, ${result.warnings.length} warnings` : ""} in ${ms} ms`,
    );
    return true;
  } catch (error) {
    if (error instanceof GeneratorError) {
      const errors = error.diagnostics.filter((d) => d.severity === "error");
      console.error(
        `${job.spec}: ${errors.length} error(s); nothing was written.\n${error.diagnostics.map(formatDiagnostic).join("\n")}`,
      );
      return false;
    }
    console.error(`${job.spec}: ${(error as Error).message}\nnothing was written.`);
    return false;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
