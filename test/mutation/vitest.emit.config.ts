// Mutation run over generator/emit/: TSDoc, snapshots, names, samples, validators, pagination table (see vitest.base.ts for what is left out and why).
// test/write/format.test.ts is the write set's: it formats one emitted text two ways, so an emit mutant changes both.
import { mutationTests } from "./vitest.base.js";

export default mutationTests(
  [
    "test/emit/**/*.test.ts",
    "test/write/snapshots.test.ts",
    "test/model/name-registry.test.ts",
    "test/model/pagination-table.test.ts",
  ],
  // The emit and format caches are keyed on the generator's sources, the same for every mutant: with them, a mutant
  // would be answered by the first run's cached files and never run.
  { env: { INTERCOM_SDK_CACHE: "0" } },
);
