// Mutation run over generator/load/: reference escapes, model documents (checkDocument), fixtures, reporter, OpenAPI 3.1 (see vitest.base.ts for what is left out and why).
import { mutationTests } from "./vitest.base.js";

// uncurated-description generates a package while the file is collected, which Stryker counts as no test's work
// (every mutant it reaches would run against the whole set); test/load/ and the model tables reach the same code.
export default mutationTests(["test/load/**/*.test.ts", "test/model/*.test.ts"], {
  exclude: ["test/model/uncurated-description.test.ts"],
});
