// Mutation run over generator/write/: the TypeScript and Markdown printers against Prettier construct by construct,
// the layout algorithm, the format stage by parts on small files, the incremental builder, the build stamp and
// `--check`'s stale files (see vitest.base.ts for what is left out and why).
// Left out, though `npm test` runs them:
// - committed-packages and snapshots generate whole packages while their file is collected, so every write mutant
//   they reach would be static (run against the whole set); stale-build runs `generate --check` on the curated 2.11
//   (about a second a test, every printer mutant reached); stale-files tests what it adds, on a small folder;
// - typescript-shape-packages (every emitted part of the curated versions and of random descriptions against
//   Prettier) and format-official (the official 2.11 package) take seconds, and nearly every printer mutant reaches
//   them: with per-test coverage each such mutant would run them, hours for the ~3,000 mutants. What they check is
//   checked here construct by construct (typescript-constructs, typescript-shape, doc-printer, markdown-shape,
//   format), each test in milliseconds.
// They are left out by file, not by `skip`: Stryker's vitest runner clears the test name pattern for its dry run, so
// a skipped test would still run there and be counted as covering the mutants it reaches.
import { mutationTests } from "./vitest.base.js";

export default mutationTests(
  [
    "test/write/typescript-constructs.test.ts",
    "test/write/typescript-shape.test.ts",
    "test/write/doc-printer.test.ts",
    "test/write/markdown-shape.test.ts",
    "test/write/format.test.ts",
    "test/write/build.test.ts",
    "test/write/stale-files.test.ts",
    "test/write/write-atomic.test.ts",
  ],
  // The emit and format caches are keyed on the generator's sources, the same for every mutant: with them, a mutant
  // would be answered by the first run's cached files and never run.
  { env: { INTERCOM_SDK_CACHE: "0" } },
);
