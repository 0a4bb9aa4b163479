import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { describeFailure, Pipeline } from "./pipeline.js";
import { componentsArbitrary, type DraftComponent, documentOf, finalize } from "./schemas.js";

// Fuzzing the model stage: random valid component schemas, each with values that conform to it and one that does
// not, go through load → buildModel → emitPackage → formatFiles; the models must compile strictly, accept every
// conforming value and reject the other.
// `npm test` runs a few documents; `npm run fuzz` (FUZZ_RUNS=2000) many more. The seed is fixed (42; FUZZ_SEED to
// explore others), so a failure reproduces; fast-check prints the shrunk counterexample, the document, the models
// and the samples. Each generator bug found that way is fixed and kept as a regression case below.
const RUNS = Number(process.env["FUZZ_RUNS"] ?? 12);
const SEED = Number(process.env["FUZZ_SEED"] ?? 42);
// The whole package (resources, client, runtime) compiles in about a second: checked on one document in twenty,
// and on two at least, so `npm test` runs it too.
const PACKAGE_RUNS = Math.max(2, Math.floor(RUNS / 20));

const pipeline = new Pipeline();
afterAll(() => pipeline.dispose());

async function check(
  components: readonly DraftComponent[],
  seed: number,
  options: { wholePackage?: boolean } = {},
): Promise<void> {
  const universe = finalize(components);
  const failure = await pipeline.run(universe, documentOf(universe), seed, options);
  if (failure) expect.fail(describeFailure(failure));
}

describe("model stage fuzzing", () => {
  it(
    `random schemas compile strictly, accept conforming values and reject others (${RUNS} documents)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(componentsArbitrary(8), fc.nat(), (components, seed) => check(components, seed)),
        { seed: SEED, numRuns: RUNS },
      );
    },
    Math.max(60_000, RUNS * 2_000),
  );

  it(
    `the whole package compiles too: resources, client, runtime (${PACKAGE_RUNS} documents)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(componentsArbitrary(8), fc.nat(), (components, seed) =>
          check(components, seed, { wholePackage: true }),
        ),
        { seed: SEED + 1, numRuns: PACKAGE_RUNS },
      );
    },
    Math.max(60_000, PACKAGE_RUNS * 20_000),
  );
});

// Shrunk counterexamples the fuzzer found, kept as fixed cases (each was a generator bug, fixed since).
const str = { t: "string" } as const;
const regressions: [string, DraftComponent[]][] = [
  [
    "a description containing `/*` keeps the doc comment closed (ts-morph took it for a nested comment)",
    [
      {
        key: "Root",
        schema: {
          t: "enum",
          values: ["="],
          typed: false,
          description: "/* nested */ and */ twice */",
          deprecated: true,
        },
      },
      {
        key: "Inline",
        schema: {
          t: "object",
          typed: true,
          props: [{ name: "a", required: false, schema: { ...str, description: "/* x" } }],
        },
      },
    ],
  ],
  [
    "an allOf part whose fields are all read-only does not turn the input variant into `Record<string, never> & …`",
    [
      {
        key: "Root",
        schema: {
          t: "allOf",
          parts: [
            {
              t: "object",
              typed: true,
              props: [{ name: "pt-BR", required: false, schema: { ...str, readOnly: true } }],
            },
            { t: "object", typed: true, props: [{ name: "b", required: true, schema: str }] },
          ],
        },
      },
    ],
  ],
];

describe("model stage regressions", () => {
  it.each(regressions)("%s", async (_name, components) => {
    for (let seed = 0; seed < 5; seed++) await check(components, seed);
  });
});
