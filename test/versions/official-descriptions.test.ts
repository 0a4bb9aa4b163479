// Every official description this test can find (../shared/specs and test/fixtures/official) added as a version by
// add-version, with no flag, in a scratch project holding every committed curation but the version's own: so it
// starts from the nearest other curation and adapts it. All in this process, sharing the work: add-version up to the
// curated description, the model and the emitted sources (not formatted), one strict type-check program over every
// package, then the generated client's HTTP suites against each. The CLI itself is run in test/add-version.test.ts.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { addVersion, type AddedVersion } from "../../generator/add-version.js";
import { readCuration } from "../../generator/curate/curation.js";
import { emitPackage } from "../../generator/emit/emit-package.js";
import { TEMPLATES_DIR } from "../../generator/generate.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import type { ApiModel, Operation } from "../../generator/model/types.js";
import { describeAttachedCompanies } from "../helpers/attached-companies.js";
import { describeGeneratedClient, type GeneratedPackage } from "../helpers/client-suite.js";
import { describePaginatedOperations } from "../helpers/pagination-suite.js";
import { OFFICIAL_SPECS_DIR, ROOT, VERSIONS, curatedSpecOf } from "../helpers/paths.js";
import { SEED_OPERATIONS } from "../helpers/seed-operations.js";
import { typeErrors } from "../helpers/typecheck.js";

const FIXTURES = join(ROOT, "test/fixtures/official");
const descriptions = [OFFICIAL_SPECS_DIR, FIXTURES]
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join(dir, f)),
  )
  .map((file) => ({
    file,
    version: String((parse(readFileSync(file, "utf8")) as { info: { version: unknown } }).info.version),
  }))
  .sort((a, b) => a.version.localeCompare(b.version, "en", { numeric: true }));

const scratch = mkdtempSync(join(tmpdir(), "versions-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A project holding every committed curation but `version`'s own. */
function projectWithout(version: string): string {
  const root = join(scratch, version);
  for (const v of VERSIONS.filter((v) => v !== version)) {
    mkdirSync(join(root, "spec", v), { recursive: true });
    cpSync(join(ROOT, "spec", v, "curation.yaml"), join(root, "spec", v, "curation.yaml"));
  }
  return root;
}

const operationsOf = (model: ApiModel) => model.resources.flatMap((r) => r.operations);
const nameOf = (o: Operation) => `${o.resource}.${o.method}`;
/** What a call of the operation spells: its name, route, path arguments and the argument that carries the next page. */
const callShape = (o: Operation) => ({
  name: nameOf(o),
  route: `${o.httpMethod} ${o.path}`,
  pathArguments: o.params.filter((p) => p.in === "path").map((p) => p.name),
  pagination: o.pagination && {
    style: o.pagination.style,
    argument: o.pagination.style === "page" ? o.pagination.pageParam : o.pagination.cursorParam,
  },
});
const SEED_NAMES = SEED_OPERATIONS.map((line) => line.split(" ")[0]!);
const seedOf = (model: ApiModel) =>
  operationsOf(model)
    .filter((o) => SEED_NAMES.includes(nameOf(o)))
    .map(callShape);
const reference = seedOf(buildModel(loadDocument(curatedSpecOf(VERSIONS[0]!))).model);

interface Added {
  added: AddedVersion;
  model: ApiModel;
  entry: string;
  ms: number;
}
const results = new Map<string, Added>();

describe("every official description through add-version", () => {
  it("finds the official descriptions (the test is not vacuous)", () => {
    expect(descriptions.length).toBeGreaterThan(VERSIONS.length);
  });

  for (const { file, version } of descriptions) {
    describe(version, () => {
      it("add-version (no flag) adapts the nearest curation, records each adaptation with its why, and keeps the seed's 17 operations and their arguments", async () => {
        const root = projectWithout(version);
        const started = performance.now();
        const added = await addVersion(version, file, { root, generate: false });
        const { model, diagnostics } = buildModel(loadDocument(added.spec)); // strict
        expect(diagnostics).toEqual([]);
        const files = emitPackage(model, TEMPLATES_DIR);
        const out = join(root, "generated", version);
        for (const [path, text] of files)
          (mkdirSync(dirname(join(out, path)), { recursive: true }), writeFileSync(join(out, path), text));
        results.set(version, { added, model, entry: join(out, "src/index.ts"), ms: performance.now() - started });

        expect(added.from).toMatch(/^spec\/[^/]+\/curation\.yaml$/);
        expect(added.from).not.toBe(`spec/${version}/curation.yaml`);
        // The seed's operations under the same names, routes, path arguments and pagination as in the seed's version.
        expect(seedOf(model)).toEqual(reference);
        // Every adaptation is in the new curation with its why; the curation lists exactly the operations generated.
        const curationFile = join(root, "spec", version, "curation.yaml");
        const recorded = (parse(readFileSync(curationFile, "utf8")) as { adapted?: unknown[] }).adapted ?? [];
        expect(recorded).toEqual(added.adaptations.map((a) => ({ kind: a.kind, from: a.from, why: a.why })));
        for (const a of added.adaptations) expect(a.why).toContain(version);
        expect(
          readCuration(curationFile)
            .operations.map((o) => o.sdkName)
            .sort(),
        ).toEqual(operationsOf(model).map(nameOf).sort());
        // Warnings left: only the operations whose list could not be re-derived, each still there and unpaginated.
        for (const w of added.warnings) {
          expect(w.code).toBe("pagination-dropped");
          const name = /pagination\/([\w.]+)/.exec(added.adaptations.find((a) => a.why === w.message)!.from)![1]!;
          expect(operationsOf(model).find((o) => nameOf(o) === name)?.pagination).toBeUndefined();
        }
      }, 60_000);

      const made = (): Added => {
        const added = results.get(version);
        if (!added)
          throw new Error(
            `${version} was not added: it is made by "${version} › add-version (no flag)…" above; see that failure first.`,
          );
        return added;
      };
      const load = async () => (await import(made().entry)) as GeneratedPackage;
      describeGeneratedClient(`added ${version}`, load, version);
      describePaginatedOperations(`added ${version}`, load, () => made().added.spec);
      describeAttachedCompanies(`added ${version}`, load);
    });
  }

  it("every package type-checks under strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess, NodeNext (one program)", () => {
    expect([...results.keys()]).toEqual(descriptions.map((d) => d.version));
    expect(typeErrors([...results.values()].map((r) => r.entry))).toEqual([]);
  }, 180_000);
});
