// Stryker over top (run by `npm run mutation`, see test/mutation/run.ts).
import { readFileSync } from "node:fs";
import { strykerConfig } from "./stryker.base.mjs";

// add-version.ts ends with its command-line entry point (`main`), which only a child process reaches (as cli.ts,
// which the base config leaves out): everything above it is mutated.
const ADD_VERSION = "generator/add-version.ts";
const main = readFileSync(new URL(`../../${ADD_VERSION}`, import.meta.url), "utf8")
  .split("\n")
  .findIndex((line) => line.startsWith("async function main("));
if (main < 0) throw new Error(`${ADD_VERSION}: no \`async function main(\` to stop mutating at`);

// model-worker.ts is a thread's entry point: like cli.ts, only a child process reaches it.
const TOP = "generator/{generate,cache,diagnostics,jobs,versions,stages,emit-files,model-thread,runtime-exports}.ts";
const config = strykerConfig("top", TOP);
export default {
  ...config,
  mutate: [...config.mutate, `${ADD_VERSION}:1-${main}`],
  disableTypeChecks: TOP.replace("}", ",add-version}"),
};
