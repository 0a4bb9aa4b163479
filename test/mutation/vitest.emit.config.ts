// Mutation run over generator/emit/: TSDoc, snapshots, names, samples, validators, pagination table (see vitest.base.ts for what is left out and why).
import { mutationTests } from "./vitest.base.js";

export default mutationTests([
  "test/emit/**/*.test.ts",
  "test/write/snapshots.test.ts",
  "test/model/name-registry.test.ts",
  "test/model/pagination-table.test.ts",
  "test/write/format.test.ts",
]);
