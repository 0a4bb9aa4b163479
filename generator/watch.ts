import { readFileSync, watch as watchFiles } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { formatDiagnostic, GeneratorError } from "./diagnostics.js";
import type { GenerateOptions } from "./generate.js";
import { incrementalBuilder } from "./write/build.js";

const DEBOUNCE_MS = 150;

/**
 * Regenerates a version whenever its spec folder changes (debounced). A change to curation.yaml re-curates first.
 * A broken edit prints its diagnostics and leaves the last good output in place (generation writes atomically).
 * The process stays warm between runs: modules loaded, Prettier's and the parser's results cached, and one
 * incremental compiler per version, which checks and emits again only what a change affects.
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
      const { curateVersion } = await import("./curate/cli.js");
      try {
        curateVersion(join(folder, "curation.yaml"));
        curated.set(folder, readFileSync(resolve(job.spec), "utf8"));
      } catch (error) {
        console.error(
          error instanceof GeneratorError ? error.diagnostics.map(formatDiagnostic).join("\n") : String(error),
        );
        return;
      }
    }
    await run(job);
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
