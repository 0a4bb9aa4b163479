// Small in-memory descriptions for the diff's tests (an old and a new version of one API), and the changes a user
// of `npm run diff` sees between them. Each test builds and diffs its own models, inside `it`, so that a mutation
// run knows which tests reach which code.
import { expect } from "vitest";
import { Reporter } from "../../generator/diagnostics.js";
import { type Change, diffModels } from "../../generator/diff/diff-models.js";
import { checkDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import type { ApiModel } from "../../generator/model/types.js";

export type Json = Record<string, unknown>;

/**
 * A description with these operations (`"GET /things": { method: "list", … }`) and component schemas; OpenAPI 3.0
 * unless `openapi` says 3.1 (for `type: "null"`, type lists and `prefixItems`).
 */
export function description(operations: Record<string, Json>, schemas: Json = {}, openapi = "3.0.3"): Json {
  const paths: Record<string, Json> = {};
  for (const [route, { method, ...operation }] of Object.entries(operations)) {
    const [verb, path] = route.split(" ") as [string, string];
    const params = [...path.matchAll(/\{([^}]*)\}/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    (paths[path] ??= {})[verb.toLowerCase()] = {
      operationId: `${String(method)}Things`,
      "x-sdk-resource": "things",
      "x-sdk-method": method,
      responses: { "200": json({ type: "object", properties: { id: { type: "string" } } }) },
      ...operation,
      ...(params.length ? { parameters: [...params, ...((operation["parameters"] as Json[]) ?? [])] } : {}),
    };
  }
  return { openapi, info: { title: "Things", version: "1" }, paths, components: { schemas } };
}

export const json = (schema: Json, description = "ok"): Json => ({
  description,
  content: { "application/json": { schema } },
});
export const body = (schema: Json, required = true, type = "application/json"): Json => ({
  requestBody: { required, content: { [type]: { schema } } },
});
export const response = (schema: Json): Json => ({ responses: { "200": json(schema) } });
export const object = (properties: Json, extra: Json = {}): Json => ({ type: "object", properties, ...extra });
export const str = { type: "string" };
export const query = (name: string, extra: Json = {}): Json => ({ name, in: "query", schema: str, ...extra });

/** The model of a description, built as `npm run diff` builds it (leniently), which must have no error. */
export function modelOf(doc: Json, file = "api.yaml"): ApiModel {
  const { model, diagnostics } = buildModel(checkDocument(doc, new Reporter(file, true)), { lenient: true });
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return model;
}

/** Every change between the two versions, whole. */
export const diffOf = (before: Json, after: Json): Change[] =>
  diffModels(modelOf(before, "old.yaml"), modelOf(after, "new.yaml"));

/** Every change between the two versions, as [kind, message]. */
export const changes = (before: Json, after: Json) => diffOf(before, after).map((c) => [c.kind, c.message]);

export const find = (extra: Json = {}): Record<string, Json> => ({ "GET /things/{id}": { method: "find", ...extra } });
export const create = (extra: Json = {}): Record<string, Json> => ({ "POST /things": { method: "create", ...extra } });
export const list = (extra: Json = {}): Record<string, Json> => ({ "GET /things": { method: "list", ...extra } });
export const page = object({ data: { type: "array", items: object({ id: str }) }, next: str });
export const paginated = (items = "data") =>
  list({
    parameters: [query("starting_after")],
    ...response(page),
    "x-pagination": { style: "cursor", items, cursorParam: "starting_after", nextCursor: "next" },
  });
