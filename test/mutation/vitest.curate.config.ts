// Mutation run over generator/curate/: the in-memory curate tables and the fixes and profile rules (test/intercom-client.test.ts parses the official
// descriptions in each run: seconds per mutant) (see vitest.base.ts for what is left out and why).
import { mutationTests } from "./vitest.base.js";

export default mutationTests([
  "test/curate/**/*.test.ts",
  "test/curation-fixes.test.ts",
  "test/curation-profile.test.ts",
]);
