import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Diagnostic, GeneratorError, withWarnings } from "./diagnostics.js";
import type { DriftReport } from "./evidence/drift.js";
import { emitAndFormat, loadEmitter } from "./emit-files.js";
import type { FileMap } from "./emit/emit-package.js";
import { parsedBefore } from "./load/parse.js";
import { loadAndModel, loadAndModelInThread, type Modelled } from "./model-thread.js";
import type { ApiModel } from "./model/types.js";
import { recordOf, releaseFiles } from "./release/record.js";
import { type Stages, timed } from "./stages.js";
import { buildPackage } from "./write/build.js";
import { staleBuild, staleFiles, stampBuild } from "./write/stale-files.js";
import { writeAtomically } from "./write/write-atomic.js";

import { TEMPLATES_DIR } from "./paths.js";

export { TEMPLATES_DIR };

export interface GenerateOptions {
  spec: string;
  out: string;
  /** Defects of the input become warnings and `unknown` types instead of stopping the run. */
  lenient?: boolean;
  /** Compare with what is on disk instead of writing. */
  check?: boolean;
  /** Compile the package to dist/ before swapping it in (default true). */
  build?: boolean;
  /** How to compile it (default: a fresh `buildPackage`; watch mode keeps an incremental one). */
  builder?: (dir: string) => void;
  /**
   * Write (and build) nothing when the package on disk already has exactly these files and, when building, a dist/
   * built from them: an edit that changes no generated file (a comment in the curation), or another version's.
   */
  skipUnchanged?: boolean;
  /** The release files to write beside the package (default: those on disk, `generated/<v>/release.json`…). */
  release?: ReadonlyMap<string, string>;
  /**
   * The compiled model-worker.ts (the command line's, see launch.mjs): a new input (one not parsed before) is then
   * read and modelled in a thread of its own while this one loads the emitter. Default: all in this thread.
   */
  modelWorker?: URL;
}

export interface GenerateResult {
  model: ApiModel;
  files: FileMap;
  warnings: Diagnostic[];
  /** In check mode: the stale files, those that differ from what is on disk. */
  stale: string[];
  /** In check mode: dist/ was built from other sources than src/ (see `staleBuild`). */
  staleBuild?: boolean;
  /** Whether the package was written (false in check mode, and when `skipUnchanged` found nothing to do). */
  written: boolean;
  /** Milliseconds per stage, in pipeline order: where a run's time goes. */
  stages: Stages;
  /** The description's examples checked against its schemas (see evidence/drift.ts), measured on demand. */
  drift(): Promise<DriftReport>;
}

/** spec file → Document → ApiModel → files → disk. Throws GeneratorError with every problem when the spec is unusable. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const lenient = options.lenient ?? false;
  const stages: Stages = {};
  const { built, drift } = await modelled(options, lenient, stages);
  const { diagnostics } = built;
  if (diagnostics.some((d) => d.severity === "error")) throw new GeneratorError(diagnostics);
  // The last release's files ride along unchanged, and its version is the package's.
  const release = options.release ?? releaseFiles(options.out);
  const packageVersion = recordOf(release, options.out)?.version;
  const model = packageVersion ? { ...built.model, packageVersion } : built.model;
  const warnings = diagnostics.filter((d) => d.severity === "warning");
  const result = { model, warnings, stale: [] as string[], written: false, stages, drift };
  try {
    const files = new Map([...(await emitAndFormat(model, stages)), ...release]);
    if (options.check)
      return { ...result, files, stale: staleFiles(options.out, files), staleBuild: staleBuild(options.out) };
    const build = options.build !== false;
    const upToDate = staleFiles(options.out, files).length === 0 && (!build || builtFromCurrent(options.out));
    if (options.skipUnchanged && upToDate) return { ...result, files };
    const builder = options.builder ?? buildPackage;
    timed(stages, "write and build", () =>
      writeAtomically(options.out, files, build ? (dir) => (builder(dir), stampBuild(dir)) : undefined),
    );
    return { ...result, files, written: true };
  } catch (error) {
    throw withWarnings(error, warnings); // a failed build still shows what the model stage warned about
  }
}

/**
 * The load and model stages. A new input will be emitted, and the emitter (ts-morph) takes a quarter of a second to
 * load: with a model worker, it loads in this thread while the worker reads and models the description.
 */
async function modelled(options: GenerateOptions, lenient: boolean, stages: Stages): Promise<Modelled> {
  if (!options.modelWorker || parsedBefore(options.spec)) return loadAndModel(options.spec, lenient, stages);
  const job = { file: options.spec, lenient };
  const [result] = await Promise.all([loadAndModelInThread(options.modelWorker, job, stages), loadEmitter()]);
  return result;
}

/** A package whose dist/ exists and was built from what is on disk now. */
function builtFromCurrent(out: string): boolean {
  return existsSync(join(out, "dist")) && !staleBuild(out);
}
