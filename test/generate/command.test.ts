import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { reportFailure } from "../../generator/command.js";
import { type Diagnostic, formatDiagnostic, GeneratorError } from "../../generator/diagnostics.js";
import { runJob } from "../../generator/jobs.js";
import { fixture, modelOf } from "../helpers/model.js";

// What every command prints on stderr: warnings on success and on failure, then the failure and what it means.
const tmp = mkdtempSync(join(tmpdir(), "command-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// A description with a `$ref` to a missing schema: --lenient models it with one warning per such `$ref`.
const SPEC = fixture("invalid/missing-ref-schema.yaml");
// Modelled inside each test: work done while the file is collected is no test's (see MUTATION.md).
const lenientWarnings = () => modelOf("invalid/missing-ref-schema.yaml", { lenient: true }).diagnostics;

let stderr: string[];
beforeEach(() => {
  stderr = [];
  const capture = (...args: unknown[]) => void stderr.push(args.join(" "));
  vi.spyOn(console, "warn").mockImplementation(capture);
  vi.spyOn(console, "error").mockImplementation(capture);
  vi.spyOn(console, "log").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe("runJob", () => {
  it("the fixture warns (and only warns) when modelled leniently", () => {
    const warnings = lenientWarnings();
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((d) => d.severity === "warning")).toBe(true);
  });

  it("prints the warnings of a successful run", async () => {
    expect(await runJob({ spec: SPEC, out: join(tmp, "ok"), lenient: true, build: false })).toBe(true);
    expect(stderr).toEqual(lenientWarnings().map(formatDiagnostic));
  });

  it("prints the warnings of a run whose build fails, then the failure; nothing is written", async () => {
    const out = join(tmp, "failed");
    const builder = () => {
      throw new Error("the generated package does not compile: (planted)");
    };
    expect(await runJob({ spec: SPEC, out, lenient: true, builder })).toBe(false);
    expect(stderr).toEqual([
      ...lenientWarnings().map(formatDiagnostic),
      `${SPEC}: the generated package does not compile: (planted)\nnothing was written.`,
    ]);
    expect(existsSync(out)).toBe(false);
  });
});

describe("reportFailure", () => {
  const warning: Diagnostic = { code: "w", severity: "warning", file: "a.yaml", pointer: "/x", message: "odd" };
  const error: Diagnostic = { code: "e", severity: "error", file: "a.yaml", pointer: "/y", message: "bad", fix: "do" };

  it("a GeneratorError: one line counting its errors, then every diagnostic in order, warnings included", () => {
    reportFailure(new GeneratorError([warning, error]), { subject: "a.yaml", outcome: "nothing was written." });
    expect(stderr).toEqual([
      `a.yaml: 1 error(s); nothing was written.\n${formatDiagnostic(warning)}\n${formatDiagnostic(error)}`,
    ]);
  });

  it("any other error: its message and the outcome", () => {
    reportFailure(new Error("disk full"), { subject: "add-version 2.20", outcome: "nothing was added." });
    expect(stderr).toEqual(["add-version 2.20: disk full\nnothing was added."]);
  });
});
