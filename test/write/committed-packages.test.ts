// The committed packages are what the generator makes of the curated specs: every emitted file compared with the
// committed one (the package is the snapshot), no diagnostics, every curated operation, a strict type-check, no
// `any`; `npm run curate` reproduces each curated spec; and `npm run generate -- --check` passes, then names the stale files.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { curateVersion } from "../../generator/curate/curate-version.js";
import { generate } from "../../generator/generate.js";
import { CURATED_SPEC, curatedSpecOf, GENERATED, generatedOf, ROOT, VERSIONS } from "../helpers/paths.js";
import { readCuration } from "../../generator/curate/curation.js";
import { typeErrors } from "../helpers/typecheck.js";
import { SEED_OPERATIONS } from "../helpers/seed-operations.js";

describe.each(VERSIONS)("generated/%s from the curated spec", async (version) => {
  const GENERATED = generatedOf(version);
  // One generation, as `npm run generate -- --check` makes it; through the emit and format caches, which the other
  // suites that generate this version share.
  const {
    model,
    warnings: diagnostics,
    files,
  } = await generate({ spec: curatedSpecOf(version), out: GENERATED, check: true });

  // The committed package is the snapshot: a spec change shows up as a diff of exactly the files it touches.
  // The runtime files are verbatim copies of templates/ and are checked by --check instead.
  const emitted = [...files.keys()].filter((path) => !path.startsWith("src/runtime/"));
  it.each(emitted)("%s matches the committed file", async (path) => {
    await expect(files.get(path)).toMatchFileSnapshot(join(GENERATED, path));
  });

  it("reports nothing: the curation corrects every defect the selected operations reach", () => {
    expect(diagnostics).toEqual([]);
  });

  it("exposes every curated operation, the seed's 17 under their names, routes and pagination", () => {
    const names = model.resources.flatMap((r) =>
      r.operations.map(
        (o) => `${o.resource}.${o.method} ${o.httpMethod} ${o.path}${o.pagination ? ` (${o.pagination.style})` : ""}`,
      ),
    );
    expect(names).toEqual(expect.arrayContaining(SEED_OPERATIONS));
    expect(names).toHaveLength(readCuration(join(ROOT, "spec", version, "curation.yaml")).operations.length);
  });

  it("type-checks under strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess, NodeNext", () => {
    expect(typeErrors([join(GENERATED, "src/index.ts")])).toEqual([]);
  });

  it("has no `any` in its public signatures", () => {
    const sources = [...files]
      .filter(([path]) => path.endsWith(".ts"))
      .map(([, text]) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, ""));
    expect(sources.filter((text) => /[:<,(|&]\s*any\b|\bas any\b/.test(text))).toEqual([]);
  });
});

describe("curation", () => {
  it.each(VERSIONS)("npm run curate reproduces spec/%s/openapi.yaml byte for byte", (version) => {
    const dir = mkdtempSync(join(tmpdir(), "curate-"));
    try {
      const curation = join(ROOT, "spec", version, "curation.yaml");
      cpSync(curation, join(dir, "curation.yaml"));
      curateVersion(join(dir, "curation.yaml"), { source: resolve(dirname(curation), readCuration(curation).source) });
      expect(readFileSync(join(dir, "openapi.yaml"), "utf8")).toBe(readFileSync(curatedSpecOf(version), "utf8"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("npm run generate -- --check", () => {
  // As the README has a user type it (the compiled generator of generator/launch.mjs).
  const npm = (args: string[]) =>
    spawnSync("npm", ["run", "--silent", "generate", "--", ...args], { cwd: ROOT, encoding: "utf8" });

  it("passes on the committed output and lists exactly the stale files after a spec change", () => {
    const committed = npm(["--check"]);
    expect(committed.status, committed.stderr).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), "check-"));
    try {
      // Deleting one field of one model touches the models file and its validator table, nothing else.
      const spec = parse(readFileSync(CURATED_SPEC, "utf8"));
      const deleted = spec.components.schemas.deleted_company_object;
      delete deleted.properties.deleted;
      deleted.required = ["id", "object"];
      writeFileSync(join(dir, "openapi.yaml"), stringify(spec, { lineWidth: 0 }));
      const result = npm(["--check", "--spec", join(dir, "openapi.yaml"), "--out", GENERATED]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("changed  src/models.ts");
      expect(result.stderr.match(/^ {2}\w+ +\S+$/gm)).toEqual([
        "  changed  src/models.ts",
        "  changed  src/validators.ts",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
