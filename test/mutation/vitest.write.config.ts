// Mutation run over generator/write/: formatting, building, the emit cache (see vitest.base.ts for what is left out and why).
import { mutationTests } from "./vitest.base.js";

export default mutationTests(
  ["test/write/**/*.test.ts", "test/runtime/templates-format.test.ts", "test/generate/cache.test.ts"],
  // The emit and format caches are keyed on the generator's sources, the same for every mutant: with them, a mutant
  // would be answered by the first run's cached files and never run.
  { env: { INTERCOM_SDK_CACHE: "0" } },
);
