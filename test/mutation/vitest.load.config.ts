// Mutation run over generator/load/: the in-memory tests of test/load/ (see vitest.base.ts for what is left out and why).
import { mutationTests } from "./vitest.base.js";

export default mutationTests(["test/load/**/*.test.ts"], {
  // Emitting and type-checking a package reaches no code of generator/load/ that the other tests do not.
  exclude: ["test/load/openapi31-package.test.ts"],
  // The parse cache is keyed on the generator's sources, the same for every mutant: with it, a mutant of the parser
  // would be answered by the first run's cached value and never run.
  env: { INTERCOM_SDK_CACHE: "0" },
});
