// Stryker over the model (run by `npm run mutation`, see test/mutation/run.ts).
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  mutate: ["generator/model/**/*.ts"],
  // Only the mutated sources get `// @ts-nocheck` (the default also stamps test/, snapshots included).
  disableTypeChecks: "generator/model/**/*.ts",
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "test/mutation/vitest.model.config.ts", related: true },
  coverageAnalysis: "perTest",
  // The machine is shared: two workers at most.
  concurrency: 2,
  timeoutMS: 5_000,
  reporters: ["json", "progress"],
  jsonReporter: { fileName: ".tmp/mutation/model.json" },
  // `npm run mutation -- --incremental` reuses earlier results. Off by default: after tests were added it kept
  // "survived" for mutants the new tests kill (module-level constants among them), so a full run is the truth.
  incrementalFile: ".tmp/mutation/model.incremental.json",
  tempDirName: ".tmp/stryker",
  ignorePatterns: ["generated/*/dist", "bench", ".tmp*", ".fuzz-tmp"],
  cleanTempDir: "always",
  // Every covering test runs on each mutant, so the report says which tests kill it (not only the first).
  disableBail: true,
};
