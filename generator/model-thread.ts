import { Worker } from "node:worker_threads";
import { GeneratorError } from "./diagnostics.js";
import { type DriftReport, exampleDrift } from "./evidence/drift.js";
import { loadDocument } from "./load/load-document.js";
import { buildModel, type ModelResult } from "./model/build-model.js";
import { type Stages, timed } from "./stages.js";

/** The load and model stages' results. */
export interface Modelled {
  built: ModelResult;
  /** The examples of the description checked against the model's schemas (see evidence/drift.ts), on demand. */
  drift(): Promise<DriftReport>;
}

/** Reads, checks and models a description (the load and model stages), recording their times. */
export function loadAndModel(file: string, lenient: boolean, stages: Stages): Modelled {
  const spec = timed(stages, "load", () => loadDocument(file, { lenient }));
  const built = timed(stages, "model", () => buildModel(spec, { lenient }));
  return { built, drift: async () => exampleDrift(spec, built.model) };
}

/** What model-worker.ts is given, and what it answers: first the model, then (for a usable model) the drift. */
export interface ModelJob {
  file: string;
  lenient: boolean;
}
export type ModelReply =
  | { built: ModelResult; stages: Stages }
  | { drift: DriftReport }
  | { diagnostics: GeneratorError["diagnostics"] }
  | { error: unknown };

/**
 * `loadAndModel` in a thread of its own (`script`: the compiled model-worker.ts, see launch.mjs), so that this thread
 * can meanwhile load the emitter: ts-morph's TypeScript takes a quarter of a second. The thread answers with the
 * model, then measures the drift while this thread emits, and ends: its memory goes with it.
 */
export function loadAndModelInThread(script: URL, job: ModelJob, stages: Stages): Promise<Modelled> {
  let answerDrift: { resolve(report: DriftReport): void; reject(error: Error): void };
  const drift = new Promise<DriftReport>((resolve, reject) => (answerDrift = { resolve, reject }));
  drift.catch(() => {}); // rejected when nobody asks for it (a failed run): not an unhandled rejection
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    worker.on("message", (reply: ModelReply) => {
      if ("built" in reply) {
        Object.assign(stages, reply.stages);
        resolve({ built: reply.built, drift: () => drift });
      } else if ("drift" in reply) answerDrift.resolve(reply.drift);
      else {
        const error = "diagnostics" in reply ? new GeneratorError(reply.diagnostics) : reply.error;
        reject(error);
        answerDrift.reject(error as Error);
      }
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      const stopped = new Error(`the thread that reads ${job.file} stopped (exit code ${code})`);
      reject(stopped); // no effect once it answered
      answerDrift.reject(stopped);
    });
  });
}
