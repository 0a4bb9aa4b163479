import { defineConfig } from "vitest/config";

// Projects (test/README.md says what each folder proves and how long each project takes): `unit` is every stage's
// tests and the cross-cutting ones that need no extra service; `isolated` the few that must start from fresh
// modules; `contract` starts Prism; `full` generates and type-checks the whole official 2.11 description; `fuzz`
// generates random schemas (longer with `npm run fuzz`).

/**
 * Files that need modules of their own: a `vi.mock` of a generator module (a module another file loaded first would
 * stay unmocked), and `process.chdir` around in-process releases (whose build fails to resolve the package's own
 * files once other files have run in the same process). They keep vitest's per-file isolation; every other file
 * shares its worker's loaded modules.
 */
const ISOLATED = ["test/emit/emit-cache.test.ts", "test/release/release.test.ts"];

export default defineConfig({
  test: {
    // Every core, not vitest's default of one fewer: on 2 cores that default is a single worker, and much of a
    // test's time is a child process or a server (tsc, Prism, the generated package), which the other worker fills.
    maxWorkers: "100%",
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/contract/**", "test/full/**", "test/fuzz/**", ...ISOLATED],
          // Not isolated: loading TypeScript, ts-morph and Prettier again for every file was half the CPU time of
          // the stage folders' tests. A file must leave globals as it found them (env, cwd, console, timers).
          isolate: false,
          // A safety net, not a bound: several tests run the generator in a child process on a shared machine.
          testTimeout: 120_000,
        },
      },
      { test: { name: "isolated", include: ISOLATED, testTimeout: 120_000 } },
      {
        test: {
          name: "contract",
          include: ["test/contract/**/*.test.ts"],
          isolate: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      { test: { name: "full", include: ["test/full/**/*.test.ts"], testTimeout: 600_000, hookTimeout: 600_000 } },
      { test: { name: "fuzz", include: ["test/fuzz/**/*.test.ts"], testTimeout: 600_000 } },
    ],
  },
});
