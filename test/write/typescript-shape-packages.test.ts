// The TypeScript and JSON printers (generator/write/typescript-shape.ts) against Prettier on whole packages: every
// emitted part of the curated versions and of random descriptions (the fuzz project's schemas). Seconds per run, so
// they are left out of the write mutation set (test/mutation/vitest.write.config.ts), where every printer mutant
// would run them; typescript-shape.test.ts and typescript-constructs.test.ts check the same printers construct by
// construct, in milliseconds.
import fc from "fast-check";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { emitPackage } from "../../generator/emit/emit-package.js";
import { TEMPLATES_DIR } from "../../generator/generate.js";
import { Reporter } from "../../generator/diagnostics.js";
import { checkDocument, loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { chunks, PRETTIER_OPTIONS } from "../../generator/write/format.js";
import { printJsonLikePrettier, printLikePrettier } from "../../generator/write/typescript-shape.js";
import { componentsArbitrary, documentOf, finalize } from "../fuzz/schemas.js";
import { curatedSpecOf, VERSIONS } from "../helpers/paths.js";

const prettier = (text: string) => format(text, { parser: "babel-ts", ...PRETTIER_OPTIONS });

/** The texts the format stage hands to the TypeScript printer: the parts of each .ts file and the Markdown's code. */
function tsTexts(files: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [path, text] of files) {
    if (path.startsWith("src/runtime/")) continue;
    if (path.endsWith(".ts")) out.push(...chunks("babel-ts", text));
    if (path.endsWith(".md")) out.push(...[...text.matchAll(/^```ts\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!));
  }
  return out;
}

/** Every text printed here equals Prettier's output; returns how many were printed here and how many in all. */
async function compare(texts: string[]): Promise<{ printed: number; all: number }> {
  let printed = 0;
  for (const text of texts) {
    const mine = printLikePrettier(text);
    if (mine === undefined) continue;
    printed++;
    expect(mine, text.slice(0, 300)).toBe(await prettier(text));
  }
  return { printed, all: texts.length };
}

const emitted = (spec: string) =>
  emitPackage(buildModel(loadDocument(spec, { lenient: true }), { lenient: true }).model, TEMPLATES_DIR);

describe("TypeScript printed in Prettier's shape, on whole packages", () => {
  it("prints the emitted files of every curated version as Prettier does", async () => {
    for (const spec of VERSIONS.map(curatedSpecOf)) {
      const { printed, all } = await compare(tsTexts(emitted(spec)));
      // Nearly all of it: what remains for Prettier is a few code samples and the client's lazy import.
      expect(printed / all, spec).toBeGreaterThan(0.9);
    }
  }, 300_000);

  it("prints the files emitted from random descriptions as Prettier does", async () => {
    let printed = 0;
    await fc.assert(
      fc.asyncProperty(componentsArbitrary(), async (components) => {
        const reporter = new Reporter("fuzz.json", true);
        const spec = checkDocument(documentOf(finalize(components)), reporter);
        const { model } = buildModel(spec, { lenient: true });
        printed += (await compare(tsTexts(emitPackage(model, TEMPLATES_DIR)))).printed;
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 15), seed: 23 },
    );
    expect(printed).toBeGreaterThan(50); // the property was exercised, not vacuously true
  }, 300_000);

  it("prints the emitted JSON files as Prettier's json parser does", async () => {
    const emittedJson = [...emitted(curatedSpecOf(VERSIONS[0]!))].filter(([path]) => path.endsWith(".json"));
    expect(emittedJson.map(([path]) => path)).toEqual(["package.json", "tsconfig.json"]);
    for (const [path, text] of emittedJson) {
      const mine = printJsonLikePrettier(text);
      expect(mine, path).toBeDefined();
      expect(mine, path).toBe(await format(text, { parser: "json", ...PRETTIER_OPTIONS }));
    }
  });
});
