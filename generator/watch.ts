import { readFileSync, watch as watchFiles } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { reportFailure, reportWarnings } from "./command.js";
import type { GenerateOptions } from "./generate.js";
import { incrementalBuilder } from "./write/build.js";

// The events of one save (a write, or an editor's write-and-rename) arrive within a few milliseconds.
const DEBOUNCE_MS = 50;

/**
 * Regenerates a version whenever its spec folder changes (debounced). A change to curation.yaml re-curates first.
 * A broken edit prints its diagnostics and leaves the last good output in place (generation writes atomically).
 * The process stays warm between runs: modules loaded, Prettier's threads started, its and the parser's results
 * cached, and one incremental compiler per version, which checks and emits again only what a change affects; an
 * edit that changes no generated file writes and builds nothing.
 * Runs until interrupted.
 */
export async function watch(jobs: GenerateOptions[], run: (job: GenerateOptions) => Promise<boolean>): Promise<number> {
  const timers = new Map<string, NodeJS.Timeout>();
  const pendingCuration = new Set<string>();
  /** openapi.yaml as the last re-curation wrote it: its own file event needs no second run. */
  const curated = new Map<string, string>();
  let queue = Promise.resolve();
  const regenerate = async (job: GenerateOptions) => {
    const folder = dirname(resolve(job.spec));
    if (!pendingCuration.has(folder)) curated.delete(folder); // a user edit: the next equal content is news again
    if (pendingCuration.delete(folder)) {
      const { curateVersion } = await import("./curate/curate-version.js");
      const curation = join(folder, "curation.yaml");
      try {
        reportWarnings(curateVersion(curation).warnings);
        curated.set(folder, readFileSync(resolve(job.spec), "utf8"));
      } catch (error) {
        reportFailure(error, { subject: curation, outcome: "kept the last good output." });
        return;
      }
    }
    await run({ ...job, skipUnchanged: true });
  };
  for (const job of jobs.map((j) => (j.build === false ? j : { ...j, builder: incrementalBuilder() }))) {
    const folder = dirname(resolve(job.spec));
    watchFiles(folder, (_event, file) => {
      if (!file || !/\.(ya?ml|json)$/.test(file)) return;
      if (basename(file) === "curation.yaml") pendingCuration.add(folder);
      else if (curated.get(folder) === readText(join(folder, file))) return;
      clearTimeout(timers.get(folder));
      timers.set(
        folder,
        // One run at a time: runs share the temporary output folder and the compiler's state.
        setTimeout(() => void (queue = queue.then(() => regenerate(job))), DEBOUNCE_MS),
      );
    });
    await run(job); // a first build, which also warms the process (modules, caches, the compiler's state)
    console.log(`watching ${folder}`);
  }
  return new Promise(() => {});
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
