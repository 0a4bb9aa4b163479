// `npm run diff` as a user types it (a child process per run; left out of the diff mutation set, whose mutants a
// child process never sees): its text and JSON output, exit codes, and curated versions taken by name.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { readCuration } from "../../generator/curate/curation.js";
import { type Change, diffModels } from "../../generator/diff/diff-models.js";
import { modelOf } from "../helpers/model.js";
import { ROOT, VERSIONS } from "../helpers/paths.js";

const OLD = "test/fixtures/diff/old.yaml";
const NEW = "test/fixtures/diff/new.yaml";
const lenient = { lenient: true };

describe("npm run diff", () => {
  const run = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        [join(ROOT, "node_modules/tsx/dist/cli.mjs"), "generator/diff/cli.ts", ...args],
        { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it("prints grouped text, exits 0, and 1 with --fail-on-breaking; --json is the change list", async () => {
    // Four runs at once (each process starts the generator): the text one also shows --fail-on-breaking's exit
    // code, the JSON one the plain exit code 0.
    const [text, json, same, usage] = await Promise.all([
      run(OLD, NEW, "--fail-on-breaking"),
      run(OLD, NEW, "--json"),
      run(NEW, NEW, "--fail-on-breaking"),
      run(OLD),
    ]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(
      /^# API diff: test\/fixtures\/diff\/old\.yaml \(Diff fixture 1\.0\) → test\/fixtures\/diff\/new\.yaml \(Diff fixture 2\.0\)/,
    );
    expect(text.stdout).toContain(`## Breaking changes (`);
    expect(text.stdout).toContain("- BREAKING companies.find: response field `plan.name` removed\n");
    expect(text.stdout.indexOf("## Breaking changes")).toBeLessThan(text.stdout.indexOf("## Non-breaking changes"));
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { summary: { breaking: number; nonBreaking: number }; changes: Change[] };
    // The command prints what the library finds, every change of it.
    const library = diffModels(modelOf("diff/old.yaml", lenient).model, modelOf("diff/new.yaml", lenient).model);
    expect(parsed.changes).toEqual(JSON.parse(JSON.stringify(library)));
    expect(parsed.summary.breaking + parsed.summary.nonBreaking).toBe(library.length);
    expect(same).toMatchObject({ code: 0, stdout: expect.stringContaining("No changes to the SDK surface.") });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("usage: npm run diff");
  });

  it("takes curated versions by name: every committed version against the first, only what a curation leaves out lost", async () => {
    const [first, ...later] = VERSIONS;
    const reports = await Promise.all(later.map((v) => run(first!, v, "--json")));
    for (const [i, report] of reports.entries()) {
      expect(report.code, report.stderr).toBe(0);
      const parsed = JSON.parse(report.stdout) as { old: { file: string }; new: { file: string }; changes: Change[] };
      expect(parsed.old.file).toBe(`spec/${first}/openapi.yaml`);
      expect(parsed.new.file).toBe(`spec/${later[i]}/openapi.yaml`);
      // One curation: the same operations under the same names in every version, except those a version lacks
      // (removed) and those it adds (added), exactly as the curations list them.
      const names = (v: string) =>
        readCuration(join(ROOT, "spec", v, "curation.yaml")).operations.map((o) => o.sdkName);
      const [before, after] = [names(first!), names(later[i]!)];
      const changed = (kind: string) =>
        parsed.changes
          .filter((c) => c.kind === kind)
          .map((c) => c.subject)
          .sort();
      expect(changed("operation-removed")).toEqual(before.filter((n) => !after.includes(n)).sort());
      expect(changed("operation-added")).toEqual(after.filter((n) => !before.includes(n)).sort());
    }
  });
});
