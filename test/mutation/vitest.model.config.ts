import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Mutation run over generator/model/: the tests that judge the model directly (tables, pagination proposals,
// operation constructs). The oracle, full-description and fuzz projects are too slow to repeat per mutant.
export default defineConfig({
  root: resolve(dirname(fileURLToPath(import.meta.url)), "../.."),
  test: {
    include: ["test/model.test.ts", "test/constructs.test.ts"],
    testTimeout: 60_000,
  },
});
