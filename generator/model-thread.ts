import { Worker } from "node:worker_threads";
import { GeneratorError } from "./diagnostics.js";
import type { DriftReport } from "./evidence/drift.js";
import { type LoadedSpec, loadDocument } from "./load/load-document.js";
import { buildModel, type ModelResult } from "./model/build-model.js";
import { type Stages, timed } from "./stages.js";

/** The load and model stages' results. */
export interface Modelled {
  spec: LoadedSpec;
  built: ModelResult;
  /** The examples' drift, when measured beside the model: by the model thread, whose core is free by then. */
  drift?: DriftReport;
}

/** Reads, checks and models a description (the load and model stages), recording their times. */
export function loadAndModel(file: string, lenient: boolean, stages: Stages): Modelled {
  const spec = timed(stages, "load", () => loadDocument(file, { lenient }));
  const built = timed(stages, "model", () => buildModel(spec, { lenient }));
  return { spec, built };
}

/** What model-worker.ts is given, and what it answers. */
export interface ModelJob {
  file: string;
  lenient: boolean;
}
export type ModelReply =
  { modelled: Modelled; stages: Stages } | { diagnostics: GeneratorError["diagnostics"] } | { error: unknown };

/**
 * `loadAndModel` in a thread of its own (`script`: the compiled model-worker.ts, see launch.mjs), so that this thread
 * can meanwhile load the emitter: ts-morph's TypeScript takes a quarter of a second. The thread ends with its answer,
 * and its memory goes with it before the emitter needs the most.
 */
export function loadAndModelInThread(script: URL, job: ModelJob, stages: Stages): Promise<Modelled> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    let replied = false;
    worker.once("message", (reply: ModelReply) => {
      replied = true;
      if ("modelled" in reply) {
        Object.assign(stages, reply.stages);
        resolve(reply.modelled);
      } else reject("diagnostics" in reply ? new GeneratorError(reply.diagnostics) : reply.error);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (!replied) reject(new Error(`the thread that reads ${job.file} stopped (exit code ${code})`));
    });
  });
}
