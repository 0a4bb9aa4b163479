// Where a fix lands: through the `$ref`s on its way (a fix names what it means, not how a version spells it), or on
// an item of a list of names; and the exact words when it cannot apply. In memory.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { curate } from "../../generator/curate/curate.js";
import { readCuration } from "../../generator/curate/curation.js";

const dir = mkdtempSync(join(tmpdir(), "fix-targets-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
type Json = Record<string, any>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const official = (): Json => ({
  openapi: "3.0.3",
  info: { title: "t", version: "1" },
  paths: {
    "/things": {
      get: { responses: { "200": { description: "ok", content: { "application/json": { schema: ref("holder") } } } } },
    },
  },
  components: {
    schemas: {
      holder: { type: "object", properties: { inner: ref("inner") } },
      inner: { type: "object", required: ["a", "b"], properties: { a: { type: "string" }, b: { type: "string" } } },
    },
  },
});

function run(fixes: object[]) {
  const file = join(dir, `curation-${n++}.yaml`);
  writeFileSync(file, stringify({ source: "o.yaml", operations: { "things.list": "GET /things" }, fixes }));
  const { document, diagnostics } = curate(official(), readCuration(file), "o.yaml");
  const schemas = (document as Json)["components"]["schemas"];
  return {
    holder: schemas["holder"],
    inner: schemas["inner"],
    diagnostics: diagnostics.map((d) => [d.severity, d.code, d.pointer, d.message, d.fix]),
  };
}

const fix = (op: string, path: string, extra: object = {}) => ({ why: "w", op, path, ...extra });

describe("a fix's path goes through `$ref`s", () => {
  it("on the way: /holder/properties/inner/required reaches inner's list", () => {
    const { inner, diagnostics } = run([
      fix("replace", "/components/schemas/holder/properties/inner/required", { value: ["a"] }),
    ]);
    expect(diagnostics).toEqual([]);
    expect(inner.required).toEqual(["a"]);
  });

  it("past the last `$ref`: /holder/properties/inner/properties/b is inner's field", () => {
    const { inner, holder } = run([fix("remove", "/components/schemas/holder/properties/inner/properties/b")]);
    expect(Object.keys(inner.properties)).toEqual(["a"]);
    expect(holder.properties.inner).toEqual(ref("inner"));
  });

  it("`add` puts its key beside the `$ref`, where the pointer says", () => {
    const { holder, inner } = run([
      fix("add", "/components/schemas/holder/properties/inner/nullable", { value: true }),
    ]);
    expect(holder.properties.inner).toEqual({ ...ref("inner"), nullable: true });
    expect(inner).not.toHaveProperty("nullable");
  });

  it("a path through something that is not there: a warning naming the path, nothing changed", () => {
    const { inner, diagnostics } = run([
      fix("replace", "/components/schemas/holder/properties/gone/required", { value: [] }),
    ]);
    expect(inner.required).toEqual(["a", "b"]);
    expect(diagnostics).toEqual([
      [
        "warning",
        "fix-not-applicable",
        "/fixes/0",
        "`/components/schemas/holder/properties/gone/required` has no parent in this description; fix skipped",
        "remove the fix if this version does not need it",
      ],
    ]);
  });
});

describe("a list of names: an item by its value, or an index", () => {
  const required = "/components/schemas/inner/required";
  it.each([
    ["remove the first item by value", [fix("remove", `${required}/a`)], ["b"]],
    ["remove the last item by value", [fix("remove", `${required}/b`)], ["a"]],
    ["add a missing item at the end", [fix("add", `${required}/c`)], ["a", "b", "c"]],
  ] as [string, object[], string[]][])("%s", (_what, fixes, after) => {
    const { inner, diagnostics } = run(fixes);
    expect(diagnostics).toEqual([]);
    expect(inner.required).toEqual(after);
  });

  it.each([
    [
      "add an item already there (the first)",
      fix("add", `${required}/a`),
      "`/components/schemas/inner/required/a`: the item is already there; fix skipped",
    ],
    [
      "remove an item not there",
      fix("remove", `${required}/c`),
      "`/components/schemas/inner/required/c`: no such item; fix skipped",
    ],
  ])("%s: a warning, the list unchanged", (_what, f, message) => {
    const { inner, diagnostics } = run([f]);
    expect(inner.required).toEqual(["a", "b"]);
    expect(diagnostics).toEqual([
      ["warning", "fix-not-applicable", "/fixes/0", message, "remove the fix if this version does not need it"],
    ]);
  });

  it.each([
    ["ifPresent", { ifPresent: true }],
    ["ifMissing", { ifMissing: true }],
  ])("the same with %s: quiet", (_what, extra) => {
    expect(run([fix("add", `${required}/a`, extra)]).diagnostics).toEqual([]);
    expect(run([fix("remove", `${required}/c`, extra)]).diagnostics).toEqual([]);
  });

  it("replace cannot name an item: an error saying what to use", () => {
    const { inner, diagnostics } = run([fix("replace", `${required}/a`, { value: "z" })]);
    expect(inner.required).toEqual(["a", "b"]);
    expect(diagnostics).toEqual([
      [
        "error",
        "bad-fix",
        "/fixes/0",
        "`replace` cannot name a list item",
        "use `remove` and `add`, or point at the index",
      ],
    ]);
  });
});

describe("the words when operations do not match", () => {
  it("a route defined twice in the description: both named, and the fix", () => {
    const doc = official();
    doc["paths"]["/things/{a}"] = { get: { responses: {} } };
    doc["paths"]["/things/{b}"] = { get: { responses: {} } };
    const file = join(dir, `curation-${n++}.yaml`);
    writeFileSync(file, stringify({ source: "o.yaml", operations: { "things.find": "GET /things/{id}" } }));
    const { diagnostics } = curate(doc, readCuration(file), "o.yaml");
    expect(diagnostics.map((d) => [d.code, d.pointer, d.message, d.fix])).toEqual([
      [
        "ambiguous-route",
        "/operations/things.find",
        "both `GET /things/{a}` and `GET /things/{b}` match this route",
        "the description defines the route twice; add a fix that removes one of them",
      ],
    ]);
  });

  it("an operation the description lacks: the route and the fix", () => {
    const file = join(dir, `curation-${n++}.yaml`);
    writeFileSync(
      file,
      stringify({ source: "o.yaml", operations: { "things.list": "GET /things", "things.gone": "DELETE /gone" } }),
    );
    const { diagnostics } = curate(official(), readCuration(file), "o.yaml");
    expect(diagnostics.map((d) => [d.code, d.pointer, d.message, d.fix])).toEqual([
      [
        "operation-not-found",
        "/operations/things.gone",
        "things.gone (DELETE /gone) is not in o.yaml (matched by method and route shape; parameter names may differ)",
        "correct the route, or remove the operation from the curation for this version",
      ],
    ]);
  });
});
