// `npm run add-version` exactly as the README has a user type it, in a scratch project laid out like the repository
// (spec/ with the committed curations, the generator linked in, ../shared beside it). The adaptation itself is
// proven on every official description by test/versions/official-descriptions.test.ts, in process.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { nearestVersion } from "../../generator/versions.js";
import { expectMade } from "../helpers/package-loader.js";
import { CURATED_SPEC, OFFICIAL_SPECS_DIR, ROOT, VERSIONS } from "../helpers/paths.js";

const scratch = mkdtempSync(join(tmpdir(), "add-version-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const project = join(scratch, "project");
mkdirSync(project);
symlinkSync(join(OFFICIAL_SPECS_DIR, ".."), join(scratch, "shared"));
for (const link of ["generator", "templates", "node_modules"]) symlinkSync(join(ROOT, link), join(project, link));
cpSync(join(ROOT, "package.json"), join(project, "package.json"));
for (const v of VERSIONS) {
  mkdirSync(join(project, "spec", v), { recursive: true });
  cpSync(join(ROOT, "spec", v, "curation.yaml"), join(project, "spec", v, "curation.yaml"));
}

const npm = (...args: string[]) => spawnSync("npm", ["run", "--silent", ...args], { cwd: project, encoding: "utf8" });
const git = (...args: string[]) => spawnSync("git", args, { cwd: project, encoding: "utf8" });
const snapshot = () => {
  git("init", "-q");
  git("add", "-A");
  git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "before", "--allow-empty");
};
const untouched = () => git("status", "--porcelain", "--untracked-files=all").stdout;

describe("npm run add-version -- 2.14 ../shared/specs/intercom-2.14.yaml (as the README has it)", () => {
  it("adds spec/2.14 and generated/2.14 (built) from the nearest curation, adapted, and says so in a few lines", () => {
    const run = npm("add-version", "--", "2.14", "../shared/specs/intercom-2.14.yaml");
    expect(run.status, run.stderr).toBe(0);
    const from = `spec/${nearestVersion("2.14", VERSIONS)}/curation.yaml`;
    expect(run.stdout).toMatch(
      new RegExp(`^spec/2\\.14 and generated/2\\.14 added from ${from.replace(/\./g, "\\.")}: \\d+ operations`),
    );
    expect(run.stdout.split("\n").length + run.stderr.split("\n").length).toBeLessThan(8); // summarised, not 240 lines
    const curation = parse(readFileSync(join(project, "spec/2.14/curation.yaml"), "utf8"));
    expect(curation.source).toBe("../../../shared/specs/intercom-2.14.yaml");
    for (const entry of curation.adapted ?? []) expect(entry.why).toContain("2.14");
    expect(readFileSync(join(project, "generated/2.14/src/client.ts"), "utf8")).toContain('version: "2.14"');
    expect(existsSync(join(project, "generated/2.14/dist/index.js"))).toBe(true);
  }, 120_000);

  it("npm run curate -- 2.14 reproduces it (the adapted curation is complete), and touches no other version", () => {
    expectMade(join(project, "spec/2.14/openapi.yaml"), 'the test "adds spec/2.14 and generated/2.14 (built)…" above');
    const before = readFileSync(join(project, "spec/2.14/openapi.yaml"), "utf8");
    rmSync(join(project, "spec/2.14/openapi.yaml"));
    const run = npm("curate", "--", "2.14");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe("spec/2.14/openapi.yaml: curated");
    expect(readFileSync(join(project, "spec/2.14/openapi.yaml"), "utf8")).toBe(before);
    for (const v of VERSIONS) expect(existsSync(join(project, "spec", v, "openapi.yaml"))).toBe(false);
  }, 60_000);
});

describe("all or nothing: a failed add-version leaves the project exactly as it was", () => {
  it("an official file that does not exist: exit 1, the file named, nothing created", () => {
    snapshot();
    const run = npm("add-version", "--", "2.20", "no-such-file.yaml");
    expect(run.status).toBe(1);
    expect(run.stderr.split("\n")[0]).toBe("add-version 2.20 failed; nothing was added.");
    expect(run.stderr).toContain("no-such-file.yaml does not exist");
    expect(untouched()).toBe("");
  });

  it("a description nothing sensible can be generated from: the blocking error first, naming the curation to change", () => {
    snapshot();
    // A kept operation answers a schema the description never defines, and no curation entry defines it.
    const official = parse(readFileSync(CURATED_SPEC, "utf8"));
    official.info.version = "2.21";
    official.paths["/contacts/{contact_id}/archive"].post.responses["200"].content["application/json"].schema = {
      $ref: "#/components/schemas/no_such_schema",
    };
    writeFileSync(join(project, "official-2.21.yaml"), stringify(official, { aliasDuplicateObjects: false }));
    git("add", "-A");
    git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "official 2.21");

    const run = npm("add-version", "--", "2.21", "official-2.21.yaml");
    expect(run.status).toBe(1);
    const [first, where, error] = run.stderr.split("\n");
    expect(first).toBe("add-version 2.21 failed; nothing was added. 1 error(s):");
    expect(where).toBe(`spec/${nearestVersion("2.21", VERSIONS)}/curation.yaml#/fixes`);
    expect(error).toMatch(/^ {2}error missing-ref: `#\/components\/schemas\/no_such_schema` does not resolve/);
    expect(run.stderr).not.toContain("spec/2.21");
    expect(untouched()).toBe("");
  }, 60_000);

  it("a version that exists already is refused before anything is touched", () => {
    snapshot();
    const run = npm("add-version", "--", "2.14", "../shared/specs/intercom-2.14.yaml");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("spec/2.14 already exists");
    expect(untouched()).toBe("");
  });
});

describe("the curation add-version starts from: the nearest in numeric order, Preview as the newest", () => {
  it.each([
    ["2.7", ["2.11", "2.16"], "2.11"],
    ["2.13", ["2.11", "2.16"], "2.11"],
    ["2.14", ["2.11", "2.16"], "2.16"],
    ["2.9", ["2.10", "2.8"], "2.8"], // a tie: the older
    ["2.17", ["2.9", "2.10", "Preview"], "2.10"],
    ["Preview", ["2.11", "2.16"], "2.16"],
    ["2.16", ["2.11", "Preview"], "2.11"],
  ])("%s from %j: %s", (version, versions, nearest) => {
    expect(nearestVersion(version, versions)).toBe(nearest);
  });
});
