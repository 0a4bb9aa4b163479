// The entry of the thread that runs the load and model stages (see model-thread.ts): one job, one answer.
import { parentPort, workerData } from "node:worker_threads";
import { GeneratorError } from "./diagnostics.js";
import { exampleDrift } from "./evidence/drift.js";
import { loadAndModel, type ModelJob, type ModelReply } from "./model-thread.js";
import type { Stages } from "./stages.js";

const { file, lenient } = workerData as ModelJob;
const stages: Stages = {};
let reply: ModelReply;
try {
  const modelled = loadAndModel(file, lenient, stages);
  const usable = !modelled.built.diagnostics.some((d) => d.severity === "error");
  // The command reports the examples' drift after generating; measured here, it costs the main thread nothing.
  if (usable) modelled.drift = exampleDrift(modelled.spec, modelled.built.model);
  reply = { modelled, stages };
} catch (error) {
  // A GeneratorError's diagnostics are what its message is made of: the calling thread builds it again from them.
  reply = error instanceof GeneratorError ? { diagnostics: error.diagnostics } : { error };
}
parentPort!.postMessage(reply);
