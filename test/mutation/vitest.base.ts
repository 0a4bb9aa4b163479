import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * A mutation target's test set (see test/mutation/run.ts): in-process tests only. A test that runs the generator in
 * a child process never sees Stryker's active mutant, so it would only add time; tests that copy or build whole
 * packages per file are left out for the same reason. They are left out by file, never by test name: Stryker's vitest
 * runner sets the name pattern itself (none for its dry run), so a test left out by name would still run there and
 * count as covering what it reaches.
 */
export function mutationTests(include: string[], options: { exclude?: string[]; env?: Record<string, string> } = {}) {
  return defineConfig({
    root: resolve(dirname(fileURLToPath(import.meta.url)), "../.."),
    test: {
      include,
      exclude: options.exclude ?? [],
      testTimeout: 60_000,
      ...(options.env ? { env: options.env } : {}),
    },
  });
}
