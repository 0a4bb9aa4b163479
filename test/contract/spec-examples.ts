// Reads the curated OpenAPI document and derives, for every SDK operation, valid call arguments from its schemas
// and examples, plus what a successful response must look like. Generic: nothing here knows Intercom.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

export type Schema = Record<string, unknown>;
type Doc = { paths: Record<string, Record<string, unknown>>; components?: Record<string, Record<string, unknown>> };

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  resource: string;
  sdkMethod: string;
  /** x-pagination, when the operation is paginated. */
  pagination: { items: string | string[] } | undefined;
  /** Arguments for the generated method: path and query parameters plus the JSON body fields. */
  args: Record<string, unknown>;
  /** The documented 2xx status, the top-level keys of its JSON schema (writeOnly ones excepted), `nullable`. */
  success: { status: number; keys: string[]; nullable: boolean; json: boolean };
}

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function loadSpec(file: string): Doc {
  return parse(readFileSync(file, "utf8")) as Doc;
}

/** Follows local `$ref`s (`#/components/...`); siblings of a `$ref` are ignored, as OpenAPI 3.0 says. */
export function deref(doc: Doc, value: unknown): Schema {
  let v = value;
  for (let i = 0; isObj(v) && typeof v.$ref === "string"; i++) {
    if (i > 50) throw new Error(`$ref cycle at ${String(v.$ref)}`);
    const ref: string = v.$ref;
    if (!ref.startsWith("#/")) throw new Error(`non-local $ref ${ref}`);
    v = ref
      .slice(2)
      .split("/")
      .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((node, key) => (isObj(node) ? node[key] : undefined), doc);
    if (v === undefined) throw new Error(`unresolved $ref ${ref}`);
  }
  return isObj(v) ? v : {};
}

/** Whether `v` has the JSON type (and enum) `schema` declares — enough to reject a mistyped `example`. */
function fits(schema: Schema, v: unknown): boolean {
  if (Array.isArray(schema.enum) && !schema.enum.includes(v)) return false;
  if (v === null) return schema.nullable === true;
  switch (schema.type) {
    case "string":
      return typeof v === "string";
    case "integer":
      return Number.isInteger(v);
    case "number":
      return typeof v === "number";
    case "boolean":
      return typeof v === "boolean";
    case "array":
      return Array.isArray(v);
    case "object":
      return isObj(v);
    default:
      return v !== undefined;
  }
}

const STRING_FORMATS: Record<string, string> = {
  "date-time": "2024-06-27T12:00:00Z",
  date: "2024-06-27",
  email: "someone@example.com",
  uri: "https://example.com/",
  url: "https://example.com/",
  uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
};

/**
 * A value valid for `schema`: its `example` (when it has the right type), else `default`, the first enum value,
 * the first `oneOf`/`anyOf` branch, merged `allOf` parts, or a placeholder of its type. Objects get every property.
 */
export function exampleFor(doc: Doc, schemaOrRef: unknown, depth = 0): unknown {
  const schema = deref(doc, schemaOrRef);
  if (depth > 8) return schema.type === "array" ? [] : schema.type === "object" ? {} : undefined;
  if (schema.example !== undefined && fits(schema, schema.example)) return structuredClone(schema.example);
  if (schema.default !== undefined && fits(schema, schema.default)) return structuredClone(schema.default);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (Array.isArray(schema.allOf)) {
    return Object.assign({}, ...schema.allOf.map((part) => exampleFor(doc, part, depth + 1)));
  }
  const alternatives = schema.oneOf ?? schema.anyOf;
  // Alternatives that only say which fields are required (`anyOf: [{ required: [id] }]`) narrow the object's own
  // properties, which it then gets all of; other alternatives are followed (the first one).
  const narrowing = (a: unknown) =>
    Object.keys(deref(doc, a)).every((k) => ["required", "title", "description"].includes(k));
  if (Array.isArray(alternatives) && alternatives.length > 0 && !alternatives.every(narrowing))
    return exampleFor(doc, alternatives[0], depth + 1);
  const type = schema.type ?? (isObj(schema.properties) ? "object" : schema.items ? "array" : undefined);
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      const required = Array.isArray(schema.required) ? schema.required : [];
      for (const [name, prop] of Object.entries(isObj(schema.properties) ? schema.properties : {})) {
        const p = deref(doc, prop);
        if (p.readOnly === true) continue;
        // Deep optional properties are left out so recursive schemas stay small.
        if (depth > 4 && !required.includes(name)) continue;
        const value = exampleFor(doc, prop, depth + 1);
        if (value !== undefined) out[name] = value;
      }
      return out;
    }
    case "array": {
      const item = exampleFor(doc, schema.items, depth + 1);
      return item === undefined ? [] : [item];
    }
    case "string":
      return STRING_FORMATS[String(schema.format)] ?? "string";
    case "integer":
      return typeof schema.minimum === "number" ? Math.ceil(schema.minimum) : 1;
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 1;
    case "boolean":
      return true;
    default:
      return "value";
  }
}

/** Top-level property names of a (possibly allOf-composed) object schema, writeOnly ones excepted. */
export function topLevelKeys(doc: Doc, schemaOrRef: unknown): string[] {
  const schema = deref(doc, schemaOrRef);
  const own = Object.entries(isObj(schema.properties) ? schema.properties : {})
    .filter(([, p]) => deref(doc, p).writeOnly !== true)
    .map(([k]) => k);
  const parts = Array.isArray(schema.allOf) ? schema.allOf.flatMap((p) => topLevelKeys(doc, p)) : [];
  return [...new Set([...own, ...parts])];
}

/**
 * Every operation carrying `x-sdk-resource`/`x-sdk-method`, with arguments derived from the document. `bodyKeys`
 * names, per SDK name, the argument a body goes under when the generator does not spread its fields (see
 * `RequestBody.bodyKey` in the model).
 */
export function sdkOperations(doc: Doc, bodyKeys: ReadonlyMap<string, string> = new Map()): SpecOperation[] {
  const ops: SpecOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObj(op) || typeof op["x-sdk-resource"] !== "string" || typeof op["x-sdk-method"] !== "string") continue;
      const args: Record<string, unknown> = {};
      const params = [
        ...(Array.isArray(item.parameters) ? item.parameters : []),
        ...(Array.isArray(op.parameters) ? op.parameters : []),
      ];
      for (const raw of params) {
        const p = deref(doc, raw);
        if (p.in !== "path" && p.in !== "query") continue; // headers (Intercom-Version) are the client's job
        const schema = deref(doc, p.schema);
        args[String(p.name)] = p.example !== undefined && fits(schema, p.example) ? p.example : exampleFor(doc, schema);
      }
      const json = isObj(op.requestBody) ? deref(doc, op.requestBody).content : undefined;
      const bodySchema = isObj(json) && isObj(json["application/json"]) ? json["application/json"].schema : undefined;
      if (bodySchema !== undefined) {
        // The description's own request example when it has one, else a value built from the schema.
        const media = (json as Record<string, Schema>)["application/json"]!;
        const examples = isObj(media.examples) ? Object.values(media.examples).map((e) => deref(doc, e).value) : [];
        const body = [media.example, ...examples].find((e) => e !== undefined) ?? exampleFor(doc, bodySchema);
        const bodyKey = bodyKeys.get(`${String(op["x-sdk-resource"])}.${String(op["x-sdk-method"])}`);
        if (bodyKey) args[bodyKey] = body;
        // The parameters win over a field the example repeats (`contact_id` in a note's body example).
        else if (isObj(body)) Object.assign(args, { ...body, ...args });
        else throw new Error(`${String(op.operationId)}: the body example is not an object`);
      }
      const responses = isObj(op.responses) ? op.responses : {};
      const status = Object.keys(responses).find((s) => /^2\d\d$/.test(s));
      if (!status) throw new Error(`${String(op.operationId)}: no 2xx response`);
      const content = deref(doc, responses[status]).content;
      const responseSchema =
        isObj(content) && isObj(content["application/json"]) ? content["application/json"].schema : undefined;
      const pagination = isObj(op["x-pagination"])
        ? { items: op["x-pagination"].items as string | string[] }
        : undefined;
      ops.push({
        operationId: String(op.operationId),
        method: method.toUpperCase(),
        path,
        resource: op["x-sdk-resource"],
        sdkMethod: op["x-sdk-method"],
        pagination,
        args,
        success: {
          status: Number(status),
          keys: responseSchema === undefined ? [] : topLevelKeys(doc, responseSchema),
          nullable: responseSchema !== undefined && deref(doc, responseSchema).nullable === true,
          json: responseSchema !== undefined,
        },
      });
    }
  }
  return ops;
}
