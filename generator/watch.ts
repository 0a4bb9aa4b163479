import { watch as watchFiles } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { formatDiagnostic, GeneratorError } from "./diagnostics.js";
import type { GenerateOptions } from "./generate.js";

const DEBOUNCE_MS = 150;

/**
 * Regenerates a version whenever its spec folder changes (debounced). A change to curation.yaml re-curates first.
 * A broken edit prints its diagnostics and leaves the last good output in place (generation writes atomically).
 * Runs until interrupted.
 */
export function watch(jobs: GenerateOptions[], run: (job: GenerateOptions) => Promise<boolean>): Promise<number> {
  const timers = new Map<string, NodeJS.Timeout>();
  const pendingCuration = new Set<string>();
  const regenerate = async (job: GenerateOptions) => {
    const folder = dirname(resolve(job.spec));
    if (pendingCuration.delete(folder)) {
      const { curateVersion } = await import("./curate/cli.js");
      try {
        curateVersion(join(folder, "curation.yaml"));
      } catch (error) {
        console.error(
          error instanceof GeneratorError ? error.diagnostics.map(formatDiagnostic).join("\n") : String(error),
        );
        return;
      }
    }
    await run(job);
  };
  for (const job of jobs) {
    const folder = dirname(resolve(job.spec));
    watchFiles(folder, (_event, file) => {
      if (!file || !/\.(ya?ml|json)$/.test(file)) return;
      if (basename(file) === "curation.yaml") pendingCuration.add(folder);
      clearTimeout(timers.get(folder));
      timers.set(
        folder,
        setTimeout(() => void regenerate(job), DEBOUNCE_MS),
      );
    });
    console.log(`watching ${folder}`);
  }
  return new Promise(() => {});
}
