// Mutation run over generator/curate/: the curate table, the fixes and profile rules, intercom-client's names (see vitest.base.ts for what is left out and why).
import { mutationTests } from "./vitest.base.js";

export default mutationTests([
  "test/curate/**/*.test.ts",
  "test/curation-fixes.test.ts",
  "test/curation-profile.test.ts",
  "test/intercom-client.test.ts",
]);
