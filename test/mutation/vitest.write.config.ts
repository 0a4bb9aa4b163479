// Mutation run over generator/write/: formatting, building, the emit cache (see vitest.base.ts for what is left out and why).
import { mutationTests } from "./vitest.base.js";

export default mutationTests([
  "test/write/**/*.test.ts",
  "test/runtime/templates-format.test.ts",
  "test/generate/cache.test.ts",
]);
