// Which versions the commands see (generator/versions.ts): the folders of spec/ that hold the file asked for,
// oldest first by number (2.9 before 2.10), so `npm run generate` and `add-version`'s default `--from` agree.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { specFile, versionsWith } from "../../generator/versions.js";

const dir = mkdtempSync(join(tmpdir(), "versions-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const folder = (name: string, ...files: string[]) => {
  mkdirSync(join(dir, name), { recursive: true });
  for (const f of files) writeFileSync(join(dir, name, f), "");
};
folder("2.10", "curation.yaml", "openapi.yaml");
folder("2.9", "curation.yaml", "openapi.yaml");
folder("2.11", "curation.yaml");
folder("Preview", "curation.yaml", "openapi.yaml");
folder("notes");
writeFileSync(join(dir, "openapi.yaml"), "");

describe("versionsWith", () => {
  it.each([
    ["openapi.yaml", ["2.9", "2.10", "Preview"]],
    ["curation.yaml", ["2.9", "2.10", "2.11", "Preview"]],
  ] as const)("%s: the folders holding it, by number", (file, versions) => {
    expect(versionsWith(file, dir)).toEqual(versions);
  });

  it("no spec folder: no versions", () => {
    expect(versionsWith("openapi.yaml", join(dir, "missing"))).toEqual([]);
  });

  it("specFile names the file of a version under spec/", () => {
    expect(specFile("2.11", "curation.yaml")).toBe(join("spec", "2.11", "curation.yaml"));
  });
});
