import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * A mutation target's test set (see test/mutation/run.ts): in-process tests only. A test that runs the generator in
 * a child process never sees Stryker's active mutant, so it would only add time; tests that copy or build whole
 * packages per file are left out for the same reason.
 */
export function mutationTests(include: string[]) {
  return defineConfig({
    root: resolve(dirname(fileURLToPath(import.meta.url)), "../.."),
    test: { include, testTimeout: 60_000 },
  });
}
