// How a problem in the input is printed (generator/diagnostics.ts): three short lines (where, what, fix), input text
// made safe for one terminal line, long text clipped around an ellipsis, errors only in a stopped run's message
// and the warnings kept beside a later failure. Exact strings: this is what a user reads.
import { describe, expect, it } from "vitest";
import {
  type Diagnostic,
  FailureAfterWarnings,
  formatDiagnostic,
  GeneratorError,
  pointerOf,
  printable,
  splitPointer,
  withWarnings,
} from "../../generator/diagnostics.js";

/** A diagnostic; a key given as undefined is left out (as the generator leaves out a missing fix). */
const d = (extra: { [K in keyof Diagnostic]?: Diagnostic[K] | undefined } = {}): Diagnostic =>
  JSON.parse(
    JSON.stringify({
      code: "missing-ref",
      severity: "error",
      file: "spec/2.11/curation.yaml",
      pointer: "/fixes/3",
      message: "`$ref: #/x` points to nothing",
      fix: "define the target",
      ...extra,
    }),
  ) as Diagnostic;

describe("formatDiagnostic", () => {
  it.each([
    [
      "file, pointer, message and fix",
      d(),
      "spec/2.11/curation.yaml#/fixes/3\n  error missing-ref: `$ref: #/x` points to nothing\n  fix: define the target",
    ],
    [
      "a warning without a fix",
      d({ severity: "warning", fix: undefined }),
      "spec/2.11/curation.yaml#/fixes/3\n  warning missing-ref: `$ref: #/x` points to nothing",
    ],
    [
      "the whole document (no pointer)",
      d({ pointer: "" }),
      "spec/2.11/curation.yaml\n  error missing-ref: `$ref: #/x` points to nothing\n  fix: define the target",
    ],
    [
      "a parse error's line and column",
      d({ pointer: "", line: 12, column: 5 }),
      "spec/2.11/curation.yaml:12:5\n  error missing-ref: `$ref: #/x` points to nothing\n  fix: define the target",
    ],
    [
      "a line without a column is column 1",
      d({ pointer: "/a", line: 7 }),
      "spec/2.11/curation.yaml:7:1#/a\n  error missing-ref: `$ref: #/x` points to nothing\n  fix: define the target",
    ],
  ])("%s", (_what, diagnostic, text) => {
    expect(formatDiagnostic(diagnostic)).toBe(text);
  });

  it("input text cannot break the lines: newlines, tabs, ANSI escapes and line separators are shown escaped", () => {
    const text = formatDiagnostic(d({ message: "a\nb\r\tc\u001b[31md\u2028e\u007f", pointer: "/x\ny" }));
    expect(text).toBe(
      "spec/2.11/curation.yaml#/x\\ny\n  error missing-ref: a\\nb\\r\\tc\\u001b[31md\\u2028e\\u007f\n  fix: define the target",
    );
  });
});

describe("printable", () => {
  it.each([
    ["short text unchanged", "abc", 10, "abc"],
    ["exactly the limit unchanged", "abcdefghij", 10, "abcdefghij"],
    ["longer: the start and the last quarter around an ellipsis", "abcdefghijklmnopqrstuvwxyz", 12, "abcdefgh…xyz"],
    ["clipped after escaping (an escape counts as what is shown)", "\n".repeat(8), 8, "\\n\\n\\…\\n"],
  ])("%s", (_what, text, max, shown) => {
    expect(printable(text, max)).toBe(shown);
    expect(printable(text, max).length).toBeLessThanOrEqual(max);
  });

  it("messages are kept to 300 characters, pointers to 200", () => {
    const [where, what] = formatDiagnostic(d({ message: "m".repeat(1000), pointer: `/${"p".repeat(1000)}` })).split(
      "\n",
    );
    expect(where).toBe(`spec/2.11/curation.yaml#${printable(`/${"p".repeat(1000)}`, 200)}`);
    expect(printable(`/${"p".repeat(1000)}`, 200)).toHaveLength(200);
    expect(what).toBe(`  error missing-ref: ${printable("m".repeat(1000), 300)}`);
  });
});

describe("JSON pointers", () => {
  it.each([
    [["paths", "/contacts/{id}", "get"], "/paths/~1contacts~1{id}/get"],
    [["components", "schemas", "a~b/c"], "/components/schemas/a~0b~1c"],
    [["x", 0, "y"], "/x/0/y"],
    [[], ""],
  ] as [(string | number)[], string][])("%j ↔ %s", (segments, pointer) => {
    expect(pointerOf(...segments)).toBe(pointer);
    expect(splitPointer(pointer)).toEqual(segments.map(String));
    expect(splitPointer(`#${pointer}`)).toEqual(segments.map(String));
  });

  it("a URI fragment is percent-decoded, a plain pointer is not; a lone `%` stays", () => {
    expect(splitPointer("#/paths/~1a%7Bid%7D")).toEqual(["paths", "/a{id}"]);
    expect(splitPointer("/paths/~1a%7Bid%7D")).toEqual(["paths", "/a%7Bid%7D"]);
    expect(splitPointer("#/a/100%")).toEqual(["a", "100%"]);
    expect(splitPointer("#")).toEqual([]);
  });
});

describe("a stopped run's message", () => {
  it("GeneratorError prints the errors, not the warnings, and keeps both", () => {
    const warning = d({ severity: "warning", code: "odd", message: "only a warning", fix: undefined });
    const error = new GeneratorError([warning, d()]);
    expect(error.message).toBe(formatDiagnostic(d()));
    expect(error.diagnostics).toEqual([warning, d()]);
    expect(error.name).toBe("GeneratorError");
  });

  it("warnings found before a failure stay with it", () => {
    const warning = d({ severity: "warning" });
    expect(withWarnings(new Error("x"), [])).toEqual(new Error("x"));
    const merged = withWarnings(new GeneratorError([d()]), [warning]) as GeneratorError;
    expect(merged).toBeInstanceOf(GeneratorError);
    expect(merged.diagnostics).toEqual([warning, d()]);
    const cause = new Error("build failed");
    const wrapped = withWarnings(cause, [warning]) as FailureAfterWarnings;
    expect(wrapped).toBeInstanceOf(FailureAfterWarnings);
    expect([wrapped.name, wrapped.message, wrapped.cause, wrapped.warnings]).toEqual([
      "FailureAfterWarnings",
      "build failed",
      cause,
      [warning],
    ]);
    expect((withWarnings("text", [warning]) as FailureAfterWarnings).message).toBe("text");
  });
});
