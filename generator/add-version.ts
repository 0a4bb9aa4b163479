import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { countsPerKind, isEntryPoint, parseCommand, reportSummarised } from "./command.js";
import { ADAPTED, type Adaptation, adaptCuration } from "./curate/adapt.js";
import { curateVersion, loadOfficial } from "./curate/curate-version.js";
import { setTopLevelScalar } from "./curate/edit-yaml.js";
import { type Diagnostic, FailureAfterWarnings, GeneratorError } from "./diagnostics.js";
import { generate } from "./generate.js";
import { nearestVersion, SPEC_DIR, specFile, versionsWith } from "./versions.js";

const USAGE = `usage: npm run add-version -- <version> <official description> [--from <existing version>] [--verbose]
  --from: the curation to start from (default: the curated version nearest to <version>; Preview counts as newest)
  --verbose: every warning in full (by default, a count per kind)`;

export interface AddedVersion {
  /** The curation it started from. */
  from: string;
  /** What did not fit the new version, as recorded under `adapted:` in its curation. */
  adaptations: Adaptation[];
  /** Warnings of the curation and of generation. */
  warnings: Diagnostic[];
  /** The curated description written (spec/<version>/openapi.yaml). */
  spec: string;
  /** Operations of the generated package (undefined when not generated). */
  operations: number | undefined;
  /** Milliseconds per stage, in order: where the time goes. */
  stages: Record<string, number>;
}

export interface AddVersionOptions {
  /** The version whose curation to start from (default: the nearest). */
  from?: string;
  /** The project folder holding spec/ and generated/ (default: the current one). */
  root?: string;
  /** Generate generated/<version> (default true); without, the new spec/<version> is the result. */
  generate?: boolean;
  /** Compile the package to dist/ (default true). */
  build?: boolean;
}

/**
 * Adds an API version: spec/<version>/curation.yaml (the nearest version's curation, pointed at the new official
 * file and adapted to it), spec/<version>/openapi.yaml, generated/<version>/. All or nothing: on any failure neither
 * spec/<version> nor generated/<version> is left behind.
 */
export async function addVersion(
  version: string,
  officialFile: string,
  options: AddVersionOptions = {},
): Promise<AddedVersion> {
  const root = options.root ?? ".";
  if (!/^[\w.-]+$/.test(version)) throw new Error(`"${version}" is not a version folder name (letters, digits, . _ -)`);
  const from = options.from ?? nearestVersion(version, versionsWith("curation.yaml", join(root, SPEC_DIR)));
  if (!from) throw new Error("no spec/<version>/curation.yaml to start from; write the first curation by hand");
  const source = specFile(from, "curation.yaml"); // as the user and the new curation name it: from the root
  if (!existsSync(join(root, source))) throw new Error(`--from ${from}: ${source} does not exist`);
  if (!existsSync(officialFile))
    throw new Error(`${officialFile} does not exist; give the path of the official description`);
  const folder = join(root, SPEC_DIR, version);
  const out = join(root, "generated", version);
  for (const taken of [folder, out])
    if (existsSync(taken))
      throw new Error(
        `${relative(root, taken)} already exists; remove it first, or re-curate it with \`npm run curate\``,
      );

  let origin: number[] | undefined;
  const stages: Record<string, number> = {};
  try {
    mkdirSync(folder, { recursive: true });
    const target = join(folder, "curation.yaml");
    const text = setTopLevelScalar(
      readFileSync(join(root, source), "utf8"),
      "source",
      relative(folder, resolve(officialFile)),
    );
    writeFileSync(target, text);
    const official = timed(stages, "load", () => loadOfficial(officialFile));
    const { adaptations, fixOrigin } = timed(stages, "adapt", () => adaptCuration(target, source, official, version));
    origin = fixOrigin;
    const curated = timed(stages, "curate", () => curateVersion(target, { official }));
    // An operation left unpaginated is a warning: its list is one page now, which a user should know.
    const unpaginated = adaptations
      .filter((a) => a.kind === "pagination-dropped")
      .map((a): Diagnostic => ({
        code: a.kind,
        severity: "warning",
        file: target,
        pointer: `/${ADAPTED}`,
        message: a.why,
      }));
    const added = {
      from: source,
      adaptations,
      warnings: [...unpaginated, ...curated.warnings],
      spec: curated.file,
      stages,
    };
    if (options.generate === false) return { ...added, operations: undefined };
    const generated = await generate({ spec: curated.file, out, build: options.build ?? true });
    const operations = generated.model.resources.reduce((n, r) => n + r.operations.length, 0);
    for (const [stage, ms] of Object.entries(generated.stages)) stages[stage === "load" ? "load curated" : stage] = ms;
    return { ...added, warnings: [...added.warnings, ...generated.warnings], operations };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    // The copy is gone: what to change is the curation it was copied from.
    if (error instanceof GeneratorError)
      throw new GeneratorError(
        error.diagnostics.map((d) => inSource(d, join(folder, "curation.yaml"), join(root, source), origin)),
      );
    throw error;
  }
}

function timed<T>(stages: Record<string, number>, stage: string, run: () => T): T {
  const started = performance.now();
  const value = run();
  stages[stage] = Math.round(performance.now() - started);
  return value;
}

function inSource(d: Diagnostic, copy: string, source: string, origin: number[] | undefined): Diagnostic {
  if (resolve(d.file) !== resolve(copy)) return d;
  const fix = /^\/fixes\/(\d+)(.*)$/.exec(d.pointer);
  const index = fix && origin ? origin[Number(fix[1])] : undefined;
  return { ...d, file: source, ...(index !== undefined ? { pointer: `/fixes/${index}${fix![2]}` } : {}) };
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommand(USAGE, {
    args: argv,
    allowPositionals: true,
    options: { from: { type: "string" }, verbose: { type: "boolean", default: false } },
  });
  if (!parsed) return 2;
  const [version, file, ...extra] = parsed.positionals;
  if (!version || !file || extra.length > 0) return (console.error(USAGE), 2);
  const verbose = parsed.values.verbose;
  const started = performance.now();
  try {
    const added = await addVersion(version, file, parsed.values.from ? { from: parsed.values.from } : {});
    const adapted = added.adaptations;
    console.log(
      `spec/${version} and generated/${version} added from ${added.from}: ${added.operations} operations` +
        ` in ${((performance.now() - started) / 1000).toFixed(1)} s` +
        ` (${Object.entries(added.stages)
          .map(([stage, ms]) => `${stage} ${ms}`)
          .join(", ")}).` +
        (adapted.length
          ? `\nAdapted ${adapted.length} entries to ${version} (${countsPerKind(adapted.map((a) => a.kind))}); each is listed with its why under \`adapted:\` in spec/${version}/curation.yaml.`
          : ""),
    );
    if (verbose) for (const a of adapted) console.log(`  ${a.kind} ${a.from}: ${a.why}`);
    reportSummarised(added.warnings, verbose);
    return 0;
  } catch (error) {
    // The blocking errors first: the line that says what failed, then each error, then the warnings summarised.
    const diagnostics =
      error instanceof GeneratorError ? error.diagnostics : error instanceof FailureAfterWarnings ? error.warnings : [];
    const cause = error instanceof FailureAfterWarnings ? error.cause : error;
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    console.error(
      `add-version ${version} failed; nothing was added.` +
        (cause instanceof GeneratorError
          ? ` ${errors} error(s):`
          : `\n${cause instanceof Error ? cause.message : String(cause)}`),
    );
    reportSummarised(diagnostics, verbose);
    return 1;
  }
}

if (isEntryPoint(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
