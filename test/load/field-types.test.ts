// Every field a later stage reads is checked for its type when the description is loaded (generator/load/structure.ts):
// a mistyped field stops the run with its JSON pointer, what it must be, what was found and the fix; --lenient drops
// the field with a warning instead, so later stages only see well-typed fields. Exact lines: what a user reads.
import { describe, expect, it } from "vitest";
import { GeneratorError, Reporter } from "../../generator/diagnostics.js";
import { checkDocument } from "../../generator/load/load-document.js";

type Json = Record<string, unknown>;
const base = (extra: Json): Json => ({ openapi: "3.0.3", info: { title: "t", version: "1" }, paths: {}, ...extra });
const op = (o: Json) => base({ paths: { "/a": { get: { responses: {}, ...o } } } });
const schema = (s: unknown) => base({ components: { schemas: { S: s } } });
const param = (p: Json) => op({ parameters: [{ name: "q", in: "query", schema: { type: "string" }, ...p }] });

/** The diagnostics of checking `document`, one line each: `severity code pointer: message | fix`. */
function check(document: Json, lenient = false): string[] {
  const reporter = new Reporter("api.yaml", lenient);
  try {
    checkDocument(document, reporter);
  } catch (error) {
    if (!(error instanceof GeneratorError)) throw error;
  }
  return reporter.diagnostics.map((d) => `${d.severity} ${d.code} ${d.pointer}: ${d.message} | ${d.fix}`);
}

// [what, document, every diagnostic]
const ROWS: [string, Json, string[]][] = [
  [
    "servers that are not a list",
    base({ servers: { url: "x" } }),
    ["error wrong-type /servers: `servers` must be a list; found a mapping | make `servers` a list, or remove it"],
  ],
  [
    "a server that is not a mapping, a url that is not a string",
    base({ servers: ["https://x", { url: 1 }, { url: "https://y" }] }),
    [
      'error wrong-type /servers/0: a server must be a mapping; found "https://x" (a string) | write it as a mapping, or remove it',
      "error wrong-type /servers/1/url: `url` must be a string; found 1 (a number) | make `url` a string, or remove it",
    ],
  ],
  [
    "a path item that is not a mapping",
    base({ paths: { "/a": [] } }),
    ["error wrong-type /paths/~1a: a path item must be a mapping; found a list | write it as a mapping, or remove it"],
  ],
  [
    "a path item whose $ref is not a string",
    base({ paths: { "/a": { $ref: 1 } } }),
    [
      'error wrong-type /paths/~1a/$ref: `$ref` must be a string; found 1 (a number) | write the reference as a string, e.g. `$ref: "#/components/schemas/Contact"`',
    ],
  ],
  [
    "an operation that is not a mapping",
    base({ paths: { "/a": { get: "list", post: null } } }),
    [
      'error wrong-type /paths/~1a/get: an operation must be a mapping; found "list" (a string) | write it as a mapping, or remove it',
      "error wrong-type /paths/~1a/post: an operation must be a mapping; found null | write it as a mapping, or remove it",
    ],
  ],
  [
    "operation strings",
    op({ operationId: 123, summary: true, description: ["d"], "x-sdk-resource": null, "x-sdk-method": {} }),
    [
      'error wrong-type /paths/~1a/get/operationId: `operationId` must be a string; found 123 (a number) | quote it so it is a string, e.g. `operationId: "123"`',
      "error wrong-type /paths/~1a/get/summary: `summary` must be a string; found true (a boolean) | make `summary` a string, or remove it",
      "error wrong-type /paths/~1a/get/description: `description` must be a string; found a list | make `description` a string, or remove it",
      "error wrong-type /paths/~1a/get/x-sdk-resource: `x-sdk-resource` must be a string; found null | make `x-sdk-resource` a string, or remove it",
      "error wrong-type /paths/~1a/get/x-sdk-method: `x-sdk-method` must be a string; found a mapping | make `x-sdk-method` a string, or remove it",
    ],
  ],
  [
    "tags that are not strings",
    op({ tags: ["a", 2] }),
    [
      "error wrong-type /paths/~1a/get/tags: `tags` must be a list of strings; found a list | make `tags` a list of strings, or remove it",
    ],
  ],
  [
    "parameters that are not a list (path item and operation)",
    base({ paths: { "/a": { parameters: "q", get: { parameters: { q: 1 } } } } }),
    [
      'error wrong-type /paths/~1a/parameters: `parameters` must be a list; found "q" (a string) | make `parameters` a list, or remove it',
      "error wrong-type /paths/~1a/get/parameters: `parameters` must be a list; found a mapping | make `parameters` a list, or remove it",
    ],
  ],
  [
    "a parameter that is not a mapping",
    op({ parameters: ["q"] }),
    [
      'error wrong-type /paths/~1a/get/parameters/0: a parameter must be a mapping; found "q" (a string) | write it as a mapping, or remove it',
    ],
  ],
  [
    "a parameter reference whose $ref is not a string",
    op({ parameters: [{ $ref: 3 }] }),
    [
      'error wrong-type /paths/~1a/get/parameters/0/$ref: `$ref` must be a string; found 3 (a number) | write the reference as a string, e.g. `$ref: "#/components/schemas/Contact"`',
      "error wrong-type /paths/~1a/get/parameters/0/name: a parameter needs a `name` (a string); found none | name the parameter as it is sent",
      "error wrong-type /paths/~1a/get/parameters/0/in: a parameter's `in` must be one of path, query, header, cookie; found none | say where the parameter is sent, e.g. `in: query`",
    ],
  ],
  [
    "a parameter reference is not read further",
    base({
      paths: { "/a": { get: { parameters: [{ $ref: "#/components/parameters/P", in: "body" }] } } },
      components: { parameters: { P: { name: "p", in: "query", schema: { type: "string" } } } },
    }),
    [],
  ],
  [
    "parameter description and style",
    param({ description: 1, style: 2 }),
    [
      "error wrong-type /paths/~1a/get/parameters/0/description: `description` must be a string; found 1 (a number) | make `description` a string, or remove it",
      "error wrong-type /paths/~1a/get/parameters/0/style: `style` must be a string; found 2 (a number) | make `style` a string, or remove it",
    ],
  ],
  [
    "a parameter without a name",
    param({ name: undefined }),
    [
      "error wrong-type /paths/~1a/get/parameters/0/name: a parameter needs a `name` (a string); found none | name the parameter as it is sent",
    ],
  ],
  [
    "a parameter whose name is a number",
    param({ name: 7 }),
    [
      "error wrong-type /paths/~1a/get/parameters/0/name: a parameter needs a `name` (a string); found 7 (a number) | name the parameter as it is sent",
    ],
  ],
  [
    "a parameter without in",
    param({ in: undefined }),
    [
      "error wrong-type /paths/~1a/get/parameters/0/in: a parameter's `in` must be one of path, query, header, cookie; found none | say where the parameter is sent, e.g. `in: query`",
    ],
  ],
  [
    "a parameter in formData",
    param({ in: "formData" }),
    [
      'error wrong-type /paths/~1a/get/parameters/0/in: a parameter\'s `in` must be one of path, query, header, cookie; found "formData" (a string) | describe the body with `requestBody` (OpenAPI 3), not a parameter',
    ],
  ],
  [
    "a parameter in a made-up place",
    param({ in: "body-ish" }),
    [
      'error wrong-type /paths/~1a/get/parameters/0/in: a parameter\'s `in` must be one of path, query, header, cookie; found "body-ish" (a string) | say where the parameter is sent, e.g. `in: query`',
    ],
  ],
  [
    "a parameter in each valid place",
    base({
      paths: {
        "/a/{p}": {
          get: {
            parameters: ["path", "query", "header", "cookie"].map((l) => ({
              name: "p",
              in: l,
              required: true,
              schema: { type: "string" },
            })),
          },
        },
      },
    }),
    [],
  ],
  [
    "a parameter's schema and content",
    param({ schema: { type: 1 }, content: { "application/json": "x", "text/plain": { schema: { format: 2 } } } }),
    [
      "error wrong-type /paths/~1a/get/parameters/0/schema/type: `type` must be a type name or a list of type names; found 1 (a number) | make `type` a type name or a list of type names, or remove it",
      'error wrong-type /paths/~1a/get/parameters/0/content/application~1json: a media type object must be a mapping; found "x" (a string) | write it as a mapping, or remove it',
      "error wrong-type /paths/~1a/get/parameters/0/content/text~1plain/schema/format: `format` must be a string; found 2 (a number) | make `format` a string, or remove it",
    ],
  ],
  [
    "a parameter's content that is not a mapping",
    param({ content: [] }),
    [
      "error wrong-type /paths/~1a/get/parameters/0/content: `content` must be a mapping; found a list | make `content` a mapping, or remove it",
    ],
  ],
  [
    "a request body",
    op({ requestBody: { description: 1, content: { "application/json": { schema: { title: 5 } } } } }),
    [
      "error wrong-type /paths/~1a/get/requestBody/description: `description` must be a string; found 1 (a number) | make `description` a string, or remove it",
      "error wrong-type /paths/~1a/get/requestBody/content/application~1json/schema/title: `title` must be a string; found 5 (a number) | make `title` a string, or remove it",
    ],
  ],
  [
    "a request body that is not a mapping",
    op({ requestBody: "body" }),
    [
      'error wrong-type /paths/~1a/get/requestBody: a request body must be a mapping; found "body" (a string) | write it as a mapping, or remove it',
    ],
  ],
  [
    "a request body reference",
    op({ requestBody: { $ref: 1, description: 2 } }),
    [
      'error wrong-type /paths/~1a/get/requestBody/$ref: `$ref` must be a string; found 1 (a number) | write the reference as a string, e.g. `$ref: "#/components/schemas/Contact"`',
      "error wrong-type /paths/~1a/get/requestBody/description: `description` must be a string; found 2 (a number) | make `description` a string, or remove it",
    ],
  ],
  [
    "responses that are not a mapping",
    op({ responses: [] }),
    [
      "error wrong-type /paths/~1a/get/responses: `responses` must be a mapping; found a list | make `responses` a mapping, or remove it",
    ],
  ],
  [
    "a response",
    op({
      responses: {
        "200": { description: 1, content: { "application/json": { schema: { description: [] } } } },
        "404": 4,
      },
    }),
    [
      "error wrong-type /paths/~1a/get/responses/200/description: `description` must be a string; found 1 (a number) | make `description` a string, or remove it",
      "error wrong-type /paths/~1a/get/responses/200/content/application~1json/schema/description: `description` must be a string; found a list | make `description` a string, or remove it",
      "error wrong-type /paths/~1a/get/responses/404: a response must be a mapping; found 4 (a number) | write it as a mapping, or remove it",
    ],
  ],
  [
    "a response reference with a wrong $ref",
    op({ responses: { "200": { $ref: false, description: 1 } } }),
    [
      'error wrong-type /paths/~1a/get/responses/200/$ref: `$ref` must be a string; found false (a boolean) | write the reference as a string, e.g. `$ref: "#/components/schemas/Contact"`',
      "error wrong-type /paths/~1a/get/responses/200/description: `description` must be a string; found 1 (a number) | make `description` a string, or remove it",
    ],
  ],
  [
    "a schema that is not a mapping",
    schema(7),
    [
      "error wrong-type /components/schemas/S: a schema must be a mapping; found 7 (a number) | write it as a mapping, or remove it",
    ],
  ],
  [
    "a schema's $ref, format, title, description",
    schema({ $ref: 1 }),
    [
      'error wrong-type /components/schemas/S/$ref: `$ref` must be a string; found 1 (a number) | write the reference as a string, e.g. `$ref: "#/components/schemas/Contact"`',
    ],
  ],
  [
    "schema strings",
    schema({ format: 1, title: 2, description: 3 }),
    [
      "error wrong-type /components/schemas/S/format: `format` must be a string; found 1 (a number) | make `format` a string, or remove it",
      "error wrong-type /components/schemas/S/title: `title` must be a string; found 2 (a number) | make `title` a string, or remove it",
      "error wrong-type /components/schemas/S/description: `description` must be a string; found 3 (a number) | make `description` a string, or remove it",
    ],
  ],
  [
    "type: a number; a list with a number",
    base({
      components: {
        schemas: { A: { type: 1 }, B: { type: ["string", 2] }, C: { type: ["string", "null"] }, D: { type: "object" } },
      },
    }),
    [
      "error wrong-type /components/schemas/A/type: `type` must be a type name or a list of type names; found 1 (a number) | make `type` a type name or a list of type names, or remove it",
      "error wrong-type /components/schemas/B/type: `type` must be a type name or a list of type names; found a list | make `type` a type name or a list of type names, or remove it",
    ],
  ],
  [
    "required: true on a schema",
    schema({ required: true }),
    [
      "error wrong-type /components/schemas/S/required: `required` must be a list of strings; found true (a boolean) | list the required property names, e.g. `required: [id]` (`required: true` belongs on parameters, not on schemas)",
    ],
  ],
  [
    "enum that is not a list",
    schema({ enum: "a,b" }),
    [
      'error wrong-type /components/schemas/S/enum: `enum` must be a list; found "a,b" (a string) | make `enum` a list, or remove it',
    ],
  ],
  [
    "properties that are not a mapping; a property that is not a schema",
    base({ components: { schemas: { A: { properties: [] }, B: { properties: { x: "string", y: { type: 2 } } } } } }),
    [
      "error wrong-type /components/schemas/A/properties: `properties` must be a mapping; found a list | make `properties` a mapping, or remove it",
      'error wrong-type /components/schemas/B/properties/x: a schema must be a mapping; found "string" (a string) | write it as a mapping, or remove it',
      "error wrong-type /components/schemas/B/properties/y/type: `type` must be a type name or a list of type names; found 2 (a number) | make `type` a type name or a list of type names, or remove it",
    ],
  ],
  [
    "allOf, oneOf, anyOf, prefixItems not lists",
    schema({ allOf: {}, oneOf: "x", anyOf: 1, prefixItems: {} }),
    [
      "error wrong-type /components/schemas/S/allOf: `allOf` must be a list; found a mapping | make `allOf` a list, or remove it",
      'error wrong-type /components/schemas/S/oneOf: `oneOf` must be a list; found "x" (a string) | make `oneOf` a list, or remove it',
      "error wrong-type /components/schemas/S/anyOf: `anyOf` must be a list; found 1 (a number) | make `anyOf` a list, or remove it",
      "error wrong-type /components/schemas/S/prefixItems: `prefixItems` must be a list; found a mapping | make `prefixItems` a list, or remove it",
    ],
  ],
  [
    "allOf, oneOf, anyOf, prefixItems entries",
    schema({ allOf: [1], oneOf: [{ type: 1 }], anyOf: ["a"], prefixItems: [null] }),
    [
      "error wrong-type /components/schemas/S/allOf/0: a schema must be a mapping; found 1 (a number) | write it as a mapping, or remove it",
      "error wrong-type /components/schemas/S/oneOf/0/type: `type` must be a type name or a list of type names; found 1 (a number) | make `type` a type name or a list of type names, or remove it",
      'error wrong-type /components/schemas/S/anyOf/0: a schema must be a mapping; found "a" (a string) | write it as a mapping, or remove it',
      "error wrong-type /components/schemas/S/prefixItems/0: a schema must be a mapping; found null | write it as a mapping, or remove it",
    ],
  ],
  [
    "items: a string; a list with a bad entry; a schema with a bad field; a boolean",
    base({
      components: {
        schemas: {
          A: { items: "x" },
          B: { items: [{ type: "string" }, 1] },
          C: { items: { type: 1 } },
          D: { items: false },
        },
      },
    }),
    [
      'error wrong-type /components/schemas/A/items: `items` must be a schema, a boolean or a list of schemas; found "x" (a string) | make `items` a schema, a boolean or a list of schemas, or remove it',
      "error wrong-type /components/schemas/B/items/1: a schema must be a mapping; found 1 (a number) | write it as a mapping, or remove it",
      "error wrong-type /components/schemas/C/items/type: `type` must be a type name or a list of type names; found 1 (a number) | make `type` a type name or a list of type names, or remove it",
    ],
  ],
  [
    "additionalProperties",
    base({
      components: {
        schemas: {
          A: { additionalProperties: "yes" },
          B: { additionalProperties: { type: 1 } },
          C: { additionalProperties: true },
        },
      },
    }),
    [
      'error wrong-type /components/schemas/A/additionalProperties: `additionalProperties` must be true, false or a schema; found "yes" (a string) | make `additionalProperties` true, false or a schema, or remove it',
      "error wrong-type /components/schemas/B/additionalProperties/type: `type` must be a type name or a list of type names; found 1 (a number) | make `type` a type name or a list of type names, or remove it",
    ],
  ],
  [
    "discriminator",
    base({
      components: {
        schemas: {
          A: { discriminator: "kind" },
          B: { discriminator: { propertyName: 1, mapping: [] } },
          C: { discriminator: { propertyName: "k", mapping: { a: "#/x", b: 2 } } },
        },
      },
    }),
    [
      'error wrong-type /components/schemas/A/discriminator: `discriminator` must be a mapping; found "kind" (a string) | make `discriminator` a mapping, or remove it',
      "error wrong-type /components/schemas/B/discriminator/propertyName: `propertyName` must be a string; found 1 (a number) | make `propertyName` a string, or remove it",
      "error wrong-type /components/schemas/B/discriminator/mapping: `mapping` must be a mapping; found a list | make `mapping` a mapping, or remove it",
      "error wrong-type /components/schemas/C/discriminator/mapping/b: `b` must be a string; found 2 (a number) | make `b` a string, or remove it",
    ],
  ],
  [
    "components that are not a mapping",
    base({ components: [] }),
    [
      "error wrong-type /components: `components` must be a mapping; found a list | make `components` a mapping, or remove it",
    ],
  ],
  [
    "component maps that are not mappings",
    base({ components: { schemas: [], parameters: 1, requestBodies: "x", responses: true } }),
    [
      "error wrong-type /components/schemas: `schemas` must be a mapping; found a list | make `schemas` a mapping, or remove it",
      "error wrong-type /components/parameters: `parameters` must be a mapping; found 1 (a number) | make `parameters` a mapping, or remove it",
      'error wrong-type /components/requestBodies: `requestBodies` must be a mapping; found "x" (a string) | make `requestBodies` a mapping, or remove it',
      "error wrong-type /components/responses: `responses` must be a mapping; found true (a boolean) | make `responses` a mapping, or remove it",
    ],
  ],
  [
    "component entries",
    base({ components: { parameters: { P: 1 }, requestBodies: { B: 2 }, responses: { R: 3 } } }),
    [
      "error wrong-type /components/parameters/P: a parameter must be a mapping; found 1 (a number) | write it as a mapping, or remove it",
      "error wrong-type /components/requestBodies/B: a request body must be a mapping; found 2 (a number) | write it as a mapping, or remove it",
      "error wrong-type /components/responses/R: a response must be a mapping; found 3 (a number) | write it as a mapping, or remove it",
    ],
  ],
  [
    "how found values are described",
    base({
      components: {
        schemas: {
          A: { title: null },
          B: { title: {} },
          C: { enum: "x".repeat(70) },
          D: { title: 1.5 },
          E: { title: false },
          F: { title: [] },
        },
      },
    }),
    [
      "error wrong-type /components/schemas/A/title: `title` must be a string; found null | make `title` a string, or remove it",
      "error wrong-type /components/schemas/B/title: `title` must be a string; found a mapping | make `title` a string, or remove it",
      'error wrong-type /components/schemas/C/enum: `enum` must be a list; found "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (a string) | make `enum` a list, or remove it',
      "error wrong-type /components/schemas/D/title: `title` must be a string; found 1.5 (a number) | make `title` a string, or remove it",
      "error wrong-type /components/schemas/E/title: `title` must be a string; found false (a boolean) | make `title` a string, or remove it",
      "error wrong-type /components/schemas/F/title: `title` must be a string; found a list | make `title` a string, or remove it",
    ],
  ],
  ["a field present as undefined is absent", schema({ type: undefined, title: undefined }), []],
  [
    "a path key with / and ~ in the pointer",
    base({ paths: { "/a~b/{c}": { get: { operationId: 1, responses: {} } } } }),
    [
      'error wrong-type /paths/~1a~0b~1{c}/get/operationId: `operationId` must be a string; found 1 (a number) | quote it so it is a string, e.g. `operationId: "123"`',
    ],
  ],
];

describe("a field of the wrong type stops the run, named by its pointer", () => {
  it.each(ROWS)("%s", (_what, document, diagnostics) => {
    expect(check(document)).toEqual(diagnostics);
  });
});

describe("--lenient", () => {
  it("drops each mistyped field with a warning that says so, and keeps the rest", () => {
    const document = base({
      servers: ["https://x", { url: 1 }],
      paths: {
        "/a": {
          get: {
            operationId: 123,
            parameters: [{ in: "query", schema: { type: "string" } }],
            responses: {
              "200": {
                description: "ok",
                content: { "application/json": { schema: { required: true, type: "object" } } },
              },
            },
          },
        },
      },
    });
    expect(check(document, true)).toEqual([
      'warning wrong-type /servers/0: a server must be a mapping; found "https://x" (a string); ignored | write it as a mapping, or remove it',
      "warning wrong-type /servers/1/url: `url` must be a string; found 1 (a number); ignored | make `url` a string, or remove it",
      'warning wrong-type /paths/~1a/get/operationId: `operationId` must be a string; found 123 (a number); ignored | quote it so it is a string, e.g. `operationId: "123"`',
      "warning wrong-type /paths/~1a/get/parameters/0/name: a parameter needs a `name` (a string); found none; the parameter is ignored | name the parameter as it is sent",
      "warning wrong-type /paths/~1a/get/responses/200/content/application~1json/schema/required: `required` must be a list of strings; found true (a boolean); ignored | list the required property names, e.g. `required: [id]` (`required: true` belongs on parameters, not on schemas)",
    ]);
    // What the later stages read: the mistyped fields are gone, the rest is as written.
    expect(document["servers"]).toEqual(["https://x", {}]);
    const get = (document["paths"] as Json)["/a"] as { get: Json };
    expect(get.get).toEqual({
      parameters: [{ in: "query", schema: { type: "string" } }],
      responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } } },
    });
  });

  it("a parameter's `in` is still an error: the request could not be sent", () => {
    expect(check(param({ in: "body" }), true)).toEqual([
      'error wrong-type /paths/~1a/get/parameters/0/in: a parameter\'s `in` must be one of path, query, header, cookie; found "body" (a string) | describe the body with `requestBody` (OpenAPI 3), not a parameter',
    ]);
  });
});
