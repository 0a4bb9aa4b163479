// `npm run add-version` for every official description in ../shared/specs that is not committed as a version, in a
// scratch project holding only the 2.11 curation; then the generated client's HTTP suite (request building and every
// paginated operation) runs against each result. One curation, the same 17 operations under the same names.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { describeGeneratedClient, type GeneratedPackage } from "./helpers/client-suite.js";
import { OFFICIAL_SPECS_DIR, ROOT, VERSIONS } from "./helpers/paths.js";

const dir = mkdtempSync(join(tmpdir(), "versions-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, "spec/2.11"), { recursive: true });
cpSync(join(ROOT, "spec/2.11/curation.yaml"), join(dir, "spec/2.11/curation.yaml"));

const addVersion = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "generator/add-version.ts"), ...args, "--from", "2.11"], { cwd: dir, encoding: "utf8" });

/** The version of an official description, as it names itself. */
const versionOf = (file: string): string => String((parse(readFileSync(file, "utf8")) as { info: { version: unknown } }).info.version);

const others = readdirSync(OFFICIAL_SPECS_DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => ({ file: join(OFFICIAL_SPECS_DIR, f), version: versionOf(join(OFFICIAL_SPECS_DIR, f)) }))
  .filter(({ version }) => !VERSIONS.includes(version));

describe("official versions through add-version", () => {
  it("there are versions to add (the test is not vacuous)", () => {
    expect(others.length).toBeGreaterThan(0);
  });

  for (const { file, version } of others) {
    describe(version, () => {
      it(`add-version ${version} succeeds with all 17 operations, nothing left out and no warning`, () => {
        const run = addVersion(version, file);
        expect(run.status, run.stderr + run.stdout).toBe(0);
        expect(run.stdout).not.toContain("left out");
        expect(run.stderr).toBe("");
        const curation = parse(readFileSync(join(dir, "spec", version, "curation.yaml"), "utf8"));
        expect(Object.keys(curation.operations)).toEqual(Object.keys(parse(readFileSync(join(ROOT, "spec/2.11/curation.yaml"), "utf8")).operations));
        expect(readFileSync(join(dir, "generated", version, "src/client.ts"), "utf8")).toContain(`version: ${JSON.stringify(version)}`);
      });

      describeGeneratedClient(`added ${version}`, () => import(join(dir, "generated", version, "src/index.ts")) as Promise<GeneratedPackage>, version);
    });
  }
});
