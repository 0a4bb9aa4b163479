// The TypeScript the format stage prints itself (generator/write/typescript-shape.ts) is what Prettier prints: checked
// part by part on every emitted file of the curated versions, on random descriptions (the fuzz project's schemas), and
// on hand-picked constructs, including what must be left to Prettier. The official 2.11 description is format.test.ts's:
// the format stage, printer included, against Prettier on each whole file.
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

describe("TypeScript printed in Prettier's shape", () => {
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

  it("prints hand-picked constructs as Prettier does", async () => {
    const texts = [
      'import { a } from "./a.js";\nimport type { B, C } from "./b.js";\n',
      `export type Long = ${Array.from({ length: 12 }, (_, i) => `"value_${i}"`).join(" | ")};\n`,
      "export type Short = { a: string } | null;\n",
      'export type X = {\n    a: string;\n    b?: Array<"x" | "y">;\n    } & (\n{\n a: string }|{ b: number });\n',
      `export interface I {\n    /**\n     * Doc\n     *\n     * more\n     */\n    "a-b": string;\n    "c": ${"Name".repeat(30)}[];\n    [key: string]: unknown;\n}\n`,
      `export function f(client: ClientCore, params: P, options?: RequestOptions): ApiPromise<${"X".repeat(90)}> {\n    return client.request<N>({"method": "GET", "path": "/a/{b}", "pathParams": ["b"], "response": "json"}, params, options);\n}\n`,
      'export const v = /* @__PURE__ */ f({"types": {"A": {"o": {}}}, "e": [null, "x"]});\n',
      "export class A {\n    readonly b: B;\n    constructor(private readonly client: C) {\n    }\n\n    m(p: P = {}, o?: O): R {\n        return g(this.client, p, o);\n    }\n}\n",
      'const x = await intercom.admins.identify();\nfor await (const item of f(client, { a: "…", b: 1 })) console.log(item);\n',
      'f(a, { b: "🎟️", c: "it\'s" });\n',
      // Quotes: the fewer escapes win, double on a tie; needless escapes dropped, meaningful ones kept.
      String.raw`f("say \"hi\"", 'it\'s', "a\d\-", '"q"', "\u00e9\x41\0\n\t", 'mixed "a" \'b\'', '', "'");` + "\n",
      String.raw`const o = { "it's": 1, 'say "x"': 2, "a\"b": 3 };` + "\n",
      String.raw`export type Q = 'one' | "say \"hi\"" | '\'';` + "\n",
      // Statements of the README samples: if, try/catch, a block holding one comment, arrows as call arguments.
      "if (page.hasNextPage()) await page.getNextPage(); // never mutates your arguments\npage.nextCursor(); // save it\n",
      "if (next) {\n  await search(next);\n}\n",
      "for await (const item of intercom.articles.list({ page: 1, per_page: 15 })) { /* every item */ }\n",
      "for (const a of b) {\n  // nothing\n}\n",
      "try {\n  await a();\n} catch (error) {\n  if (error instanceof IntercomValidationError) console.log(error.operation, error.issues);\n}\n",
      "try { a() } catch { b() }\n",
      "try {} catch (error) {}\nfor (const a of b) {}\nif (a) {}\nfunction f() {}\n", // empty blocks: Prettier opens some
      'export class C extends B {\n  constructor(o: O = {}) {\n    super(o, D, () => import("./validators.js").then((m) => m.validator));\n  }\n}\n',
      "f(a, (x, y) => x === y);\n",
      "f(g(() => a));\n",
      'f({ org: "…", team_ids: [12, 26], ids: [-1, 2.5] });\n',
      "for await (const p of intercom.articles.list({ page: 1, per_page: 15 }).pages()) { /* page by page */ }\n",
      "export class D extends B {\n  constructor(o: O = {}) {\n    super(o);\n    this.admins = new Admins(this);\n    x = a === b;\n  }\n}\n",
      `export type T = (A & B) | C;\nexport type U = (${"A".repeat(50)} & ${"B".repeat(50)}) | ${"C".repeat(40)};\n`,
      "/**\n * > [!WARNING]  \n * text   \n *  \n */\nexport interface Empty {\n}\n\n/** See https://example.com/a */\nexport interface AlsoEmpty {}\n",
    ];
    for (const text of texts) {
      const mine = printLikePrettier(text);
      expect(mine, text).toBeDefined();
      expect(mine, text).toBe(await prettier(text));
    }
  });

  it("prints JSON as Prettier's json parser does: the emitted files and hand-picked texts", async () => {
    const json = (text: string) => format(text, { parser: "json", ...PRETTIER_OPTIONS });
    const emittedJson = [...emitted(curatedSpecOf(VERSIONS[0]!))].filter(([path]) => path.endsWith(".json"));
    expect(emittedJson.map(([path]) => path)).toEqual(["package.json", "tsconfig.json"]);
    const texts = [
      ...emittedJson.map(([, text]) => text),
      '{"a": {"b": 1, "c": 2}, "d": ["x", "y"], "e": {}, "f": [], "g": null, "h": true, "i": -2.5}\n',
      `{"long": "${"x".repeat(130)}", "list": [${Array.from({ length: 20 }, (_, i) => `"item_${i}"`).join(", ")}]}\n`,
      '[{"a": 1, "b": 2}, {"a": 3, "b": 4}]\n',
      '{"a": 1,}\n',
      '{"a": [1, 2, 3]}\n',
      '{"q": "say \\"hi\\"", "it\'s": "\\u00e9", "url": "https://example.com/a"}\n',
    ];
    for (const text of texts) {
      const mine = printJsonLikePrettier(text);
      expect(mine, text).toBeDefined();
      expect(mine, text).toBe(await json(text));
    }
    const numbers = `{"a": [${Array.from({ length: 40 }, (_, i) => i * 1000).join(", ")}]}\n`; // filled when broken
    for (const left of [numbers, '{"a": 1.50}\n', '// c\n{"a": 1}\n', "{a: 1}\n"])
      expect(printJsonLikePrettier(left), left).toBeUndefined();
  });

  it("leaves to Prettier what it does not know, or would print otherwise", () => {
    const left = [
      "if (a) b();\nelse c();\n", // a statement outside the subset
      "while (a) b();\n",
      "const f = (a) => a;\n", // an arrow outside call arguments
      `f(${"a".repeat(100)}, () => ${"b".repeat(20)});\n`, // an arrow in arguments that do not fit on one line
      `if (${"a".repeat(100)} && ${"b".repeat(20)}) c();\n`, // an if that does not fit on one line
      "if (a && b || c) d();\n", // mixed operators: Prettier adds parentheses
      "f(async () => a);\n",
      "a.b(c).d(e).f();\n", // three calls in a chain
      `for (const p of ${"a".repeat(100)}.list({ page: 1 }).pages()) {}\n`, // a chain that does not fit on one line
      `this.${"a".repeat(60)} = new ${"B".repeat(60)}(this);\n`, // an assignment that does not fit on one line
      "f((x) => x, () => b);\n", // two functions: Prettier breaks every argument
      "f(g(() => a), b);\n", // a call given a function, the same
      "f((a: string) => a);\n",
      "try {\n  a();\n} finally {\n  b();\n}\n",
      "const n = a + b;\n", // a binary expression outside a one-line part
      "const n = 1.50;\n", // Prettier drops the trailing zero
      `const a = [${Array.from({ length: 40 }, (_, i) => i * 1000).join(", ")}];\n`, // numbers filled line by line
      "f(a /* why */, b);\n", // a comment inside an expression
      "const t = `x`;\n", // template literals
      "f(\n",
    ];
    for (const text of left) expect(printLikePrettier(text), text).toBeUndefined();
  });
});
