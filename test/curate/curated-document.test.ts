// What the curated document holds besides the selected operations: only the components and tags they reach
// (followed through references, of every component kind), the path item's own fields, each operation's SDK
// name and declared pagination, and the profile. In memory, through readCuration + curate.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { curate as curateDocument } from "../../generator/curate/curate.js";
import { readCuration } from "../../generator/curate/curation.js";

const dir = mkdtempSync(join(tmpdir(), "curated-document-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const curation = (body: object) => {
  const file = join(dir, `curation-${n++}.yaml`);
  writeFileSync(file, stringify({ source: "official.yaml", ...body }));
  return readCuration(file);
};
type Json = Record<string, any>;
/** curate, with the document typed loosely for reading it in tests. */
const curate = (...args: Parameters<typeof curateDocument>) => {
  const result = curateDocument(...args);
  return { ...result, document: result.document as Json };
};
const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });

const official = (): Json => ({
  openapi: "3.0.3",
  info: { title: "t", version: "1" },
  tags: [{ name: "Things" }, { name: "Other" }, "not a tag object"],
  paths: {
    "/things/{id}": {
      summary: "a thing",
      parameters: [ref("parameters", "id")],
      get: {
        tags: ["Things"],
        parameters: [ref("parameters", "expand")],
        requestBody: ref("requestBodies", "body"),
        responses: { "200": ref("responses", "thing"), default: ref("responses", "error") },
        callbacks: { done: ref("callbacks", "done") },
      },
      delete: { tags: ["Other"], responses: { "204": { description: "gone" } } },
    },
    "/other": { get: { tags: ["Other"], responses: { "200": ref("responses", "unused") } } },
  },
  components: {
    schemas: {
      thing: { type: "object", properties: { part: ref("schemas", "part") } },
      part: { type: "object", properties: { again: ref("schemas", "thing") } },
      error: { type: "object" },
      unused: { type: "object" },
    },
    parameters: {
      id: { name: "id", in: "path", required: true, schema: { type: "string" } },
      expand: { name: "expand", in: "query", schema: { type: "string" } },
      spare: { name: "spare", in: "query" },
    },
    requestBodies: {
      body: { content: { "application/json": { schema: { type: "object" } } } },
      spare: { content: {} },
    },
    responses: {
      thing: {
        description: "ok",
        headers: { "X-Rate": ref("headers", "rate") },
        links: { self: ref("links", "self") },
        content: { "application/json": { schema: ref("schemas", "thing"), examples: { one: ref("examples", "one") } } },
      },
      error: { description: "error", content: { "application/json": { schema: ref("schemas", "error") } } },
      unused: { description: "unused", content: { "application/json": { schema: ref("schemas", "unused") } } },
    },
    headers: { rate: { schema: { type: "integer" } }, spare: { schema: { type: "string" } } },
    examples: { one: { value: {} }, spare: { value: 1 } },
    links: { self: { operationId: "x" }, spare: { operationId: "y" } },
    callbacks: {
      done: { "{$request.body#/url}": { post: { responses: { "200": { description: "ok" } } } } },
      spare: {},
    },
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
  },
});

describe("the curated document", () => {
  const select = (body: object = {}) =>
    curate(official(), curation({ operations: { "things.find": "GET /things/{thing_id}" }, ...body }), "official.yaml");

  it("keeps exactly the components the selected operation reaches, of every kind, through references", () => {
    const { document, diagnostics } = select();
    expect(diagnostics).toEqual([]);
    const kept = Object.fromEntries(
      Object.entries(document["components"] as Json).map(([kind, group]) => [kind, Object.keys(group as object)]),
    );
    expect(kept).toEqual({
      schemas: ["thing", "part", "error"],
      parameters: ["id", "expand"],
      requestBodies: ["body"],
      responses: ["thing", "error"],
      headers: ["rate"],
      examples: ["one"],
      links: ["self"],
      callbacks: ["done"],
      // Not a kind that operations refer to: left as it is.
      securitySchemes: ["bearer"],
    });
  });

  it("a kind with nothing left is removed whole", () => {
    const doc = official();
    delete doc["paths"]["/things/{id}"]["get"]["callbacks"];
    const { document } = curate(
      doc,
      curation({ operations: { "things.find": "GET /things/{thing_id}" } }),
      "official.yaml",
    );
    expect(Object.keys(document["components"])).not.toContain("callbacks");
  });

  it("keeps the tags the selected operations use, and only tag objects", () => {
    expect(select().document["tags"]).toEqual([{ name: "Things" }]);
    const both = curate(
      official(),
      curation({ operations: { "things.find": "GET /things/{id}", "things.delete": "DELETE /things/{id}" } }),
      "o.yaml",
    );
    expect(both.document["tags"]).toEqual([{ name: "Things" }, { name: "Other" }]);
  });

  it("keeps the path item's own fields, renamed parameters included, under the curation's route", () => {
    const item = select().document["paths"]["/things/{thing_id}"];
    expect(Object.keys(item)).toEqual(["summary", "parameters", "get"]);
    expect(item["summary"]).toBe("a thing");
    // A `$ref`'d parameter is kept as the reference: only inline path parameters are renamed.
    expect(item["parameters"]).toEqual([ref("parameters", "id")]);
  });

  it("marks each operation with its SDK name, and its declared pagination", () => {
    const pagination = { style: "page", items: "data", pageParam: "page", pages: "pages" };
    const op = select({ pagination: { "things.find": pagination } }).document["paths"]["/things/{thing_id}"]["get"];
    expect([op["x-sdk-resource"], op["x-sdk-method"], op["x-pagination"]]).toEqual(["things", "find", pagination]);
    expect(select().document["paths"]["/things/{thing_id}"]["get"]).not.toHaveProperty("x-pagination");
    const nested = curate(
      official(),
      curation({ operations: { "helpCenters.things.find": "GET /things/{id}" } }),
      "o.yaml",
    );
    const deep = nested.document["paths"]["/things/{id}"]["get"];
    expect([deep["x-sdk-resource"], deep["x-sdk-method"]]).toEqual(["helpCenters.things", "find"]);
  });

  it("carries the profile as x-sdk-profile, and nothing when there is none", () => {
    const profile = { clientName: "Acme", packageName: "acme-{version}" };
    expect(select({ profile }).document["x-sdk-profile"]).toEqual(profile);
    expect(select().document).not.toHaveProperty("x-sdk-profile");
  });

  it("leaves the official document it was given unchanged", () => {
    const doc = official();
    const before = structuredClone(doc);
    curate(
      doc,
      curation({
        operations: { "things.find": "GET /things/{thing_id}" },
        fixes: [{ why: "w", op: "remove", path: "/components/schemas/error" }],
      }),
      "o.yaml",
    );
    expect(doc).toEqual(before);
  });

  it("a `$ref` left dangling by the selection is an error at /fixes, naming where it is", () => {
    const doc = official();
    doc["paths"]["/things/{id}"]["get"]["responses"]["404"] = ref("responses", "gone");
    const { diagnostics } = curate(
      doc,
      curation({ operations: { "things.find": "GET /things/{thing_id}" } }),
      "o.yaml",
    );
    expect(diagnostics.map((d) => [d.severity, d.code, d.pointer, d.message, d.fix])).toEqual([
      [
        "error",
        "missing-ref",
        "/fixes",
        "`#/components/responses/gone` does not resolve in the curated description (at /paths/~1things~1{thing_id}/get/responses/404/$ref)",
        "add a fix that defines it or corrects the reference",
      ],
    ]);
  });
});
