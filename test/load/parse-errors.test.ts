// Reading a description's file (generator/load/parse.ts, load-document.ts): a file that cannot be read, is not UTF-8,
// is empty or is not valid YAML/JSON stops the run with the file, the line and column where that is known, and a fix.
// What parses is read as YAML 1.2 reads it, by the fast path or by `yaml`. The parse cache is off here (the tests
// run the parser itself).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GeneratorError, Reporter } from "../../generator/diagnostics.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { parseText } from "../../generator/load/parse.js";

beforeEach(() => {
  process.env["INTERCOM_SDK_CACHE"] = "0";
});
afterEach(() => {
  delete process.env["INTERCOM_SDK_CACHE"];
});

/** What parsing `input` gives: the value, or each diagnostic as `line:column code: message | fix`. */
function parse(input: string | Buffer): unknown {
  const reporter = new Reporter("api.yaml");
  const value = parseText(typeof input === "string" ? Buffer.from(input) : input, reporter);
  if (reporter.diagnostics.length === 0) return value;
  expect(value).toBeUndefined();
  expect(reporter.diagnostics.every((d) => d.file === "api.yaml" && d.pointer === "" && d.severity === "error")).toBe(
    true,
  );
  return reporter.diagnostics.map((d) => `${d.line ?? "-"}:${d.column ?? "-"} ${d.code}: ${d.message} | ${d.fix}`);
}

const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p))));

const NOT_UTF8 = "the file is not valid UTF-8 | save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)";

describe("a file that is not UTF-8 is located by line and column (in bytes)", () => {
  it.each([
    ["a latin1 é on line 2", bytes("a: 1\nb: caf", [0xe9], "\n"), "2:7"],
    ["after valid 2-, 3- and 4-byte characters", bytes("a: é€😀", [0xff]), "1:13"],
    ["a lead byte whose continuation is missing", bytes("x: ", [0xe2, 0x82, 0x41]), "1:4"],
    ["a sequence cut off by the end of the file", bytes("x: y\n\nz: ", [0xf0, 0x9f, 0x98]), "3:4"],
    ["a stray continuation byte", bytes("x: ", [0x80]), "1:4"],
    ["after U+0080 and U+0800, the smallest 2- and 3-byte characters", bytes("a: \u0080\u0800", [0xc3]), "1:9"],
    ["an overlong form (0xc0 0x80 for NUL)", bytes("a: b\nc: ", [0xc0, 0x80]), "2:4"],
    ["what the scanner cannot place (a surrogate): the last line", bytes("a: ", [0xed, 0xa0, 0x80], "\nb: c"), "2:1"],
  ])("%s", (_what, input, at) => {
    expect(parse(input)).toEqual([`${at} not-utf8: ${NOT_UTF8}`]);
  });
});

describe("text that is not a document", () => {
  it.each([
    [
      "only whitespace",
      " \n\t\n",
      ["-:- empty-file: the file is empty | point --spec at an OpenAPI 3 description in YAML or JSON"],
    ],
    [
      "YAML with a syntax error",
      "a: 1\nb: [1\nc: 2\n",
      [
        "3:1 syntax: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] | correct the syntax at that line",
      ],
    ],
    [
      "JSON with a missing comma: every error, named JSON",
      '  {\n  "a": 1\n  "b": 2\n}\n',
      [
        "2:8 syntax: invalid JSON: Implicit keys need to be on a single line | correct the syntax at that line",
        "2:8 syntax: invalid JSON: Block collections are not allowed within flow collections | correct the syntax at that line",
      ],
    ],
    [
      "a repeated key",
      "a: 1\na: 2\n",
      ["2:1 syntax: invalid YAML: Map keys must be unique | correct the syntax at that line"],
    ],
    [
      "aliases that expand exponentially",
      [
        "a: &a [x, x, x, x, x, x, x, x, x, x]",
        ...["b", "c", "d"].map((k, i) => `${k}: &${k} [${`*${"abc"[i]}, `.repeat(9)}*${"abc"[i]}]`),
        `e: [${"*d, ".repeat(9)}*d]`,
        "",
      ].join("\n"),
      [
        "-:- too-many-aliases: the YAML aliases expand too much to read safely (Excessive alias count indicates a resource exhaustion attack) | replace the nested `*alias` references with plain content",
      ],
    ],
  ])("%s", (_what, text, diagnostics) => {
    expect(parse(text)).toEqual(diagnostics);
  });
});

describe("what parses is read as YAML 1.2", () => {
  it.each([
    ["plain YAML (the fast path)", "a: [1, yes, 0x1F, ~]\n", { a: [1, "yes", 31, null] }],
    ["YAML with anchors (left to `yaml`)", "a: &x [1]\nb: *x\n", { a: [1], b: [1] }],
    ["a few aliases are fine", "a: &a [x]\nb: [*a, *a, *a]\n", { a: ["x"], b: [["x"], ["x"], ["x"]] }],
    ["JSON", '{"a": [1, "yes"], "b": {"c": null}}', { a: [1, "yes"], b: { c: null } }],
    ["a comment only: null (then: not an OpenAPI description)", "# nothing\n", null],
  ])("%s", (_what, text, value) => {
    expect(parse(text)).toEqual(value);
  });
});

describe("loadDocument", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "load-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const failure = (file: string): string[] => {
    try {
      loadDocument(file);
    } catch (error) {
      if (error instanceof GeneratorError)
        return error.diagnostics.map((d) => `${d.file}#${d.pointer} ${d.code}: ${d.message} | ${d.fix}`);
      throw error;
    }
    throw new Error("expected loadDocument to fail");
  };

  it.each([
    ["a path that does not exist", "missing.yaml", "ENOENT"],
    ["a folder", "folder", "EISDIR"],
  ])("%s: the path and the reason", (_what, name, code) => {
    mkdirSync(join(dir, "folder"));
    const file = join(dir, name);
    expect(failure(file)).toEqual([
      `${file}# unreadable: cannot read the file (${code}) | check the path given to --spec`,
    ]);
  });

  it("a parse error stops the run before the document is checked", () => {
    const file = join(dir, "api.yaml");
    writeFileSync(file, "openapi: [\n");
    expect(failure(file)).toEqual([
      `${file}# syntax: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] | correct the syntax at that line`,
    ]);
  });

  it("a readable description: the document, its file, and the warnings of a lenient load", () => {
    const file = join(dir, "api.yaml");
    writeFileSync(
      file,
      [
        "openapi: 3.0.3",
        "info: { title: t, version: '1' }",
        "paths:",
        "  /a:",
        "    get:",
        "      responses:",
        "        '200': { $ref: '#/components/responses/Gone' }",
        "",
      ].join("\n"),
    );
    expect(() => loadDocument(file)).toThrow("`$ref: #/components/responses/Gone` points to nothing");
    const loaded = loadDocument(file, { lenient: true });
    expect(loaded.file).toBe(file);
    expect(loaded.document.paths["/a"]!.get!.responses).toEqual({ "200": { $ref: "#/components/responses/Gone" } });
    expect([...loaded.brokenRefs]).toEqual(["#/components/responses/Gone"]);
    expect(loaded.diagnostics.map((d) => `${d.severity} ${d.code} ${d.pointer}`)).toEqual([
      "warning missing-ref /paths/~1a/get/responses/200/$ref",
    ]);
  });
});
