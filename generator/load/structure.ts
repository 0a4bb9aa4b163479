import { pointerOf, type Reporter } from "../diagnostics.js";
import { isObject } from "./json.js";
import { HTTP_METHODS } from "./openapi.js";

type Json = Record<string, unknown>;

/** What a field must be, as said in a message ("a string"), and how to test it. */
interface Expect {
  what: string;
  test: (value: unknown) => boolean;
}

const STRING: Expect = { what: "a string", test: (v) => typeof v === "string" };
const OBJECT: Expect = { what: "a mapping", test: isObject };
const LIST: Expect = { what: "a list", test: Array.isArray };
const STRINGS: Expect = {
  what: "a list of strings",
  test: (v) => Array.isArray(v) && v.every((s) => typeof s === "string"),
};
const SCHEMA_TYPE: Expect = {
  what: "a type name or a list of type names",
  test: (v) => STRING.test(v) || STRINGS.test(v),
};
const BOOLEAN_OR_SCHEMA: Expect = {
  what: "true, false or a schema",
  test: (v) => typeof v === "boolean" || isObject(v),
};
// A boolean is a valid schema in OpenAPI 3.1 (`items: false`: no items beyond `prefixItems`).
const SCHEMA_OR_LIST: Expect = {
  what: "a schema, a boolean or a list of schemas",
  test: (v) => isObject(v) || Array.isArray(v) || typeof v === "boolean",
};
const LOCATION: Expect = {
  what: "one of path, query, header, cookie",
  test: (v) => ["path", "query", "header", "cookie"].includes(v as string),
};

/** Specific advice for the mistakes real descriptions make; the generic fix is "make it <what>". */
const ADVICE: Record<string, string> = {
  required:
    "list the required property names, e.g. `required: [id]` (`required: true` belongs on parameters, not on schemas)",
  operationId: 'quote it so it is a string, e.g. `operationId: "123"`',
  $ref: 'write the reference as a string, e.g. `$ref: "#/components/schemas/Contact"`',
};

/**
 * Checks the type of every field the later stages read (operations, parameters, bodies, responses, schemas), so a
 * mistyped field is reported with its pointer instead of failing deep inside the model stage. In lenient mode the
 * field is dropped with a warning, which leaves every later stage a well-typed document.
 */
export function checkStructure(document: Json, reporter: Reporter): void {
  /** Reports and (leniently) removes `node[key]` when present and not `expect`; true when it is fine to read. */
  const field = (node: Json, key: string, expect: Expect, at: string): boolean => {
    if (!Object.prototype.hasOwnProperty.call(node, key) || node[key] === undefined) return false;
    if (expect.test(node[key])) return true;
    const pointer = `${at}${pointerOf(key)}`;
    const message = `\`${key}\` must be ${expect.what}; found ${describe(node[key])}`;
    const fix = ADVICE[key] ?? `make \`${key}\` ${expect.what}, or remove it`;
    if (reporter.fallback("wrong-type", pointer, { message, fix, outcome: "ignored" })) delete node[key];
    return false;
  };
  /** Each value of the mapping `node[key]`, checked with `visit`. */
  const eachOf = (node: Json, key: string, at: string, visit: (value: unknown, at: string) => void): void => {
    if (field(node, key, OBJECT, at))
      for (const [k, v] of Object.entries(node[key] as Json)) visit(v, `${at}${pointerOf(key, k)}`);
  };
  /** Each item of the list `node[key]`, checked with `visit`. */
  const eachItem = (
    node: Json,
    key: string,
    expect: Expect,
    at: string,
    visit: (value: unknown, at: string) => void,
  ): void => {
    if (field(node, key, expect, at) && Array.isArray(node[key]))
      (node[key] as unknown[]).forEach((v, i) => visit(v, `${at}${pointerOf(key, i)}`));
  };
  /** An entry of a map or list that must itself be a mapping. */
  const entry = (value: unknown, at: string, what: string): value is Json => {
    if (isObject(value)) return true;
    const message = `${what} must be a mapping; found ${describe(value)}`;
    reporter.fallback("wrong-type", at, {
      message,
      fix: "write it as a mapping, or remove it",
      outcome: "ignored",
    });
    return false;
  };
  /** `$ref` must be a string; true when the node is a reference (its other keys are then not read). */
  const reference = (node: Json, at: string): boolean => field(node, "$ref", STRING, at);

  const schema = (value: unknown, at: string): void => {
    if (!entry(value, at, "a schema")) return;
    reference(value, at);
    for (const key of ["format", "title", "description"]) field(value, key, STRING, at);
    field(value, "type", SCHEMA_TYPE, at);
    field(value, "required", STRINGS, at);
    field(value, "enum", LIST, at);
    eachOf(value, "properties", at, schema);
    for (const key of ["allOf", "oneOf", "anyOf", "prefixItems"]) eachItem(value, key, LIST, at, schema);
    if (field(value, "items", SCHEMA_OR_LIST, at)) {
      if (Array.isArray(value["items"])) eachItem(value, "items", LIST, at, schema);
      else if (isObject(value["items"])) schema(value["items"], `${at}/items`);
    }
    if (field(value, "additionalProperties", BOOLEAN_OR_SCHEMA, at) && isObject(value["additionalProperties"])) {
      schema(value["additionalProperties"], `${at}/additionalProperties`);
    }
    if (field(value, "discriminator", OBJECT, at)) {
      const d = value["discriminator"] as Json;
      field(d, "propertyName", STRING, `${at}/discriminator`);
      if (field(d, "mapping", OBJECT, `${at}/discriminator`)) {
        const mapping = d["mapping"] as Json;
        for (const key of Object.keys(mapping)) field(mapping, key, STRING, `${at}/discriminator/mapping`);
      }
    }
  };
  const media = (value: unknown, at: string): void => {
    if (!entry(value, at, "a media type object")) return;
    if (Object.prototype.hasOwnProperty.call(value, "schema")) schema(value["schema"], `${at}/schema`);
  };
  const parameter = (value: unknown, at: string): void => {
    if (!entry(value, at, "a parameter") || reference(value, at)) return;
    for (const key of ["description", "style"]) field(value, key, STRING, at);
    // Without a name the parameter cannot be passed (the model skips it); without a valid `in` it cannot be sent.
    if (typeof value["name"] !== "string") {
      const message = `a parameter needs a \`name\` (a string); found ${value["name"] === undefined ? "none" : describe(value["name"])}`;
      reporter.fallback("wrong-type", `${at}/name`, {
        message,
        fix: "name the parameter as it is sent",
        outcome: "the parameter is ignored",
      });
    }
    if (!LOCATION.test(value["in"])) {
      reporter.error(
        "wrong-type",
        `${at}/in`,
        `a parameter's \`in\` must be ${LOCATION.what}; found ${value["in"] === undefined ? "none" : describe(value["in"])}`,
        value["in"] === "body" || value["in"] === "formData"
          ? "describe the body with `requestBody` (OpenAPI 3), not a parameter"
          : "say where the parameter is sent, e.g. `in: query`",
      );
    }
    if (Object.prototype.hasOwnProperty.call(value, "schema")) schema(value["schema"], `${at}/schema`);
    eachOf(value, "content", at, media);
  };
  const requestBody = (value: unknown, at: string): void => {
    if (!entry(value, at, "a request body") || reference(value, at)) return;
    field(value, "description", STRING, at);
    eachOf(value, "content", at, media);
  };
  const response = (value: unknown, at: string): void => {
    if (!entry(value, at, "a response") || reference(value, at)) return;
    field(value, "description", STRING, at);
    eachOf(value, "content", at, media);
  };
  const operation = (value: unknown, at: string): void => {
    if (!entry(value, at, "an operation")) return;
    for (const key of ["operationId", "summary", "description", "x-sdk-resource", "x-sdk-method"])
      field(value, key, STRING, at);
    field(value, "tags", STRINGS, at);
    eachItem(value, "parameters", LIST, at, parameter);
    if (Object.prototype.hasOwnProperty.call(value, "requestBody"))
      requestBody(value["requestBody"], `${at}/requestBody`);
    eachOf(value, "responses", at, response);
  };
  const pathItem = (value: unknown, at: string): void => {
    if (!entry(value, at, "a path item") || reference(value, at)) return;
    eachItem(value, "parameters", LIST, at, parameter);
    for (const method of HTTP_METHODS)
      if (Object.prototype.hasOwnProperty.call(value, method)) operation(value[method], `${at}/${method}`);
  };

  eachItem(document, "servers", LIST, "", (server, at) => {
    if (entry(server, at, "a server")) field(server, "url", STRING, at);
  });
  if (isObject(document["paths"]))
    for (const [path, item] of Object.entries(document["paths"])) pathItem(item, pointerOf("paths", path));
  if (field(document, "components", OBJECT, "")) {
    const components = document["components"] as Json;
    eachOf(components, "schemas", "/components", schema);
    eachOf(components, "parameters", "/components", parameter);
    eachOf(components, "requestBodies", "/components", requestBody);
    eachOf(components, "responses", "/components", response);
  }
}

/** A short description of a value for a message: `true (a boolean)`, `a list`, `"…" (a string)`. */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  const text = JSON.stringify(value) ?? String(value);
  return `${text.length > 60 ? `${text.slice(0, 60)}…` : text} (a ${typeof value})`;
}
