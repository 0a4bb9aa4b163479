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
  Reporter,
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
    [
      "each control range's ends escaped as \\u, printable neighbours kept",
      " \u0000\u001f\u0080\u009b\u009f\u00a0\u2029~",
      40,
      " \\u0000\\u001f\\u0080\\u009b\\u009f\u00a0\\u2029~",
    ],
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

describe("Reporter: one file's diagnostics", () => {
  it("an error and a warning, each with its file; a fix only when there is one", () => {
    const reporter = new Reporter("api.yaml");
    expect(reporter.hasErrors).toBe(false);
    expect(() => reporter.throwIfErrors()).not.toThrow();
    reporter.warn("odd", "/a", "only odd");
    reporter.warn("odder", "/b", "odder", "do this");
    expect(reporter.hasErrors).toBe(false);
    expect(() => reporter.throwIfErrors()).not.toThrow();
    reporter.error("bad", "/c", "wrong");
    reporter.error("worse", "", "very wrong", "do that");
    expect(reporter.diagnostics).toStrictEqual([
      { code: "odd", severity: "warning", file: "api.yaml", pointer: "/a", message: "only odd" },
      { code: "odder", severity: "warning", file: "api.yaml", pointer: "/b", message: "odder", fix: "do this" },
      { code: "bad", severity: "error", file: "api.yaml", pointer: "/c", message: "wrong" },
      { code: "worse", severity: "error", file: "api.yaml", pointer: "", message: "very wrong", fix: "do that" },
    ]);
    expect(reporter.hasErrors).toBe(true);
    const thrown = (() => {
      try {
        reporter.throwIfErrors();
      } catch (error) {
        return error as GeneratorError;
      }
    })();
    expect(thrown).toBeInstanceOf(GeneratorError);
    expect(thrown!.diagnostics).toEqual(reporter.diagnostics);
  });

  it("fallback: an error by default; with --lenient a warning that says what was done, and the caller falls back", () => {
    const fallback = { message: "`x` is wrong", fix: "correct `x`", outcome: "ignored" };
    const strict = new Reporter("api.yaml");
    expect(strict.fallback("wrong", "/x", fallback)).toBe(false);
    expect(strict.fallback("wrong", "/y", { ...fallback, lenientFix: "add `x`" })).toBe(false);
    const lenient = new Reporter("api.yaml", true);
    expect(lenient.fallback("wrong", "/x", fallback)).toBe(true);
    expect(lenient.fallback("wrong", "/y", { ...fallback, lenientFix: "add `x`" })).toBe(true);
    expect(strict.diagnostics.map(formatDiagnostic)).toEqual([
      "api.yaml#/x\n  error wrong: `x` is wrong\n  fix: correct `x`",
      "api.yaml#/y\n  error wrong: `x` is wrong\n  fix: correct `x`",
    ]);
    expect(lenient.diagnostics.map(formatDiagnostic)).toEqual([
      "api.yaml#/x\n  warning wrong: `x` is wrong; ignored\n  fix: correct `x`",
      "api.yaml#/y\n  warning wrong: `x` is wrong; ignored\n  fix: add `x`",
    ]);
    expect(lenient.hasErrors).toBe(false);
  });
});
