// What both Stryker runs share (`npm run mutation`, see test/mutation/run.ts); each config names its target.
/** @returns {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export function strykerConfig(target, sources, overrides = {}) {
  return {
    // Command-line entry points (`cli.ts`) run in child processes in their tests, where Stryker sees no coverage;
    // what they call is mutated where it lives.
    mutate: [sources, "!generator/**/cli.ts"],
    // Only the mutated sources get `// @ts-nocheck` (the default also stamps test/, snapshots included).
    disableTypeChecks: sources,
    testRunner: "vitest",
    plugins: ["@stryker-mutator/vitest-runner"],
    vitest: { configFile: `test/mutation/vitest.${target}.config.ts`, related: true },
    coverageAnalysis: "perTest",
    // The machine is shared: two workers at most.
    concurrency: 2,
    timeoutMS: 10_000,
    reporters: ["json", "progress"],
    jsonReporter: { fileName: `.tmp/mutation/${target}.json` },
    // `npm run mutation -- --incremental` reuses earlier results. Off by default: after tests were added it kept
    // "survived" for mutants the new tests kill (module-level constants among them), so a full run is the truth.
    incrementalFile: `.tmp/mutation/${target}.incremental.json`,
    // One sandbox folder per target, so that two targets can run side by side.
    tempDirName: `.tmp/stryker-${target}`,
    ignorePatterns: ["generated/*/dist", "bench", ".tmp*", ".fuzz-tmp"],
    cleanTempDir: "always",
    ...overrides,
  };
}
