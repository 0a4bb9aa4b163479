// The TypeScript the format stage prints itself (generator/write/typescript-shape.ts) is what Prettier prints: checked
// on hand-picked constructs, including what must be left to Prettier; typescript-constructs.test.ts has one row per
// construct, and typescript-shape-packages.test.ts compares every emitted part of the curated versions and of random
// descriptions. The official 2.11 description is format-official.test.ts's: the format stage, printer included,
// against Prettier on each whole file.
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { PRETTIER_OPTIONS } from "../../generator/write/format.js";
import { printJsonLikePrettier, printLikePrettier } from "../../generator/write/typescript-shape.js";

const prettier = (text: string) => format(text, { parser: "babel-ts", ...PRETTIER_OPTIONS });

describe("TypeScript printed in Prettier's shape", () => {
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

  it("prints JSON as Prettier's json parser does: hand-picked texts", async () => {
    const json = (text: string) => format(text, { parser: "json", ...PRETTIER_OPTIONS });
    const texts = [
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
