// The entry of the thread that runs the load and model stages (see model-thread.ts): one job, its answers.
import { parentPort, workerData } from "node:worker_threads";
import { GeneratorError } from "./diagnostics.js";
import { loadAndModel, type ModelJob, type ModelReply } from "./model-thread.js";
import type { Stages } from "./stages.js";

const { file, lenient } = workerData as ModelJob;
const stages: Stages = {};
const answer = (reply: ModelReply) => parentPort!.postMessage(reply);
try {
  const { built, drift } = loadAndModel(file, lenient, stages);
  answer({ built, stages });
  // The command reports the examples' drift after generating; measured here meanwhile, it costs the emitter nothing.
  if (!built.diagnostics.some((d) => d.severity === "error")) answer({ drift: await drift() });
} catch (error) {
  // A GeneratorError's diagnostics are what its message is made of: the calling thread builds it again from them.
  answer(error instanceof GeneratorError ? { diagnostics: error.diagnostics } : { error });
}
