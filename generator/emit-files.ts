// The emit and format stages: the model → the package's files as they are committed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generatorVersion, keyWhenCaching, readJsonCache, writeJsonCache } from "./cache.js";
import type { FileMap } from "./emit/emit-package.js";
import type { ApiModel } from "./model/types.js";
import { TEMPLATES_DIR } from "./paths.js";
import { type Stages, timed } from "./stages.js";
import { formatFiles } from "./write/format.js";

/** Emits the package's files and formats them, recording both stages' times. */
export async function emitAndFormat(model: ApiModel, stages: Stages): Promise<FileMap> {
  const emitted = await timed(stages, "emit", () => emitCached(model));
  return timed(stages, "format", () => formatFiles(emitted));
}

/** Loads the emitter and the TypeScript printer (ts-morph: a quarter of a second) ahead of a run that needs them. */
export async function loadEmitter(): Promise<void> {
  await Promise.all([import("./emit/emit-package.js"), import("./write/typescript-shape.js")]);
}

/**
 * The emitted files are a pure function of the model, the generator and the templates, so they are cached; on a hit
 * ts-morph (0.25 s to load) is not loaded.
 */
async function emitCached(model: ApiModel): Promise<FileMap> {
  const dir = join(TEMPLATES_DIR, "runtime");
  const key = keyWhenCaching(() => [
    generatorVersion(),
    ...readdirSync(dir)
      .sort()
      .flatMap((f) => [f, readFileSync(join(dir, f), "utf8")]),
    model,
  ]);
  const cached = readJsonCache("emitted", key) as [string, string][] | undefined;
  if (cached) return new Map(cached);
  const { emitPackage } = await import("./emit/emit-package.js");
  const files = emitPackage(model, TEMPLATES_DIR);
  writeJsonCache("emitted", key, [...files]);
  return files;
}
