// Mutation run over the top-level files of generator/ (see stryker.top.config.mjs; vitest.base.ts says what is left out and why).
import { mutationTests } from "./vitest.base.js";

export default mutationTests([
  "test/generate/add-version.test.ts",
  // cache-hits (a whole fixture emitted twice without cache, seconds a run) and first-run-command (the command in a
  // child process, which never sees a mutant) are left out.
  "test/generate/cache.test.ts",
  "test/generate/command.test.ts",
  "test/generate/generation-runs.test.ts",
  "test/generate/model-thread.test.ts",
  "test/model/runtime-exports.test.ts",
  "test/generate/version-selection.test.ts",
  "test/emit/emit-cache.test.ts",
  "test/curate/version-folders.test.ts",
  "test/load/diagnostic-text.test.ts",
  "test/load/ref-escapes.test.ts",
  "test/load/field-types.test.ts",
  "test/load/shape-and-references.test.ts",
  "test/load/parse-errors.test.ts",
]);
