import { describe, expect, it } from "vitest";
import { type Diagnostic, GeneratorError, Reporter } from "../../generator/diagnostics.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { fixture } from "../helpers/model.js";

// One Reporter decides strict against lenient: an error that stops the run, or a warning saying what was done instead.

describe("Reporter.fallback", () => {
  const defect = { message: "`x` is odd", fix: "make it even", outcome: "ignored", lenientFix: "even is better" };

  it("strict: an error with the message and fix as given, and no fallback", () => {
    const reporter = new Reporter("a.yaml");
    expect(reporter.fallback("odd", "/x", defect)).toBe(false);
    expect(reporter.diagnostics).toEqual([
      { code: "odd", severity: "error", file: "a.yaml", pointer: "/x", message: "`x` is odd", fix: "make it even" },
    ]);
  });

  it("lenient: a warning that says the outcome, with the lenient fix, and the caller falls back", () => {
    const reporter = new Reporter("a.yaml", true);
    expect(reporter.fallback("odd", "/x", defect)).toBe(true);
    const { lenientFix: _fix, ...withoutLenientFix } = defect;
    expect(reporter.fallback("odd", "/y", withoutLenientFix)).toBe(true);
    expect(reporter.diagnostics.map((d) => [d.severity, d.pointer, d.message, d.fix])).toEqual([
      ["warning", "/x", "`x` is odd; ignored", "even is better"],
      ["warning", "/y", "`x` is odd; ignored", "make it even"],
    ]);
    expect(reporter.hasErrors).toBe(false);
  });
});

function diagnosticsOf(file: string, lenient: boolean): readonly Diagnostic[] {
  try {
    return buildModel(loadDocument(file, { lenient }), { lenient }).diagnostics;
  } catch (error) {
    if (error instanceof GeneratorError) return error.diagnostics;
    throw error;
  }
}

describe("every defect with a fallback: the same places, an error when strict, a warning when lenient", () => {
  const cases: [string, string, string][] = [
    ["invalid/wrong-types.yaml", "wrong-type", "; ignored"],
    ["invalid/missing-ref-schema.yaml", "missing-ref", "; emitted as `unknown`"],
    ["invalid/parameter-without-schema.yaml", "parameter-without-schema", "; emitted with a fallback type"],
    ["invalid/duplicate-operation-id.yaml", "duplicate-operation-id", "; emitted with a fallback type"],
  ];
  it.each(cases)("%s: %s", (file, code, outcome) => {
    const strict = diagnosticsOf(fixture(file), false).filter((d) => d.code === code);
    const lenient = diagnosticsOf(fixture(file), true).filter((d) => d.code === code);
    expect(strict.length).toBeGreaterThan(0);
    expect(strict.every((d) => d.severity === "error")).toBe(true);
    expect(lenient.every((d) => d.severity === "warning" && d.message.endsWith(outcome))).toBe(true);
    expect(lenient.map((d) => [d.pointer, d.message])).toEqual(
      strict.map((d) => [d.pointer, `${d.message}${outcome}`]),
    );
  });
});
