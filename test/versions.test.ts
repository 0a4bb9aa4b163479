// `npm run add-version` for every official description in ../shared/specs that is not committed as a version, in a
// scratch project holding only the 2.11 curation; then the generated client's HTTP suites (request building and every
// paginated operation) run against each result. One curation, the same operations under the same names.
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { routeShape } from "../generator/curate/curation.js";
import { describeGeneratedClient } from "./helpers/client-suite.js";
import { packageLoader } from "./helpers/package-loader.js";
import { describePaginatedOperations } from "./helpers/model-suite.js";
import { OFFICIAL_SPECS_DIR, ROOT, VERSIONS } from "./helpers/paths.js";

const dir = mkdtempSync(join(tmpdir(), "versions-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, "spec/2.11"), { recursive: true });
cpSync(join(ROOT, "spec/2.11/curation.yaml"), join(dir, "spec/2.11/curation.yaml"));

/** Runs add-version in the scratch project; started for every version at once (they write separate folders). */
const addVersion = (...args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "generator/add-version.ts"), ...args, "--from", "2.11"], { cwd: dir });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => done({ status, stdout, stderr }));
  });

type Official = { info: { version: unknown }; paths: Record<string, Record<string, unknown>> };
const read = (file: string): Official => parse(readFileSync(file, "utf8")) as Official;

const others = readdirSync(OFFICIAL_SPECS_DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => ({ file: join(OFFICIAL_SPECS_DIR, f), version: String(read(join(OFFICIAL_SPECS_DIR, f)).info.version) }))
  .filter(({ version }) => !VERSIONS.includes(version));

/** The 2.11 curation's operations, and those of them whose route the official description lacks. */
function expectedFor(file: string): { kept: string[]; missing: string[] } {
  const shapes = new Set(Object.entries(read(file).paths).flatMap(([path, item]) => Object.keys(item).map((method) => routeShape(method, path))));
  const operations = Object.entries(parse(readFileSync(join(ROOT, "spec/2.11/curation.yaml"), "utf8")).operations as Record<string, string>);
  const has = ([, route]: [string, string]) => shapes.has(routeShape(route.split(" ")[0]!, route.split(" ")[1]!));
  return { kept: operations.filter(has).map(([name]) => name), missing: operations.filter((o) => !has(o)).map(([name]) => name) };
}

describe("official versions through add-version", () => {
  it("there are versions to add (the test is not vacuous)", () => {
    expect(others.length).toBeGreaterThan(0);
  });

  const runs = new Map(others.map(({ file, version }) => [version, addVersion(version, file)]));
  for (const { file, version } of others) {
    describe(version, () => {
      it(`add-version ${version} keeps every operation the version has, leaves out exactly those it lacks, and warns of nothing else`, async () => {
        const { kept, missing } = expectedFor(file);
        const run = await runs.get(version)!;
        expect(run.status, run.stderr + run.stdout).toBe(0);
        const curation = parse(readFileSync(join(dir, "spec", version, "curation.yaml"), "utf8"));
        expect(Object.keys(curation.operations)).toEqual(kept);
        for (const name of missing) expect(run.stdout).toContain(`${name} (`);
        // The only warnings: the operations the version lacks, once each.
        expect(run.stderr.match(/^ {2}warning [\w-]+/gm) ?? []).toEqual(missing.map(() => "  warning operation-not-found"));
        expect(readFileSync(join(dir, "generated", version, "src/client.ts"), "utf8")).toContain(`version: ${JSON.stringify(version)}`);
      });

      const load = packageLoader(join(dir, "generated", version), `the test "add-version ${version} keeps every operation…" above`);
      describeGeneratedClient(`added ${version}`, load, version);
      describePaginatedOperations(`added ${version}`, load, () => join(dir, "spec", version, "openapi.yaml"));
    });
  }
});
