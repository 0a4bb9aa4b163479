import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { CURATED_SPEC, OFFICIAL_SPEC, ROOT } from "../helpers/paths.js";

// `npm run add-version` in a scratch project holding spec/2.11/curation.yaml, on a "new version" made from the
// curated 2.11 document with one operation removed and the version bumped.
const dir = mkdtempSync(join(tmpdir(), "add-version-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("add-version", () => {
  it("creates spec/<v> (same curation, minus what the version lacks) and generated/<v>, and reports the gap", () => {
    mkdirSync(join(dir, "spec/2.11"), { recursive: true });
    cpSync(join(ROOT, "spec/2.11/curation.yaml"), join(dir, "spec/2.11/curation.yaml"));
    const official = parse(readFileSync(CURATED_SPEC, "utf8"));
    official.info.version = "2.12";
    delete official.paths["/contacts/{contact_id}/archive"];
    writeFileSync(join(dir, "official-2.12.yaml"), stringify(official));

    const run = spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "generator/add-version.ts"), "2.12", "official-2.12.yaml"], { cwd: dir, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Not in 2.12, left out: contacts.archive (POST /contacts/{contact_id}/archive)");

    const curation = parse(readFileSync(join(dir, "spec/2.12/curation.yaml"), "utf8"));
    expect(curation.source).toBe("../../official-2.12.yaml");
    const from = parse(readFileSync(join(ROOT, "spec/2.11/curation.yaml"), "utf8"));
    expect(Object.keys(curation.operations)).toEqual(Object.keys(from.operations).filter((name) => name !== "contacts.archive"));
    expect(curation.operations["contacts.archive"]).toBeUndefined();
    expect(readFileSync(join(dir, "spec/2.12/curation.yaml"), "utf8")).toContain("# Our curation of Intercom's official"); // comments kept
    const client = readFileSync(join(dir, "generated/2.12/src/client.ts"), "utf8");
    expect(client).toContain('version: "2.12"');
    expect(existsSync(join(dir, "generated/2.12/dist/index.js"))).toBe(true);
  });

  it("re-curating the new version reproduces it (the curation is complete)", () => {
    const before = readFileSync(join(dir, "spec/2.12/openapi.yaml"), "utf8");
    const run = spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "generator/curate/cli.ts"), "spec/2.12/curation.yaml"], { cwd: dir, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, "spec/2.12/openapi.yaml"), "utf8")).toBe(before);
  });

  describe("all or nothing: a failed add-version leaves the project exactly as it was", () => {
    const git = (...args: string[]) => spawnSync("git", args, { cwd: dir, encoding: "utf8" });
    const add = (...args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "generator/add-version.ts"), ...args], { cwd: dir, encoding: "utf8" });
    const snapshot = () => {
      git("init", "-q");
      git("add", "-A");
      git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "before", "--allow-empty");
    };

    it("an official file that does not exist: exit 1, the file named, nothing created", () => {
      snapshot();
      const run = add("2.20", "no-such-file.yaml");
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("no-such-file.yaml does not exist");
      expect(run.stderr).toContain("nothing was added");
      expect(git("status", "--porcelain", "--untracked-files=all").stdout).toBe("");
    });

    it("a curation that does not fit the version: the error names the curation key to change; nothing created", () => {
      snapshot();
      // A version whose company list has no `data` array: the declared pagination cannot hold.
      const official = parse(readFileSync(CURATED_SPEC, "utf8"));
      official.info.version = "2.21";
      delete official.components.schemas.company_list.properties.data;
      writeFileSync(join(dir, "official-2.21.yaml"), stringify(official));
      git("add", "-A");
      git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "official 2.21");

      const run = add("2.21", "official-2.21.yaml", "--from", "2.11");
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("spec/2.11/curation.yaml#/pagination/companies.list");
      expect(run.stderr).toMatch(/error bad-pagination: `items: data` is not an array in the response/);
      expect(run.stderr).not.toContain("spec/2.21");
      expect(git("status", "--porcelain", "--untracked-files=all").stdout).toBe("");
    });

    it("a version that renamed a schema a fix refers to: the error names that fix; nothing created", () => {
      snapshot();
      // `company` is `company_object` in this version: the fixes that write `$ref: …/company` no longer fit it.
      const text = readFileSync(OFFICIAL_SPEC, "utf8").replace(/#\/components\/schemas\/company"/g, '#/components/schemas/company_object"');
      const official = parse(text);
      official.info.version = "2.22";
      official.components.schemas.company_object = official.components.schemas.company;
      delete official.components.schemas.company;
      writeFileSync(join(dir, "official-2.22.yaml"), stringify(official, { aliasDuplicateObjects: false }));
      git("add", "-A");
      git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "official 2.22");

      const run = add("2.22", "official-2.22.yaml", "--from", "2.11");
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/spec\/2\.11\/curation\.yaml#\/fixes\/\d+\n  error missing-ref: this fix refers to `#\/components\/schemas\/company`/);
      expect(git("status", "--porcelain", "--untracked-files=all").stdout).toBe("");
    });

    it("a version that exists already is refused before anything is touched", () => {
      snapshot();
      const run = add("2.12", "official-2.12.yaml");
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("spec/2.12 already exists");
      expect(git("status", "--porcelain", "--untracked-files=all").stdout).toBe("");
    });
  });
});
