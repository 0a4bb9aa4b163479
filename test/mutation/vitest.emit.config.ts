// Mutation run over generator/emit/: TSDoc, snapshots, names, samples, validators, pagination table (see vitest.base.ts for what is left out and why).
import { mutationTests } from "./vitest.base.js";

export default mutationTests([
  "test/emit/**/*.test.ts",
  "test/snapshots.test.ts",
  "test/names.test.ts",
  "test/samples.test.ts",
  "test/integer.test.ts",
  "test/pagination-table.test.ts",
  "test/format.test.ts",
]);
