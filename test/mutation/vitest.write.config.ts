// Mutation run over generator/write/: the TypeScript and Markdown printers against Prettier, the format stage by
// parts, the incremental builder, the build stamp and `--check` (see vitest.base.ts for what is left out and why).
// committed-packages and snapshots are left out: they generate whole packages while their file is collected, so every
// write mutant they reach would be static (run against the whole set), and what they check of this stage (files in
// Prettier's shape) typescript-shape and format compare with Prettier itself, inside each test.
import { mutationTests } from "./vitest.base.js";

export default mutationTests(
  [
    "test/write/typescript-shape.test.ts",
    "test/write/markdown-shape.test.ts",
    "test/write/format.test.ts",
    "test/write/build.test.ts",
    "test/write/stale-build.test.ts",
    "test/write/write-atomic.test.ts",
  ],
  // The emit and format caches are keyed on the generator's sources, the same for every mutant: with them, a mutant
  // would be answered by the first run's cached files and never run.
  { env: { INTERCOM_SDK_CACHE: "0" } },
);
