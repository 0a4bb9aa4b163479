import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Mutation run over generator/model/: the tests that build the model inside each test (the tables, pagination
// proposals, bad input). constructs/oracle/generated build their model once per file, so Stryker would have to rerun
// them (with a package build) for every mutant; they and the fuzz project are left to `npm test`.
export default defineConfig({
  root: resolve(dirname(fileURLToPath(import.meta.url)), "../.."),
  test: {
    include: ["test/model.test.ts", "test/invalid.test.ts"],
    testTimeout: 60_000,
  },
});
