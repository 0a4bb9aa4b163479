import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * A mutation target's test set (see test/mutation/run.ts): in-process tests only. A test that runs the generator in
 * a child process never sees Stryker's active mutant, so it would only add time; tests that copy or build whole
 * packages per file are left out for the same reason.
 */
export function mutationTests(
  include: string[],
  options: { skip?: string[]; exclude?: string[]; env?: Record<string, string> } = {},
) {
  return defineConfig({
    root: resolve(dirname(fileURLToPath(import.meta.url)), "../.."),
    test: {
      include,
      exclude: options.exclude ?? [],
      testTimeout: 60_000,
      ...(options.env ? { env: options.env } : {}),
      // Tests named here (by the start of their full name) run a command in a child process.
      ...(options.skip ? { testNamePattern: new RegExp(`^(?!(${options.skip.map(escape).join("|")}))`) } : {}),
    },
  });
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
