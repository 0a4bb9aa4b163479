// Stryker over the runtime (run by `npm run mutation`, see test/mutation/run.ts).
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  mutate: ["templates/runtime/**/*.ts"],
  // Only the mutated sources get `// @ts-nocheck` (the default also stamps test/, snapshots included).
  disableTypeChecks: "templates/runtime/**/*.ts",
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "test/mutation/vitest.runtime.config.ts", related: true },
  coverageAnalysis: "perTest",
  // The machine is shared: two workers at most.
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ["json", "progress"],
  jsonReporter: { fileName: ".tmp/mutation/runtime.json" },
  // `npm run mutation -- --incremental` reuses earlier results. Off by default: after tests were added it kept
  // "survived" for mutants the new tests kill (module-level constants among them), so a full run is the truth.
  incrementalFile: ".tmp/mutation/runtime.incremental.json",
  tempDirName: ".tmp/stryker",
  ignorePatterns: ["generated/*/dist", "bench", ".tmp*", ".fuzz-tmp"],
  cleanTempDir: "always",
};
