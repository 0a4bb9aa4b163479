// Mutation run over generator/curate/: the in-memory curate tables and the fixes and profile rules (test/curate/intercom-names.test.ts parses the official
// descriptions in each run: seconds per mutant) (see vitest.base.ts for what is left out and why).
import { mutationTests } from "./vitest.base.js";

export default mutationTests(["test/curate/**/*.test.ts"]);
