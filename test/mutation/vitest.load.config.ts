// Mutation run over generator/load/: reference escapes, model documents (checkDocument), fixtures, reporter, OpenAPI 3.1 (see vitest.base.ts for what is left out and why).
import { mutationTests } from "./vitest.base.js";

export default mutationTests(["test/load/**/*.test.ts", "test/model/*.test.ts", "test/evidence/evidence.test.ts"]);
