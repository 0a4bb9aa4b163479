import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Mutation run over generator/model/: the tests of test/model/ that build the model inside each test (fixture files,
// in-memory documents per model file, strict and lenient, the pagination table) and test/emit/integer.test.ts. Left
// out: the model tests that generate and type-check a package, as constructs/oracle/generated do once per file (with a
// package build), and invalid, which copies generated/ per file: Stryker would repeat that for every mutant.
export default defineConfig({
  root: resolve(dirname(fileURLToPath(import.meta.url)), "../.."),
  test: {
    include: ["test/model/*.test.ts", "test/emit/integer.test.ts"],
    exclude: ["test/model/name-registry.test.ts", "test/model/uncurated-description.test.ts"],
    testTimeout: 60_000,
  },
});
