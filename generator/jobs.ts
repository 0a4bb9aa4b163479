import { basename, join, relative } from "node:path";
import { driftSummary, formatDriftEntry } from "./evidence/drift.js";
import { generate, type GenerateOptions, type GenerateResult } from "./generate.js";
import { reportFailure, reportWarnings } from "./command.js";
import { selectVersions, specFile } from "./versions.js";

/** Generation runs as the commands report them: one line per package, warnings always, failures in full. */

/** The named versions (default: every committed one): spec/<v>/openapi.yaml → generated/<v>, oldest first. */
export function versionJobs(names: readonly string[] = []): GenerateOptions[] {
  return selectVersions(names, "openapi.yaml").map((v) => ({
    spec: specFile(v, "openapi.yaml"),
    out: join("generated", v),
  }));
}

/** Runs each job, then sums up its examples' drift (in full with `drift`); true when every job succeeded. */
export async function generateVersions(jobs: GenerateOptions[], options: { drift?: boolean } = {}): Promise<boolean> {
  let ok = true;
  for (const job of jobs) {
    const result = await generateAndReport(job);
    if (result) await reportDrift(job, result, options.drift ?? false);
    ok &&= result !== undefined;
  }
  return ok;
}

/** Runs one generation and reports it; true when it succeeded. */
export async function runJob(job: GenerateOptions): Promise<boolean> {
  return (await generateAndReport(job)) !== undefined;
}

/** One generation and its report; the result when it succeeded. */
async function generateAndReport(job: GenerateOptions): Promise<GenerateResult | undefined> {
  const started = performance.now();
  let result;
  try {
    result = await generate(job);
  } catch (error) {
    reportFailure(error, { subject: job.spec, outcome: "nothing was written." });
    return undefined;
  }
  reportWarnings(result.warnings);
  const ms = Math.round(performance.now() - started);
  if (job.check) {
    const version = basename(job.out);
    const again = job.spec === specFile(version, "openapi.yaml") ? version : `--spec ${job.spec} --out ${job.out}`;
    if (result.stale.length > 0) {
      console.error(
        `${job.out} is stale; run \`npm run generate\`. Files that differ:\n  ${result.stale.join("\n  ")}`,
      );
      return undefined;
    }
    if (result.staleBuild) {
      console.error(
        `${job.out}/dist was not built from the current ${job.out}/src (an older build, e.g. from before a \`git checkout\`): ` +
          `code that imports the package runs the old build. Rebuild it: \`npm run generate -- ${again}\`.`,
      );
      return undefined;
    }
    return (console.log(`${job.out}: up to date (${ms} ms)`), result);
  }
  const operations = result.model.resources.reduce((n, r) => n + r.operations.length, 0);
  const lines = [...result.files.values()].reduce((n, text) => n + text.split("\n").length - 1, 0);
  console.log(
    `${relative(".", job.out) || job.out}: ${operations} operations, ${result.model.types.length} models, ${result.files.size} files, ${lines} lines` +
      `${result.warnings.length ? `, ${result.warnings.length} warnings` : ""}${result.written ? "" : ", none changed"} in ${ms} ms` +
      ` (${Object.entries(result.stages)
        .map(([stage, t]) => `${stage} ${t}`)
        .join(", ")})`,
  );
  return result;
}

/** The examples of the description checked against its schemas: a summary line, or every disagreement. */
async function reportDrift(job: GenerateOptions, result: GenerateResult, full: boolean): Promise<void> {
  const report = await result.drift();
  console.log(`${job.spec}: ${driftSummary(report)}${report.entries.length && !full ? " (--drift lists them)" : ""}`);
  if (full)
    for (const entry of report.entries)
      console.log(`  ${formatDriftEntry(entry)}\n    ${entry.examples.join("\n    ")}`);
}
