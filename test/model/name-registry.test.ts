import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Reporter } from "../../generator/diagnostics.js";
import { generate } from "../../generator/generate.js";
import { checkDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { CLIENT_MODULE_NAMES, pascalCase } from "../../generator/model/naming-rules.js";
import { runtimeExports } from "../../generator/runtime-exports.js";
import { ROOT } from "../helpers/paths.js";
import { typeErrors } from "../helpers/typecheck.js";

// One namespace for every identifier the package exports: schemas named like each runtime export and each name the
// emitters write, and two operations whose `resource + Method` meet, must all get distinct names and compile.
const tmp = mkdtempSync(join(ROOT, ".tmp-names-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const taken = [...runtimeExports(), ...Object.values(CLIENT_MODULE_NAMES), "Clash", "ClashError", "ClashApiError"];
const schemaNames = taken.filter((n) => pascalCase(n) === n);
const ok = (name: string) => ({
  "200": { description: "ok", content: { "application/json": { schema: { $ref: `#/components/schemas/${name}` } } } },
});
const document = {
  openapi: "3.0.3",
  info: { title: "Clash", version: "1" },
  servers: [{ url: "https://clash.test" }],
  paths: {
    // Every schema is used by an operation, so the resource modules import them beside the runtime's names.
    ...Object.fromEntries(
      schemaNames.map((name, i) => [
        `/things/${i}`,
        { get: { operationId: `get${i}`, tags: ["things"], responses: ok(name) } },
      ]),
    ),
    "/a": { get: { operationId: "tagsList", tags: ["contacts"], responses: ok("Region") } },
    "/b": { get: { operationId: "list", tags: ["contacts tags"], responses: ok("Region") } },
    "/c": { post: { operationId: "client", tags: ["create"], responses: ok("Region") } },
    "/d": { get: { operationId: "send", tags: ["request"], responses: ok("Region") } },
  },
  components: {
    schemas: Object.fromEntries(
      schemaNames.map((n) => [n, { type: "object", properties: { id: { type: "string" } } }]),
    ),
  },
};

// Built inside each test (nothing of the generator runs while the file is collected, see MUTATION.md).
function built() {
  const { model, diagnostics } = buildModel(checkDocument(document, new Reporter("clash.json")));
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return { model, warnings: diagnostics.filter((d) => d.severity === "warning") };
}

describe("one name registry", () => {
  it("reads the runtime's exports from templates/runtime/index.ts (export * followed)", () => {
    for (const name of ["ClientCore", "RateLimitInfo", "TokenSource", "WithResponse", "HttpMethod"])
      expect(runtimeExports()).toContain(name);
    expect(runtimeExports()).toContain("RequestHookInfo");
    expect(runtimeExports()).toContain("ApiErrorItem");
    expect(runtimeExports()).toContain("FetchPage");
    expect(runtimeExports()).toContain("paginate");
  });

  it("no model takes a runtime or emitted name; each rename is a warning at its schema", () => {
    const result = built();
    const models = new Set(result.model.types.map((t) => t.name));
    for (const name of schemaNames) expect(models.has(name), name).toBe(false);
    const warned = result.warnings.filter((w) => w.code === "name-collision").map((w) => w.pointer);
    for (const name of schemaNames) expect(warned).toContain(`/components/schemas/${name}`);
  });

  it("`contacts` + `tagsList` and `contacts tags` + `list` get distinct function names, with a warning", () => {
    const result = built();
    const fns = result.model.resources.flatMap((r) => r.operations.map((o) => o.functionName));
    expect(new Set(fns).size).toBe(fns.length);
    expect(fns).toEqual(expect.arrayContaining(["contactsTagsList", "contactsTagsList2"]));
    expect(result.warnings.map((w) => `${w.code} ${w.pointer}`)).toContain("name-collision /paths/~1b/get");
    expect(fns).not.toContain("createClient");
  });

  it("a method is never named like a resource class member; a resource never hides a ClientCore member", () => {
    const result = built();
    const names = result.model.resources.flatMap((r) => r.operations.map((o) => `${r.name}.${o.method}`));
    expect(names).toEqual(expect.arrayContaining(["create.client2", "requestResource.send"]));
    expect(result.warnings.map((w) => `${w.code} ${w.pointer}`)).toContain("name-collision /paths/~1d/get");
  });

  it("the package compiles under the strict flags", async () => {
    const spec = join(tmp, "clash.json");
    writeFileSync(spec, JSON.stringify(document));
    const out = join(tmp, "out");
    await generate({ spec, out, build: false });
    expect(typeErrors([join(out, "src/index.ts")])).toEqual([]);
  });
});
