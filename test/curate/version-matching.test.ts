// How one curation applies to each version's description, in memory (milliseconds, no ../shared/specs): operations
// found by method and route shape whatever a version calls its path parameters, conditional fixes (`ifMissing`,
// `ifPresent`) that stay quiet where a version does not need them, and declared parameters carried over to the
// versions that leave them out. These are the rules the full add-version runs (test/versions/official-descriptions.test.ts) rely on.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { curate } from "../../generator/curate/curate.js";
import { readCuration } from "../../generator/curate/curation.js";

const dir = mkdtempSync(join(tmpdir(), "curate-table-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Json = Record<string, unknown>;
let files = 0;

/** The curation as a user writes it (YAML next to the description), read back the way `npm run curate` reads it. */
function curation(body: Json) {
  const file = join(dir, `curation-${files++}.yaml`);
  writeFileSync(file, stringify({ source: "official.yaml", ...body }));
  return readCuration(file);
}

const ok = { "200": { description: "ok" } };
const op = (extra: Json = {}): Json => ({ responses: ok, ...extra });
const pathParam = (name: string): Json => ({ name, in: "path", required: true, schema: { type: "string" } });
const description = (paths: Json, components: Json = {}): Json => ({
  openapi: "3.0.3",
  info: { title: "t", version: "1" },
  paths,
  components,
});

/** Every curated route with its methods, e.g. `get /contacts/{contact_id}`. */
const routesOf = (doc: Json): string[] =>
  Object.entries(doc["paths"] as Record<string, Json>).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((k) => k !== "parameters")
      .map((m) => `${m} ${path}`),
  );

describe("route shape: an operation is found however a version names its path parameters", () => {
  it.each([
    ["no parameter", "GET /me", "/me", "get /me"],
    ["one renamed parameter", "GET /contacts/{contact_id}", "/contacts/{id}", "get /contacts/{contact_id}"],
    [
      "two renamed parameters (every `{…}` of the route, not only the first)",
      "DELETE /contacts/{contact_id}/companies/{company_id}",
      "/contacts/{id}/companies/{id2}",
      "delete /contacts/{contact_id}/companies/{company_id}",
    ],
    [
      "three parameters, only the last renamed",
      "GET /a/{x}/b/{y}/c/{z}",
      "/a/{x}/b/{y}/c/{zz}",
      "get /a/{x}/b/{y}/c/{z}",
    ],
  ])("%s", (_what, route, officialPath, expected) => {
    const method = route.split(" ")[0]!.toLowerCase();
    const names = [...officialPath.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
    const official = description({
      [officialPath]: { [method]: op({ parameters: names.map(pathParam) }) },
      "/unrelated": { get: op() },
    });
    const result = curate(official, curation({ operations: { "things.act": route } }), "official.yaml");
    expect(result.missing).toEqual([]);
    expect(result.diagnostics).toEqual([]);
    expect(routesOf(result.document)).toEqual([expected]);
    const curated = (result.document["paths"] as Record<string, Record<string, Json>>)[route.split(" ")[1]!]![method]!;
    // The SDK's argument names are the curation's in every version.
    const curatedNames = [...route.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
    expect((curated["parameters"] as Json[]).map((p) => p["name"])).toEqual(curatedNames);
    expect(curated["x-sdk-resource"]).toBe("things");
    expect(curated["x-sdk-method"]).toBe("act");
  });

  it.each([
    ["another method", "POST /contacts/{contact_id}", { "/contacts/{id}": { get: op() } }],
    ["one segment more", "GET /contacts/{contact_id}", { "/contacts/{id}/notes": { get: op() } }],
    [
      "a literal segment where the curation has a parameter",
      "GET /contacts/{contact_id}",
      { "/contacts/me": { get: op() } },
    ],
  ])("not matched: %s → operation-not-found naming the curation's key", (_what, route, paths) => {
    const result = curate(description(paths), curation({ operations: { "contacts.find": route } }), "official.yaml");
    expect(result.missing).toEqual([`contacts.find (${route})`]);
    expect(result.diagnostics).toMatchObject([
      {
        severity: "error",
        code: "operation-not-found",
        pointer: "/operations/contacts.find",
        message: expect.stringContaining("is not in official.yaml"),
      },
    ]);
    expect(result.document["paths"]).toEqual({});
  });

  it("two official routes of the same shape are reported as ambiguous, not one silently kept", () => {
    const official = description({ "/contacts/{id}": { get: op() }, "/contacts/{contact_id}": { get: op() } });
    const result = curate(official, curation({ operations: { "contacts.find": "GET /contacts/{id}" } }), "o.yaml");
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.pointer])).toEqual([
      ["error", "ambiguous-route", "/operations/contacts.find"],
    ]);
  });
});

describe("conditional fixes: ifMissing and ifPresent", () => {
  const schemaDoc = (props: Json) =>
    description(
      {
        "/things": {
          get: op({
            responses: {
              "200": {
                description: "ok",
                content: { "application/json": { schema: { $ref: "#/components/schemas/thing" } } },
              },
            },
          }),
        },
      },
      { schemas: { thing: { type: "object", properties: props } } },
    );
  const fix = (extra: Json): Json => ({ why: "because", path: "/components/schemas/thing/properties/name", ...extra });
  const run = (props: Json, f: Json) => {
    const result = curate(
      schemaDoc(props),
      curation({ operations: { "things.list": "GET /things" }, fixes: [f] }),
      "o.yaml",
    );
    const schemas = (result.document["components"] as Json)["schemas"] as Record<string, Json>;
    return { properties: schemas["thing"]!["properties"], diagnostics: result.diagnostics };
  };
  const own = { type: "string", description: "the version's own" };
  const ours = { type: "string", description: "the curation's" };

  // [what, the version's properties, the fix, properties after, warnings]
  it.each([
    ["add ifMissing, target absent: added", {}, { op: "add", ifMissing: true, value: ours }, { name: ours }],
    [
      "add ifMissing, target present: the version's own kept",
      { name: own },
      { op: "add", ifMissing: true, value: ours },
      { name: own },
    ],
    ["add unconditional, target present: replaced", { name: own }, { op: "add", value: ours }, { name: ours }],
    [
      "replace ifPresent, target present: replaced",
      { name: own },
      { op: "replace", ifPresent: true, value: ours },
      { name: ours },
    ],
    ["replace ifPresent, target absent: skipped quietly", {}, { op: "replace", ifPresent: true, value: ours }, {}],
    ["add ifPresent, target absent: not added", {}, { op: "add", ifPresent: true, value: ours }, {}],
    ["remove ifPresent, target present: removed", { name: own }, { op: "remove", ifPresent: true }, {}],
    ["remove ifPresent, target absent: skipped quietly", {}, { op: "remove", ifPresent: true }, {}],
  ] as [string, Json, Json, Json][])("%s", (_what, props, f, after) => {
    const { properties, diagnostics } = run(props, fix(f));
    expect(properties).toEqual(after);
    expect(diagnostics).toEqual([]);
  });

  it.each([
    ["replace", { op: "replace", value: ours }],
    ["remove", { op: "remove" }],
  ] as [string, Json][])(
    "unconditional %s of an absent target: one warning at the fix, document unchanged",
    (_op, f) => {
      const { properties, diagnostics } = run({}, fix(f));
      expect(properties).toEqual({});
      expect(diagnostics).toMatchObject([
        {
          severity: "warning",
          code: "fix-not-applicable",
          pointer: "/fixes/0",
          message: expect.stringContaining("does not exist"),
        },
      ]);
    },
  );

  it("ifPresent under a parent the version lacks is quiet; without it the same fix warns", () => {
    const path = "/components/schemas/gone/required";
    for (const [extra, warnings] of [
      [{ ifPresent: true }, 0],
      [{}, 1],
    ] as const) {
      const { diagnostics } = run({}, { why: "w", op: "replace", path, value: ["a"], ...extra });
      expect(diagnostics.filter((d) => d.code === "fix-not-applicable")).toHaveLength(warnings);
    }
  });

  it("a list item named by value (`required/website`): ifPresent quiet when the item is absent", () => {
    const doc = schemaDoc({ a: { type: "string" } });
    ((doc["components"] as Json)["schemas"] as Record<string, Json>)["thing"]!["required"] = ["a"];
    const path = "/components/schemas/thing/required/website";
    for (const [extra, warnings] of [
      [{ ifPresent: true }, 0],
      [{}, 1],
    ] as const) {
      const c = curation({
        operations: { "things.list": "GET /things" },
        fixes: [{ why: "w", op: "remove", path, ...extra }],
      });
      const result = curate(structuredClone(doc), c, "o.yaml");
      expect(result.diagnostics.filter((d) => d.code === "fix-not-applicable")).toHaveLength(warnings);
    }
  });

  it("an operation fix reaches the operation however the version spells its route", () => {
    const official = description({ "/things/{id}": { get: op({ parameters: [pathParam("id")] }) } });
    const c = curation({
      operations: { "things.find": "GET /things/{thing_id}" },
      fixes: [{ why: "w", operation: "things.find", op: "add", ifMissing: true, path: "/deprecated", value: true }],
    });
    const result = curate(official, c, "o.yaml");
    expect(result.diagnostics).toEqual([]);
    const curated = (result.document["paths"] as Record<string, Record<string, Json>>)["/things/{thing_id}"]!["get"]!;
    expect(curated["deprecated"]).toBe(true);
  });
});

describe("declared parameters are carried over to the versions that leave them out", () => {
  const page = { name: "page", in: "query", schema: { type: "integer" } };
  const perPage = { name: "per_page", in: "query", schema: { type: "integer" } };
  const withParams = { "contacts.list": { why: "the API takes them in every version", add: [page, perPage] } };
  const listed = (params: unknown[] | undefined, components: Json = {}) => {
    const official = description({ "/contacts": { get: op(params ? { parameters: params } : {}) } }, components);
    const c = curation({ operations: { "contacts.list": "GET /contacts" }, parameters: withParams });
    const result = curate(official, c, "o.yaml");
    expect(result.diagnostics).toEqual([]);
    const curated = (result.document["paths"] as Record<string, Record<string, Json>>)["/contacts"]!["get"]!;
    return curated["parameters"] as Json[];
  };

  it("none declared by the version: all added, in the curation's order", () => {
    expect(listed(undefined)).toEqual([page, perPage]);
  });

  it("one declared by the version: its own kept, only the other added", () => {
    const own = { name: "page", in: "query", description: "own", schema: { type: "integer" } };
    expect(listed([own])).toEqual([own, perPage]);
  });

  it("declared through a `$ref`: recognised, not added twice", () => {
    const ref = { $ref: "#/components/parameters/page" };
    expect(listed([ref], { parameters: { page } })).toEqual([ref, perPage]);
  });

  it("same name in another place (`in: header`) does not count", () => {
    const header = { name: "page", in: "header", schema: { type: "string" } };
    expect(listed([header])).toEqual([header, page, perPage]);
  });

  it("declared on the path item: not added to the operation", () => {
    const official = description({ "/contacts": { parameters: [page], get: op() } });
    const c = curation({ operations: { "contacts.list": "GET /contacts" }, parameters: withParams });
    const curated = (curate(official, c, "o.yaml").document["paths"] as Record<string, Json>)["/contacts"]!;
    expect(curated["parameters"]).toEqual([page]);
    expect((curated["get"] as Json)["parameters"]).toEqual([perPage]);
  });

  it("the curation is not changed by a run (a second version gets the same parameters)", () => {
    const c = curation({ operations: { "contacts.list": "GET /contacts" }, parameters: withParams });
    const official = description({ "/contacts": { get: op() } });
    const first = curate(structuredClone(official), c, "o.yaml");
    (
      (first.document["paths"] as Record<string, Record<string, Json>>)["/contacts"]!["get"]!["parameters"] as Json[]
    )[0]!["name"] = "changed";
    const second = curate(structuredClone(official), c, "o.yaml");
    expect(
      (second.document["paths"] as Record<string, Record<string, Json>>)["/contacts"]!["get"]!["parameters"],
    ).toEqual([page, perPage]);
  });
});
