// Mutation run over generate.ts, cache.ts, diagnostics.ts, jobs.ts, versions.ts, add-version.ts (see vitest.base.ts for what is left out and why).
import { mutationTests } from "./vitest.base.js";

export default mutationTests([
  "test/emit/emit-cache.test.ts",
  "test/generate/cache.test.ts",
  "test/generate/command.test.ts",
  "test/model/lenient.test.ts",
  "test/load/ref-escapes.test.ts",
  "test/load/diagnostic-text.test.ts",
  "test/curate/**/*.test.ts",
]);
