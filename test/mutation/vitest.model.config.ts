import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Mutation run over generator/model/: test/model.test.ts (fixture files), test/model-documents.test.ts (in-memory
// documents) and the reporter, pagination-table and integer tests, which build the model inside each test (types, documentation, operations, diagnostics, pagination
// proposals, names). constructs/oracle/generated build theirs once per file (with a package build) and invalid copies
// generated/ per file: Stryker would repeat that for every mutant.
export default defineConfig({
  root: resolve(dirname(fileURLToPath(import.meta.url)), "../.."),
  test: {
    include: [
      "test/model.test.ts",
      "test/model-documents.test.ts",
      "test/reporter.test.ts",
      "test/pagination-table.test.ts",
      "test/integer.test.ts",
    ],
    testTimeout: 60_000,
  },
});
