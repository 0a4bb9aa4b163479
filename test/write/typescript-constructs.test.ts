// The TypeScript and JSON printers (generator/write/typescript-shape.ts), one construct per row: a text it prints
// must print exactly as Prettier prints it (babel-ts or json parser, the project's options), and a text it must
// leave to Prettier (a construct outside its language, a layout it knows only on one line that would break, a
// comment it cannot place, a literal Prettier rewrites) must give undefined, so that the format stage hands it on.
// Each row is its own test of a few milliseconds: the write mutation set runs this file for the printer's mutants
// (typescript-shape-packages.test.ts compares whole packages, too slowly for that).
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { PRETTIER_OPTIONS } from "../../generator/write/format.js";
import { printJsonLikePrettier, printLikePrettier } from "../../generator/write/typescript-shape.js";

const prettier = (text: string, parser = "babel-ts") => format(text, { parser, ...PRETTIER_OPTIONS });
const long = (name: string, n = 50) => name.repeat(Math.ceil(n / name.length)).slice(0, n);

/** [what the row shows, source]: printed here, as Prettier prints it. */
const printed: [string, string][] = [
  // imports and exports
  ["a side-effect import", 'import "./side.js";\n'],
  ["an empty export list", 'export {} from "./a.js";\n'],
  ["export * and export type *", 'export * from "./a.js";\nexport type * from "./b.js";\n'],
  [
    "renamed and type-only specifiers",
    'export { a as b, type C } from "./a.js";\nimport { type D as E, f } from "./d.js";\n',
  ],
  ["a lone long specifier stays on its line", `import { ${long("A", 130)} } from "./a.js";\n`],
  ["long specifier lists break one per line", `export { ${long("a", 60)}, ${long("b", 60)} } from "./a.js";\n`],
  ["single-quoted module names", "import { a } from './a.js';\n"],
  // declarations
  ["an interface extending two", "export interface A extends B, C<D> {\n  a: string;\n}\n"],
  ["an empty interface and class", "interface A {}\nclass B {}\nexport class C extends D {}\n"],
  ["members kept apart by a blank line", "interface A {\n  a: string;\n\n  b: number;\n}\n"],
  [
    "readonly, optional and method signatures",
    "interface A {\n  readonly a?: string;\n  m(a: string): void;\n  n?(): A;\n}\n",
  ],
  [
    "literal, tuple and keyword types",
    "type A = {\n  a: true;\n  b: false;\n  c: null;\n  d: [];\n  e: [string, ...number[]];\n  f: -1;\n  g: never | void | object | bigint | symbol | any | undefined;\n}\n",
  ],
  ["parenthesized union and intersection in an array", "type A = (B | C)[];\ntype D = (E & F)[];\n"],
  [
    "intersections of objects and names",
    "type A = { a: string } & { b: string };\ntype B = C & D & { e: string };\ntype F = { a: string } & G & { h: string };\n",
  ],
  ["a long intersection breaks", `type A = ${long("B")} & ${long("C")} & ${long("D")};\n`],
  [
    "a long intersection of objects and names",
    `type A = ${long("B")} & { ${long("c")}: string; ${long("d")}: number } & ${long("E")};\n`,
  ],
  ["a union hugging an object", "type A = { a: string; b: number } | null;\ntype B = Array<{ a: string } | null>;\n"],
  [
    "a long union in type arguments",
    `type A = Array<${Array.from({ length: 8 }, (_, i) => `"value_${i}_${long("x", 10)}"`).join(" | ")}>;\n`,
  ],
  [
    "a long union in a property",
    `interface A {\n  a: ${Array.from({ length: 8 }, (_, i) => `"value_${i}_${long("x", 10)}"`).join(" | ")};\n}\n`,
  ],
  [
    "a long union in parentheses in an array",
    `type A = (${Array.from({ length: 8 }, (_, i) => `"value_${i}_${long("x", 10)}"`).join(" | ")})[];\n`,
  ],
  ["long type arguments break", `type A = Map<${long("K", 60)}, Array<${long("V", 60)}>>;\n`],
  ["a function with rest and optional parameters", "function f(a?: string, ...b: number[]): void {}\n"],
  [
    "a long signature with a rest parameter breaks without a trailing comma",
    `export function f(${long("a")}: string, ...${long("b")}: string[]): void {}\n`,
  ],
  [
    "a long signature breaks with a trailing comma",
    `export function f(${long("a")}: string, ${long("b")}?: number): Promise<void> {}\n`,
  ],
  [
    "one parameter and an object return type",
    `function f(a: string): { ${long("b", 60)}: string; ${long("c", 60)}: number } {\n  return g();\n}\n`,
  ],
  ["a return without a value", "function f() {\n  return;\n}\n"],
  [
    "a constructor with parameter properties breaks them",
    "class A {\n  constructor(private readonly a: A, public b: B) {}\n}\n",
  ],
  [
    "class properties",
    "class A {\n  a?: string;\n  b = 1;\n  protected c: number = 2;\n  d = true;\n  e = new B(this);\n}\n",
  ],
  ["class methods", "export class A {\n  async m(a: string) {\n    await f(a);\n  }\n\n  private n(): void {}\n}\n"],
  ["let and var", "let a = 1;\nvar b;\nlet c: string;\n"],
  [
    "a declaration whose type has nested type arguments",
    `const a: Map<string, Array<string>> = new Map();\nconst b: Record<string, string> = {};\n`,
  ],
  [
    "a long type with nested arguments",
    `export const ${long("a")}: Map<${long("K")}, Array<${long("V")}>> = new Map();\n`,
  ],
  // statements
  ["for-of with let, var and a statement body", "for (let a of b) f(a);\nfor (var c of d) {\n  g(c);\n}\n"],
  ["a statement after a blank line and a comment", "f();\n\n// c\n\ng();\n"],
  ["a leading block comment on the same line", "/* a */ const a = 1;\n"],
  ["a leading comment followed by a blank line", "// a\n\nconst a = 1;\n"],
  ["a trailing line comment", "const a = 1; // why\nf(); // then\n"],
  ["JSDoc with a Markdown line break", "/**\n * first  \n * second\n */\nexport type A = string;\n"],
  ["a /** comment of stars", "/**\n ** a\n */\nexport type A = string;\n"],
  ["a one-line block comment kept as it is", "/*   spaced   */\nexport type A = string;\n"],
  // expressions
  ["an object with shorthand and spread members", "const o = { a, ...b, c: 1 };\n"],
  ["an object kept expanded after its brace", "const o = {\n  a: 1 };\n"],
  ["quoted keys dropped where not needed", 'const o = { "a": 1, "b-c": 2, \'$d_1\': 3, "1e": 4 };\n'],
  ["a long object breaks", `const o = { ${long("a")}: "${long("x")}", ${long("b")}: ${long("y")} };\n`],
  ["an object value on its own line", `const o = { a: { ${long("b", 60)}: 1, ${long("c", 60)}: 2 } };\n`],
  ["a short key never breaks after its colon", `const o = { a: "${long("x", 130)}" };\n`],
  ["a string breaks after the operator", `const ${long("a")} = "${long("x", 90)}";\n`],
  ["an awaited chain breaks after the operator", `const ${long("a")} = await ${long("b")}.${long("c")}();\n`],
  ["a poorly breakable chain with a short argument", `const ${long("a")} = ${long("b")}.${long("c")}(this);\n`],
  [
    "chains with simple and lone arguments",
    'const a = b.c<D>(x);\nconst e = f.g("s");\nconst h = i.j(1);\nconst k = l.m(true, 2);\nconst n = o.p(null);\n',
  ],
  ["a call with an object argument after a long name", `const ${long("a")} = ${long("b")}.${long("c")}({ d: 1 });\n`],
  ["a chain with type arguments", `const ${long("a")} = ${long("b")}.${long("c")}<${long("D", 30)}<E>>();\n`],
  [
    "a poorly breakable chain with an array, call or member argument",
    `const ${long("a")} = ${long("b")}.c([1]);\nconst ${long("d")} = ${long("e")}.f(g());\nconst ${long("h")} = ${long("i")}.j(k.l);\n`,
  ],
  ["a fluid assignment that breaks", `const ${long("a")} = new ${long("B")}(${long("c")}, ${long("d")});\n`],
  ["numbers", "f(0, 10, 1.5, -2, 0.25);\n"],
  ["an arrow given to a call on one line", 'f(() => import("./a.js").then((m) => m.b));\n'],
  ["new with arguments", "const a = new B(c, { d: 1 });\n"],
  ["the last argument, an array, hugged", `f(${long("a")}, [${long("b")}, ${long("c")}]);\n`],
  ["the last argument, an object, hugged", `f(${long("a")}, { ${long("b")}: 1, ${long("c")}: 2 });\n`],
  ["a last argument that breaks anyway is hugged", "f(a, {\n  b: 1,\n});\n"],
  ["a first argument that breaks breaks them all", "f({\n  a: 1,\n}, [b]);\n"],
  ["two objects as arguments are not hugged", `f({ ${long("a")}: 1 }, { ${long("b")}: 2 });\n`],
  ["numbers as the last argument are not hugged", `f(${long("a", 100)}, [1, 2]);\n`],
  ["arguments that break one per line", `f(${long("a")}, ${long("b")}, ${long("c")});\n`],
  ["an argument that breaks", `f(g({\n  a: 1,\n}), b);\n`],
  ["an array of objects breaks", "const a = [{ a: 1, b: 2 }, { a: 3, b: 4 }];\nconst b = [[1, 2], [3, 4]];\n"],
  ["a long array breaks with a trailing comma", `const a = [${long("a")}, ${long("b")}, ${long("c")}];\n`],
  ["an empty array and object", "f([], {});\n"],
  ["a string chosen to need the fewest escapes", String.raw`f('say "a" \'b', "\'", '\"');` + "\n"],
  // Prettier keeps a string already in its chosen quote as written, needless escapes included.
  ["strings kept as written in their quote", String.raw`f("\'", 'a\"b', "a\'b\"c", "\d");` + "\n"],
  ["a binary test in an if", "if (a !== null) f(a);\nif (b in c) {\n  g();\n}\n"],
  ["a long if with a block", `if (${long("a")}.${long("b")}) {\n  ${long("c")}();\n}\n`],
  ["an assignment of a member", "this.a = b;\na.b.c = d.e(f);\n"],
  // comment counting, binary operators, signatures, variable types (rows that pin down the printer's decisions)
  [
    "a string holding //, in either quote or after an escaped quote",
    String.raw`f("http://x", 'a//b', "a\"//b");` + "\n",
  ],
  ["a line comment holding //", "// see http://x\nf();\n"],
  ["a trailing line comment at the end of the text", "f(); // c"],
  ["block comments side by side", "/* a *//* b */ /* c */ const a = 1;\n"],
  [
    "each operator printed as written in a test",
    ["==", "!=", "<", ">", "<=", ">=", "&&", "||", "??"].map((op) => `if (a ${op} b) f();\n`).join(""),
  ],
  [
    "a parameter property among others breaks them all",
    "class A {\n  constructor(\n    private a: A,\n    b: B,\n  ) {}\n}\n",
  ],
  [
    "two parameters and a long object return type",
    `function f(a: string, b: number): { ${long("c", 60)}: string; ${long("d", 60)}: number } {\n  return g();\n}\n`,
  ],
  ["one parameter and a long return type", `function f(a: string): Promise<Map<${long("K")}, ${long("V")}>> {}\n`],
  ["an untyped parameter", "function f(a) {}\n"],
  [
    "a type with nested arguments keeps a long value beside it",
    `const a: Map<string, Array<string>> = "${long("x", 100)}";\n`,
  ],
  ["a type with one nested argument", `const a: Array<Array<string>> = "${long("x", 100)}";\n`],
  ["a type with plain arguments", `const a: Map<A, B> = "${long("x", 100)}";\n`],
  ["a trailing comment with spaces after it", "f(); // c  \n"],
  ["a leading line comment with spaces after it", "// a  \nconst a = 1;\n"],
  ["a block comment on its own line before a member", "interface A {\n  /* c */\n  a: string;\n}\n"],
  ["a block comment indented by a tab", "interface A {\n\t/* c */\n\ta: string;\n}\n"],
  ["a starred /* comment keeps no Markdown break", "/*\n * first  \n * second\n */\nexport type A = string;\n"],
  ["a /*** comment keeps no Markdown break", "/***\n * first  \n * second\n */\nexport type A = string;\n"],
  ["a JSDoc line with one trailing space", "/**\n * a \n */\nexport type A = string;\n"],
  ["a blank line after a trailing comment", "f(); // why\n\ng();\n"],
  ["a blank line holding spaces, then none", "f();\n  \ng();\nh();\n"],
  ["an empty array in a text with a comment", "// c\nf([]);\n"],
  ["a key of five characters breaks after its colon", `const o = { abcde: "${long("x", 130)}" };\n`],
  [
    "true and false never break after the operator",
    `const ${long("a", 115)} = true;\nconst ${long("b", 115)} = false;\n`,
  ],
  [
    "a long union in a type alias",
    `type A = ${Array.from({ length: 8 }, (_, i) => `"value_${i}_${long("x", 10)}"`).join(" | ")};\n`,
  ],
  ["an awaited chain with an argument", `const ${long("a")} = await ${long("b")}.${long("c")}(d);\n`],
  ...[
    long("d", 25),
    long("d", 30),
    long("d", 31),
    `"${long("x", 28)}"`,
    `"${long("x", 29)}"`,
    "true",
    "false",
    "1",
    "null",
    "this",
    "{ d: 1 }",
    "[d]",
    "d()",
    `${long("d", 28)}()`,
    `${long("d", 29)}()`,
    "d(e)",
    "d.e()",
    "new D()",
    "d.e",
    "d, e",
  ].map((arg): [string, string] => [
    `a chain given ${arg}`,
    // "const a = b.c(" fits on the line (119 characters), the whole does not.
    `const ${long("a", 35)} = ${long("b", 35)}.${long("c", 38)}(${arg});\n`,
  ]),
  ...["<D>", "<D, E>", "<D<E>>", "<D[]>", "<D | E>", "<D & E>", "<{ d: E }>"].map((typeArgs): [string, string] => [
    `a chain with type arguments ${typeArgs}`,
    `const ${long("a", 30)} = ${long("b", 30)}.${long("c", 30)}${typeArgs}(${long("d", 25)});\n`,
  ]),
  ["a call of a name given a short argument", `const ${long("a", 40)} = ${long("b", 55)}(${long("d", 25)});\n`],
  ["a chain from this", `const ${long("a", 30)} = this.${long("b", 25)}.${long("c", 30)}(${long("d", 25)});\n`],
  ["false as an argument", "f(false);\n"],
  ["strings moved to double quotes keep other escapes", String.raw`f('\d', '\"\'\'');` + "\n"],
  ["an object after a line break is not expanded", "const o =\n  { a: 1 };\ntype A =\n  { a: string };\n"],
  ["two long objects as arguments break them all", `f({ ${long("a", 60)}: 1 }, { ${long("b", 60)}: 2 });\n`],
  [
    "a last object hugged after two arguments",
    `f(${long("a", 40)}, ${long("b", 40)}, { ${long("c", 30)}: 1, ${long("d", 30)}: 2 });\n`,
  ],
  ["a long line ending in numbers", `f(${long("a", 115)}, [1, 2]);\n`],
  // Prettier's isConciselyPrintedArray: one number is enough (a bug found here: `[1]` was hugged).
  ["one number as the last argument is not hugged", `f(${long("a", 115)}, [1]);\n`],
  ["negative numbers as the last argument are not hugged", `f(${long("a", 100)}, [-1, -2]);\n`],
  ["a number and a long name in an array", `const a = [1, ${long("b", 130)}];\n`],
  ["a blank line after the last argument or element", "f(\n  a,\n  b\n\n);\nconst a = [\n  b,\n  c\n\n];\n"],
  ["one object in an array", "const a = [{ a: 1, b: 2 }];\n"],
  ["a name and an object in an array", "const a = [c, { a: 1, b: 2 }];\n"],
  ["objects of one member in an array", "const a = [{ a: 1 }, { b: 2 }];\n"],
  ["an object and an array in an array", "const a = [{ a: 1, b: 2 }, [1, 2]];\n"],
  ["a long simple type argument", `type A = Array<${long("B", 130)}>;\n`],
  ["a long object type argument", `type A = Array<{ ${long("a", 60)}: string; ${long("b", 60)}: string }>;\n`],
  ["a long object or null", `type A = { ${long("a", 60)}: string; ${long("b", 60)}: string } | null;\n`],
  ["a long object or void", `type A = { ${long("a", 60)}: string; ${long("b", 60)}: string } | void;\n`],
  ["a long object or a string", `type A = { ${long("a", 60)}: string; ${long("b", 60)}: string } | "a";\n`],
  ["a long string or null", `interface A {\n  a: "${long("x", 130)}" | null;\n}\n`],
  [
    "simple type arguments on a long line",
    `interface A {\n  ${long("a", 110)}: Array<string>;\n  ${long("b", 110)}: Array<B>;\n}\n`,
  ],
  ["a long intersection of two objects", `type A = { ${long("a", 60)}: string } & { ${long("b", 60)}: string };\n`],
  [
    "a long intersection of a name and two objects",
    `type A = ${long("B", 40)} & { ${long("c", 50)}: string } & { ${long("d", 50)}: string };\n`,
  ],
  [
    "a long intersection of an object, a name and an object",
    `type A = { ${long("a", 50)}: string } & ${long("B", 40)} & { ${long("c", 50)}: string };\n`,
  ],
  [
    "a long intersection of names around an object",
    `type A = ${long("B", 40)} & ${long("C", 40)} & { ${long("d", 50)}: string } & ${long("E", 40)};\n`,
  ],
  ["a member of a call on this in an arrow", "f(() => this.a(b).c);\n"],
  [
    "an awaited chain given a short argument",
    `const ${long("a", 30)} = await ${long("b", 30)}.${long("c", 30)}(${long("d", 25)});\n`,
  ],
  ["a chain given a number, just too long", `const ${long("a", 35)} = ${long("b", 35)}.${long("c", 38)}(1);\n`],
  [
    "a chain given two short arguments",
    `const ${long("a", 30)} = ${long("b", 30)}.${long("c", 30)}(${long("d", 25)}, ${long("e", 25)});\n`,
  ],
  ["negative numbers after a long argument", `f(${long("a", 115)}, [-1, -2]);\n`],
  [
    "a long intersection of two names and two objects",
    `type A = ${long("B", 40)} & ${long("C", 40)} & { ${long("c", 50)}: string } & { ${long("d", 50)}: string };\n`,
  ],
  ["an empty array after a long key", `const o = {\n  ${long("k", 118)}: [],\n};\n`],
  ["a hugged object that breaks, nested", "const a = f(b, {\n  c: 1,\n});\ng(f(b, {\n  c: 1,\n}));\n"],
  // Prettier keeps a block comment followed by a line break on its own line, after another comment too.
  [
    "two block comments on the line before a member",
    "interface A {\n  /* a */ /* b */\n  a: string;\n}\nconst o = {\n  /* a */ /* b */\n  a: 1,\n};\n",
  ],
  ["two block comments on the line before a statement", "/* a */ /* b */\nconst a = 1;\n"],
  ["a JSDoc line of a star and spaces", "/**\n * a\n *  \n * b\n */\nexport type A = string;\n"],
  [
    "numbers that fit only on their own line as the lone argument",
    `f([${Array.from({ length: 29 }, (_, i) => i + 10).join(", ")}]);\n`,
  ],
  [
    "a call of super is no poorly breakable chain",
    `class A extends B {\n  constructor() {\n    const ${long("a", 70)} = super(${long("d", 30)});\n  }\n}\n`,
  ],
];

/** [what the row shows, source]: left to Prettier. */
const left: [string, string][] = [
  ["an unterminated block comment", "const a = 1; /* open\n"],
  ["declare", "declare const a: string;\n"],
  ["modifiers in an order Prettier changes", "class A {\n  readonly private a: string;\n}\n"],
  ["an import with attributes", 'import a from "./a.json" with { type: "json" };\n'],
  ["a default import", 'import a from "./a.js";\n'],
  ["a namespace import", 'import * as a from "./a.js";\n'],
  ["a local export list", "export { a };\n"],
  ["export * as", 'export * as a from "./a.js";\n'],
  ["a string specifier", 'import { "a-b" as c } from "./a.js";\n'],
  ["a generic type alias", "type A<T> = T;\n"],
  ["a generic interface", "interface A<T> {\n  a: T;\n}\n"],
  ["a generator", "function* g() {}\n"],
  ["a generic function", "function f<T>(a: T) {}\n"],
  ["a generic method signature", "interface A {\n  m<T>(): T;\n}\n"],
  ["a lone destructured parameter", "function f({ a }: P) {}\n"],
  ["a lone object-typed parameter", "function f(o: { a: string }) {}\n"],
  ["a destructured parameter among others", "function f({ a }, b) {}\n"],
  ["a block holding two comments", "if (a) {\n  /* a */ /* b */\n}\n"],
  ["a block holding a comment and more", "if (a) {\n  // c\n  ;\n}\n"],
  ["a return of a binary expression", "function f() {\n  return a === b;\n}\n"],
  ["a return after a comment", "function f() {\n  return /* c */ a;\n}\n"],
  ["a destructured catch binding", "try {\n  a();\n} catch ({ b }) {}\n"],
  ["a typed catch binding", "try {\n  a();\n} catch (e: unknown) {}\n"],
  ["for-of over a destructured binding", "for (const [a] of b) {}\n"],
  ["for-of without a declaration", "for (a of b) {}\n"],
  ["for-of with a commented body", "for (const a of b) /* c */ f(a);\n"],
  ["two declarations", "const a = 1, b = 2;\n"],
  ["a destructured declaration", "const [a] = b;\n"],
  ["a definite assignment", "let a!: string;\n"],
  ["a generic class", "class A<T> {}\n"],
  ["an anonymous class", "export default class {}\n"],
  ["implements", "class A implements B {}\n"],
  ["a quoted class property", 'class A {\n  "a-b": string;\n}\n'],
  ["a definite class property", "class A {\n  a!: string;\n}\n"],
  ["an optional method", "class A {\n  m?() {}\n}\n"],
  ["a getter", "class A {\n  get a() {\n    return 1;\n  }\n}\n"],
  ["a computed method name", 'class A {\n  ["a"]() {}\n}\n'],
  ["a trailing block comment", "f(); /* c */\n"],
  ["a block comment whose lines do not all start with a star", "/*\n a\n */\nconst a = 1;\n"],
  ["a comment in a specifier list", 'import { /* c */ a } from "./a.js";\n'],
  ["a comment in an empty interface", "interface A {\n  /* c */\n}\n"],
  ["a comment in an empty object", "const a = {\n  // c\n};\n"],
  ["a comment in an empty array", "f([/* c */]);\n"],
  ["a property signature without a type", "interface A {\n  a;\n}\n"],
  ["a readonly index signature", "interface A {\n  readonly [k: string]: string;\n}\n"],
  ["a method in an object literal", "const o = { m() {} };\n"],
  ["a non-ASCII quoted key", 'const o = { "é": 1 };\n'],
  ["a numeric key", 'const o = { 1: "a" };\n'],
  ["a line comment before a value", "const a = // c\n  1;\n"],
  ["a conditional expression", "const a = b ? c : d;\n"],
  ["a conditional type", "type A = B extends C ? D : E;\n"],
  ["a negation", "const a = !b;\n"],
  ["a non-null assertion", "const a = b!;\n"],
  ["an empty object as the lone argument of a chain", "const a = b.c({});\n"],
  ["a negated argument", "f(!a);\n"],
  ["a negated name", "f(-a);\n"],
  ["import() outside an arrow", 'import("./a.js");\n'],
  ["a conditional argument", "f(a ? b : c);\n"],
  ["a comment in a binary test", "if (a === /* c */ b) f();\n"],
  ["new without arguments", "const a = new B;\n"],
  ["an optional call", "a?.();\n"],
  ["an optional member", "a?.b;\n"],
  ["a test framework call", 'it("x", f);\n'],
  ["require", 'require("a");\n'],
  ["new of a member", "const a = new b.C();\n"],
  ["a call of a parenthesized callee", "(a)();\n"],
  ["a function expression argument", "f(function () {});\n"],
  ["a blank line between arguments", "f(a,\n\n  b);\n"],
  ["a spread element", "const a = [...b];\n"],
  ["a hole", "const a = [b, , c];\n"],
  ["a blank line between elements", "const a = [b,\n\n  c];\n"],
  ["a line continuation", 'const a = "x\\\ny";\n'],
  ["a qualified type name", "type A = B.C;\n"],
  ["a parenthesized name", "type A = (B);\n"],
  ["a parenthesized union in type arguments", "type A = B<(C | D)>;\n"],
  ["a named tuple member", "type A = [a: string];\n"],
  ["keyof", "type A = keyof B;\n"],
  [
    "a union in a tuple",
    `type A = [${Array.from({ length: 8 }, (_, i) => `"value_${i}_${long("x", 10)}"`).join(" | ")}];\n`,
  ],
  ["a long tuple", `type A = [${long("B")}, ${long("C")}, ${long("D")}];\n`],
  ["a long parenthesized intersection in an array", `type A = (${long("B", 70)} & ${long("C", 70)})[];\n`],
  ["a long extends clause", `export class A extends ${long("B", 130)} {}\n`],
  ["an arrow with a block body", "f(() => {\n  a();\n});\n"],
  ["an async arrow", "f(async (a) => a);\n"],
  ["an arrow with a typed parameter", "f((a: string) => a);\n"],
  ["an arrow with a default", "f((a = 1) => a);\n"],
  ["an arrow with a rest parameter", "f((...a) => a);\n"],
  ["an arrow with a return type", "f((a): A => a);\n"],
  ["a generic arrow", "f(<T,>(a: T) => a);\n"],
  ["a binary expression of another operator", "if (a + b) f();\n"],
  ["a nested binary expression on the right", "if (a === (b === c)) f();\n"],
  ["an exponent number", "f(1e5);\n"],
  ["a hexadecimal number", "f(0x1f);\n"],
  ["a string unterminated at the end of the text", 'f("a'],
  ["a binary expression as a statement", "a === b;\n"],
  ["a binary expression as a statement after an if", "if (a) f();\na === b;\n"],
  ["named imports with attributes", 'import { a } from "./a.json" with { type: "json" };\n'],
  ["a default import with named ones", 'import a, { b } from "./a.js";\n'],
  ["an overload", "function f(): void;\nfunction f() {}\n"],
  ["a block comment over two lines alone in a block", "if (a) {\n  /* a\n  b */\n}\n"],
  ["a block comment over two lines ending like a one-line one", "if (a) {\n  /* a\n  /* b */\n}\n"],
  ["finally", "try {\n  a();\n} catch {\n  b();\n} finally {\n  c();\n}\n"],
  ["for-of over two declarations", "for (const a, b of c) {}\n"],
  ["for-of with a typed declaration", "for (const a: string of b) {}\n"],
  ["for-of with an initializer", "for (const a = 1 of b) {}\n"],
  ["a trailing comment after a member", "interface A {\n  a: string; // c\n}\n"],
  ["a block comment after a member", "interface A {\n  a: string; /* c */\n  b: string;\n}\n"],
  ["an index signature without a type", "interface A {\n  [k]: string;\n}\n"],
  ["an index signature of two parameters", "interface A {\n  [a: string, b: string]: string;\n}\n"],
  ["a shorthand property with an initializer", "const o = { a = 1 };\n"],
  ["a block comment over two lines before a value", "const a = /* a\n b */ 1;\n"],
  ["a block comment before a value on the next line", "const a = /* a */\n  1;\n"],
  ["a binary value beside an arrow argument", "f(() => a, { b: c === d });\n"],
  ["a negated number", "f(!1);\n"],
  ["a member of a call outside a chain", "a.b(c).d;\n"],
  ["define", 'define("x", f);\n'],
  ["test", 'test("x", f);\n'],
  ["describe", 'describe("x", f);\n'],
  ["beforeEach", "beforeEach(f);\n"],
  ["a call of a call", "a()();\n"],
  ["new super", "class A extends B {\n  constructor() {\n    new super();\n  }\n}\n"],
  ["a blank line after the second argument", "f(a, b,\n\n  c);\n"],
  ["a blank line after the second element", "const a = [b, c,\n\n  d];\n"],
  ["a call given a function among other arguments", "f(a, g(b, () => c));\n"],
  ["new without arguments among arguments", "f(a, new B);\n"],
  ["two arrows inside an if", "if (a) f(() => b, () => c);\n"],
  ["an empty array as the lone argument of a chain", "const a = b.c([]);\n"],
  ["a parenthesized intersection alone", "type A = (B & C);\n"],
  ["a parenthesized union in a union", "type A = (B | C) | D;\n"],
  ["a parenthesized hugged union in an array", "type A = ({ a: string } | null)[];\n"],
  ["a short union in a tuple", "type A = [B | C];\n"],
  ["a class extending two", "class A extends B, C {}\n"],
  ["an interface that implements", "interface A extends B implements C {}\n"],
  // Syntax errors to Prettier that TypeScript's parser accepts.
  ["empty type arguments", "type A = B<>;\n"],
  ["empty type arguments of a call", "const a = b.c<>(d);\n"],
  ["a repeated modifier", "class A {\n  readonly readonly a: string;\n  public public b: string;\n}\n"],
  [
    "a chain with an object type nested in its type argument",
    `const ${long("a", 30)} = ${long("b", 30)}.${long("c", 30)}<D<{ e: F }>>(${long("d", 25)});\n`,
  ],
  ["an empty text", ""],
  ["a syntax error", "const = ;\n"],
];

describe("TypeScript printed as Prettier prints it, construct by construct", () => {
  it.each(printed)("prints %s", async (_, text) => {
    const mine = printLikePrettier(text);
    expect(mine, text).toBeDefined();
    expect(mine).toBe(await prettier(text));
  });

  it.each(left)("leaves to Prettier %s", (_, text) => {
    expect(printLikePrettier(text)).toBeUndefined();
  });
});

describe("JSON printed as Prettier's json parser prints it", () => {
  const json: [string, string][] = [
    ["a root array", '[1, "a", {"b": null}]\n'],
    ["a root string", '"text"\n'],
    ["quoted keys kept as written", '{"a": 1, "b-c": 2}\n'],
    ["an object value that breaks", `{"a": {"${long("b", 70)}": 1, "${long("c", 70)}": 2}}\n`],
    ["a long array breaks without a trailing comma", `["${long("a", 50)}", "${long("b", 50)}", "${long("c", 50)}"]\n`],
    ["an object kept expanded after its brace", '{\n"a": 1}\n'],
  ];
  it.each(json)("prints %s", async (_, text) => {
    const mine = printJsonLikePrettier(text);
    expect(mine, text).toBeDefined();
    expect(mine).toBe(await prettier(text, "json"));
  });

  it.each([
    ["an empty text", ""],
    ["an unquoted key", "{a: 1}\n"],
    ["a single-quoted key", "{'a': 1}\n"],
    ["a single-quoted string", "{\"a\": 'b'}\n"],
    ["a comment", '{"a": 1 /* c */}\n'],
  ])("leaves to Prettier %s", (_, text) => {
    expect(printJsonLikePrettier(text)).toBeUndefined();
  });
});
