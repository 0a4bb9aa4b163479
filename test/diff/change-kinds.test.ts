// Every kind of change the API-surface diff knows, each from two small in-memory descriptions (the old and the new
// version) to the exact changes a user of `npm run diff` sees: kind, severity and message. The list of changes is
// compared whole, so a row also fails when something else is reported. Severity is the user's view: breaking for
// code that compiled against the old SDK and no longer does (or no longer handles what it gets).
import { describe, expect, it } from "vitest";
import type { ChangeKind } from "../../generator/diff/diff-models.js";
import {
  body,
  changes,
  create,
  description,
  find,
  type Json,
  json,
  list,
  object,
  page,
  paginated,
  query,
  response,
  str,
} from "./documents.js";

/** One row: what changed between the two versions, and every change the diff reports for it. */
interface Row {
  what: string;
  before: Json;
  after: Json;
  expected: [ChangeKind, string][];
}

// Each kind has at least one row (the type makes a kind without rows a compile error in `npm run typecheck`).
const ROWS: { [K in ChangeKind]: Row[] } = {
  "operation-added": [
    {
      what: "a new operation",
      before: description({}),
      after: description(find()),
      expected: [["operation-added", "non-breaking things.find: operation added (`GET /things/{id}`)"]],
    },
  ],
  "operation-removed": [
    {
      what: "an operation gone",
      before: description(find()),
      after: description({}),
      expected: [["operation-removed", "BREAKING things.find: operation removed"]],
    },
    {
      what: "an operation renamed (same route, new SDK name)",
      before: description(find()),
      after: description({ "GET /things/{id}": { method: "get" } }),
      expected: [
        ["operation-removed", "BREAKING things.find: operation removed (`GET /things/{id}` is now `things.get`)"],
        ["operation-added", "non-breaking things.get: operation added (`GET /things/{id}`)"],
      ],
    },
  ],
  "route-changed": [
    {
      what: "same SDK name, new route",
      before: description(find()),
      after: description({ "GET /items/{id}": { method: "find" } }),
      expected: [
        [
          "route-changed",
          "non-breaking things.find: route changed from `GET /things/{id}` to `GET /items/{id}` (calls keep compiling and reach the new route)",
        ],
      ],
    },
  ],
  "operation-deprecated": [
    {
      what: "deprecated: true",
      before: description(find()),
      after: description(find({ deprecated: true })),
      expected: [["operation-deprecated", "non-breaking things.find: operation deprecated"]],
    },
  ],
  "parameter-moved": [
    {
      what: "a query parameter now sent as a header",
      before: description(list({ parameters: [query("locale")] })),
      after: description(list({ parameters: [{ ...query("locale"), in: "header" }] })),
      expected: [
        ["parameter-moved", "non-breaking things.list: parameter `locale` moved from the query to the header"],
      ],
    },
  ],
  "body-added": [
    {
      what: "a required body",
      before: description(create()),
      after: description(create(body(object({ name: str })))),
      expected: [["body-added", "BREAKING things.create: required request body added"]],
    },
    {
      what: "an optional body",
      before: description(create()),
      after: description(create(body(object({ name: str }), false))),
      expected: [["body-added", "non-breaking things.create: optional request body added"]],
    },
  ],
  "body-removed": [
    {
      what: "the body gone",
      before: description(create(body(object({ name: str })))),
      after: description(create()),
      expected: [["body-removed", "BREAKING things.create: request body removed"]],
    },
  ],
  "body-moved": [
    {
      what: "an object body (spread into the arguments) becomes an array (one argument)",
      before: description(create(body(object({ name: str })))),
      after: description(create(body({ type: "array", items: str }))),
      expected: [
        [
          "body-moved",
          "BREAKING things.create: request body moved from its fields spread into the arguments to the `body` argument",
        ],
      ],
    },
  ],
  "body-media-type-changed": [
    {
      what: "JSON → form-encoded, same fields",
      before: description(create(body(object({ name: str })))),
      after: description(create(body(object({ name: str }), true, "application/x-www-form-urlencoded"))),
      expected: [
        [
          "body-media-type-changed",
          "non-breaking things.create: request body is now sent as form-urlencoded (was json)",
        ],
      ],
    },
  ],
  "response-kind-changed": [
    {
      what: "JSON → binary",
      before: description(find()),
      after: description(
        find({
          responses: {
            "200": {
              description: "pdf",
              content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
            },
          },
        }),
      ),
      expected: [["response-kind-changed", "BREAKING things.find: response changed from JSON to binary"]],
    },
    {
      what: "no body → JSON (nothing was read before)",
      before: description(find({ responses: { "204": { description: "none" } } })),
      after: description(find()),
      expected: [["response-kind-changed", "non-breaking things.find: response changed from no body to JSON"]],
    },
  ],
  "response-may-be-empty": [
    {
      what: "a 204 beside the 200",
      before: description(find()),
      after: description(find({ responses: { "200": json(object({ id: str })), "204": { description: "nothing" } } })),
      expected: [["response-may-be-empty", "BREAKING things.find: response may now be empty (`undefined`)"]],
    },
  ],
  "response-always-present": [
    {
      what: "the 204 gone",
      before: description(find({ responses: { "200": json(object({ id: str })), "204": { description: "nothing" } } })),
      after: description(find()),
      expected: [["response-always-present", "non-breaking things.find: response is never empty any more"]],
    },
  ],
  "pagination-added": [
    {
      what: "x-pagination declared",
      before: description(list({ parameters: [query("starting_after")], ...response(page) })),
      after: description(paginated()),
      expected: [
        [
          "pagination-added",
          "BREAKING things.list: now paginated: the call returns a `PagePromise` that resolves to a `Page`",
        ],
      ],
    },
  ],
  "pagination-removed": [
    {
      what: "x-pagination dropped",
      before: description(paginated()),
      after: description(list({ parameters: [query("starting_after")], ...response(page) })),
      expected: [
        ["pagination-removed", "BREAKING things.list: no longer paginated: the call resolves to the response body"],
      ],
    },
  ],
  "pagination-changed": [
    {
      what: "items under another key",
      before: description(paginated()),
      after: description(
        list({
          parameters: [query("starting_after")],
          ...response(
            object({
              data: (page.properties as Json)["data"],
              items: { type: "array", items: object({ id: str }) },
              next: str,
            }),
          ),
          "x-pagination": { style: "cursor", items: "items", cursorParam: "starting_after", nextCursor: "next" },
        }),
      ),
      expected: [
        // The response gained `items` and lost nothing; the paging changed which list the pages iterate.
        ["field-added", "non-breaking things.list: response field `items` added (optional)"],
        [
          "pagination-changed",
          "non-breaking things.list: pagination changed from cursor over `data` to cursor over `items`",
        ],
      ],
    },
  ],
  "model-added": [
    {
      what: "a new schema used by a response",
      before: description(find()),
      after: description(find(response({ $ref: "#/components/schemas/Thing" })), { Thing: object({ id: str }) }),
      expected: [["model-added", "non-breaking Thing: model added"]],
    },
    {
      what: "a read-only field gives the model a request-side variant",
      before: description(create(body({ $ref: "#/components/schemas/Thing" })), { Thing: object({ name: str }) }),
      after: description(create(body({ $ref: "#/components/schemas/Thing" })), {
        Thing: object({ name: str, id: { ...str, readOnly: true } }),
      }),
      // Thing is only written (a request body) and a read-only field is never written: no change to Thing itself.
      expected: [["model-added", "non-breaking ThingInput: request-side variant added (without the read-only fields)"]],
    },
  ],
  "model-removed": [
    {
      what: "a schema no longer used",
      before: description(find(response({ $ref: "#/components/schemas/Thing" })), { Thing: object({ id: str }) }),
      after: description(find()),
      expected: [["model-removed", "BREAKING Thing: model removed"]],
    },
    {
      what: "the last read-only field gone takes the request-side variant with it",
      before: description(create(body({ $ref: "#/components/schemas/Thing" })), {
        Thing: object({ name: str, id: { ...str, readOnly: true } }),
      }),
      after: description(create(body({ $ref: "#/components/schemas/Thing" })), { Thing: object({ name: str }) }),
      expected: [["model-removed", "BREAKING ThingInput: request-side variant removed (no read-only fields left)"]],
    },
  ],
  "field-added": [
    {
      what: "an optional body field",
      before: description(create(body(object({ name: str })))),
      after: description(create(body(object({ name: str, email: str })))),
      expected: [["field-added", "non-breaking things.create: body field `email` added (optional)"]],
    },
    {
      what: "a required body field (old calls lack it)",
      before: description(create(body(object({ name: str })))),
      after: description(create(body(object({ name: str, email: str }, { required: ["email"] })))),
      expected: [["field-added", "BREAKING things.create: body field `email` added (required)"]],
    },
    {
      what: "a required response field (readers just get more)",
      before: description(find()),
      after: description(find(response(object({ id: str, name: str }, { required: ["name"] })))),
      expected: [["field-added", "non-breaking things.find: response field `name` added (required)"]],
    },
    {
      what: "a required query parameter",
      before: description(list()),
      after: description(list({ parameters: [query("q", { required: true })] })),
      expected: [["field-added", "BREAKING things.list: parameter `q` added (required)"]],
    },
  ],
  "field-removed": [
    {
      what: "a response field",
      before: description(find(response(object({ id: str, name: str })))),
      after: description(find()),
      expected: [["field-removed", "BREAKING things.find: response field `name` removed"]],
    },
    {
      what: "a query parameter",
      before: description(list({ parameters: [query("q")] })),
      after: description(list()),
      expected: [["field-removed", "BREAKING things.list: parameter `q` removed"]],
    },
  ],
  "made-required": [
    {
      what: "a body field",
      before: description(create(body(object({ name: str })))),
      after: description(create(body(object({ name: str }, { required: ["name"] })))),
      expected: [["made-required", "BREAKING things.create: body field `name` is now required"]],
    },
    {
      what: "a response field",
      before: description(find()),
      after: description(find(response(object({ id: str }, { required: ["id"] })))),
      expected: [["made-required", "non-breaking things.find: response field `id` is now required"]],
    },
  ],
  "made-optional": [
    {
      what: "a response field",
      before: description(find(response(object({ id: str }, { required: ["id"] })))),
      after: description(find()),
      expected: [["made-optional", "BREAKING things.find: response field `id` is now optional"]],
    },
    {
      what: "a body field",
      before: description(create(body(object({ name: str }, { required: ["name"] })))),
      after: description(create(body(object({ name: str })))),
      expected: [["made-optional", "non-breaking things.create: body field `name` is now optional"]],
    },
  ],
  "made-nullable": [
    {
      what: "a response field",
      before: description(find()),
      after: description(find(response(object({ id: { ...str, nullable: true } })))),
      expected: [["made-nullable", "BREAKING things.find: response field `id` is now nullable"]],
    },
    {
      what: "a body field",
      before: description(create(body(object({ name: str })))),
      after: description(create(body(object({ name: { ...str, nullable: true } })))),
      expected: [["made-nullable", "non-breaking things.create: body field `name` is now nullable"]],
    },
  ],
  "made-non-nullable": [
    {
      what: "a body field",
      before: description(create(body(object({ name: { ...str, nullable: true } })))),
      after: description(create(body(object({ name: str })))),
      expected: [["made-non-nullable", "BREAKING things.create: body field `name` is no longer nullable"]],
    },
    {
      what: "a response field",
      before: description(find(response(object({ id: { ...str, nullable: true } })))),
      after: description(find()),
      expected: [["made-non-nullable", "non-breaking things.find: response field `id` is no longer nullable"]],
    },
  ],
  "type-changed": [
    {
      what: "string → integer",
      before: description(find()),
      after: description(find(response(object({ id: { type: "integer" } })))),
      expected: [["type-changed", "BREAKING things.find: response field `id` changed type from `string` to `integer`"]],
    },
  ],
  "type-widened": [
    {
      what: "a response enum → any string",
      before: description(find(response(object({ id: { type: "string", enum: ["a"] } })))),
      after: description(find()),
      expected: [["type-widened", 'BREAKING things.find: response field `id` widened from `"a"` to `string`']],
    },
    {
      what: "a body field: string → string or number (old calls still fit)",
      before: description(create(body(object({ name: str })))),
      after: description(create(body(object({ name: { oneOf: [str, { type: "number" }] } })))),
      expected: [
        ["type-widened", "non-breaking things.create: body field `name` widened from `string` to `string | number`"],
      ],
    },
  ],
  "type-narrowed": [
    {
      what: "a query parameter: any string → an enum",
      before: description(list({ parameters: [query("order")] })),
      after: description(list({ parameters: [query("order", { schema: { type: "string", enum: ["asc", "desc"] } })] })),
      expected: [
        ["type-narrowed", 'BREAKING things.list: parameter `order` narrowed from `string` to `"asc" | "desc"`'],
      ],
    },
  ],
  "enum-values-added": [
    {
      what: "a response enum (old switch statements miss it)",
      before: description(find(response(object({ id: { type: "string", enum: ["a"] } })))),
      after: description(find(response(object({ id: { type: "string", enum: ["a", "b"] } })))),
      expected: [["enum-values-added", 'BREAKING things.find: response field `id` has new values "b"']],
    },
    {
      what: "a body enum",
      before: description(create(body(object({ kind: { type: "string", enum: ["a"] } })))),
      after: description(create(body(object({ kind: { type: "string", enum: ["a", "b"] } })))),
      expected: [["enum-values-added", 'non-breaking things.create: body field `kind` has new values "b"']],
    },
  ],
  "enum-values-removed": [
    {
      what: "a body enum (old calls may send it)",
      before: description(create(body(object({ kind: { type: "string", enum: ["a", "b"] } })))),
      after: description(create(body(object({ kind: { type: "string", enum: ["a"] } })))),
      expected: [["enum-values-removed", 'BREAKING things.create: body field `kind` lost values "b"']],
    },
    {
      what: "a response enum",
      before: description(find(response(object({ id: { type: "string", enum: ["a", "b"] } })))),
      after: description(find(response(object({ id: { type: "string", enum: ["a"] } })))),
      expected: [["enum-values-removed", 'non-breaking things.find: response field `id` lost values "b"']],
    },
  ],
  "additional-properties-added": [
    {
      what: "a response object opened",
      before: description(find()),
      after: description(find(response(object({ id: str }, { additionalProperties: str })))),
      expected: [
        ["additional-properties-added", "non-breaking things.find: response now allows additional properties"],
      ],
    },
  ],
  "additional-properties-removed": [
    {
      what: "a body object closed",
      before: description(create(body(object({ name: str }, { additionalProperties: str })))),
      after: description(create(body(object({ name: str })))),
      expected: [
        [
          "additional-properties-removed",
          "BREAKING things.create: request body no longer allows additional properties",
        ],
      ],
    },
  ],
};

describe("the diff's change kinds, one table row each (input → the changes reported)", () => {
  const rows = Object.entries(ROWS).flatMap(([kind, rows]) =>
    rows.map((row) => [`${kind}: ${row.what}`, row] as const),
  );
  it.each(rows)("%s", (_name, row) => {
    expect(changes(row.before, row.after)).toEqual(row.expected);
  });

  it("identical descriptions: no change at all", () => {
    for (const [, row] of rows) expect(changes(row.after, structuredClone(row.after))).toEqual([]);
  });
});

describe("union alternatives are paired by likeness, whatever their order", () => {
  // A small and a large object alternative, each gaining one field. Likeness is the share of field names two
  // alternatives have in common among all the names of both: the small one is most like the small one.
  const small = (extra: Json = {}) => object({ name: str, email: str, ...extra });
  const large = (extra: Json = {}) =>
    object({ name: str, email: str, street: str, city: str, zip: str, country: str, ...extra });
  const union = (...variants: Json[]) => description(find(response({ oneOf: variants })));
  const before = union(small(), large());

  it.each([
    ["same order", union(small({ phone: str }), large({ region: str }))],
    ["large one first", union(large({ region: str }), small({ phone: str }))],
  ])("%s: only the two added fields, nothing removed", (_order, after) => {
    expect(changes(before, after)).toEqual([
      ["field-added", "non-breaking things.find: response field `phone` added (optional)"],
      ["field-added", "non-breaking things.find: response field `region` added (optional)"],
    ]);
  });

  // The small alternative loses a field, the large one gains one: only that loss is breaking, in every order.
  const lost = object({ name: str, email: str });
  it.each([
    ["old small first, new small first", [small({ phone: str }), large()], [lost, large({ region: str })]],
    ["old small first, new large first", [small({ phone: str }), large()], [large({ region: str }), lost]],
    ["old large first, new small first", [large(), small({ phone: str })], [lost, large({ region: str })]],
    ["old large first, new large first", [large(), small({ phone: str })], [large({ region: str }), lost]],
  ])("%s: the lost field and the added one, nothing else", (_order, old, now) => {
    const found = changes(union(...old), union(...now));
    expect(found).toHaveLength(2);
    expect(found).toContainEqual(["field-removed", "BREAKING things.find: response field `phone` removed"]);
    expect(found).toContainEqual(["field-added", "non-breaking things.find: response field `region` added (optional)"]);
  });
});

describe("where a change is and how its types are shown", () => {
  const field = (schema: Json, extra: Json = {}) => object({ id: str, f: schema }, extra);
  const inResponse = (schema: Json, schemas: Json = {}) => description(find(response(field(schema))), schemas);
  const inBody = (schema: Json) => description(create(body(field(schema))));
  const letters = ["a", "b", "c", "d", "e", "f"];
  const rows: [string, Json, Json, [ChangeKind, string][]][] = [
    [
      "inside array items: `f[].id`",
      inResponse({ type: "array", items: object({ id: str }) }),
      inResponse({ type: "array", items: object({ id: { type: "integer" } }) }),
      [["type-changed", "BREAKING things.find: response field `f[].id` changed type from `string` to `integer`"]],
    ],
    [
      "inside a map: `f[key]`",
      inResponse({ type: "object", additionalProperties: str }),
      inResponse({ type: "object", additionalProperties: { type: "integer" } }),
      [["type-changed", "BREAKING things.find: response field `f[key]` changed type from `string` to `integer`"]],
    ],
    [
      "an object of more than three fields is shown by its first three",
      inResponse(object({ a: str, b: str, c: str, d: str })),
      inResponse(str),
      [["type-changed", "BREAKING things.find: response field `f` changed type from `{ a, b, c, … }` to `string`"]],
    ],
    [
      "a map and an array of unions are shown as such",
      inResponse({ type: "object", additionalProperties: str }),
      inResponse({ type: "array", items: { oneOf: [str, { type: "integer" }] } }),
      [
        [
          "type-changed",
          "BREAKING things.find: response field `f` changed type from `{ [key]: string }` to `Array<string | integer>`",
        ],
      ],
    ],
    [
      "an enum of more than five values is shown by its first five",
      inResponse({ type: "string", enum: letters }),
      inResponse(str),
      [
        [
          "type-widened",
          'BREAKING things.find: response field `f` widened from `"a" | "b" | "c" | "d" | "e" | …` to `string`',
        ],
      ],
    ],
    [
      "a union gains an alternative (response: breaking)",
      inResponse(str),
      inResponse({ oneOf: [str, { type: "integer" }] }),
      [["type-widened", "BREAKING things.find: response field `f` widened from `string` to `string | integer`"]],
    ],
    [
      "a union loses one alternative and gains another",
      inResponse({ oneOf: [str, { type: "integer" }] }),
      inResponse({ oneOf: [str, { type: "boolean" }] }),
      [
        [
          "type-changed",
          "BREAKING things.find: response field `f` changed type from `string | integer` to `string | boolean`",
        ],
      ],
    ],
    [
      "a union loses an alternative (body: breaking)",
      inBody({ oneOf: [str, { type: "integer" }] }),
      inBody(str),
      [["type-narrowed", "BREAKING things.create: body field `f` narrowed from `string | integer` to `string`"]],
    ],
    [
      "an enum alternative replaced by its primitive is a widening, not a loss",
      inBody({ oneOf: [{ type: "string", enum: ["a"] }, { type: "integer" }] }),
      inBody({ oneOf: [str, { type: "integer" }] }),
      [
        [
          "type-widened",
          'non-breaking things.create: body field `f` widened from `"a" | integer` to `string | integer`',
        ],
      ],
    ],
    [
      "a nullable union stays nullable: only the alternatives are compared",
      inResponse({ oneOf: [str, { type: "integer" }], nullable: true }),
      inResponse({ oneOf: [str, { type: "boolean" }], nullable: true }),
      [
        [
          "type-changed",
          "BREAKING things.find: response field `f` changed type from `string | integer` to `string | boolean`",
        ],
      ],
    ],
    [
      "untyped → string (response readers only get more precise: non-breaking)",
      inResponse({}),
      inResponse(str),
      [["type-narrowed", "non-breaking things.find: response field `f` narrowed from `unknown` to `string`"]],
    ],
    [
      "string → untyped in a body (writers may send anything: non-breaking)",
      inBody(str),
      inBody({}),
      [["type-widened", "non-breaking things.create: body field `f` widened from `string` to `unknown`"]],
    ],
    [
      "a model's property referring to another model (compared by name)",
      description(find(response({ $ref: "#/components/schemas/Holder" })), {
        Holder: object({ p: { $ref: "#/components/schemas/A" } }),
        A: object({ id: str }),
        B: object({ id: str }),
      }),
      description(find(response({ $ref: "#/components/schemas/Holder" })), {
        Holder: object({ p: { $ref: "#/components/schemas/B" } }),
        A: object({ id: str }),
        B: object({ id: str }),
      }),
      [["type-changed", "BREAKING Holder: property `p` changed type from `A` to `B`"]],
    ],
  ];
  it.each(rows)("%s", (_what, before, after, expected) => {
    expect(changes(before, after)).toEqual(expected);
  });
});

describe("what the SDK does not type is not compared", () => {
  const content = (type: string, schema: Json = str): Json => ({ content: { [type]: { schema } } });
  it("a text response that gains a binary alternative still resolves to a string: nothing to report", () => {
    const before = description(find({ responses: { "200": { description: "text", ...content("text/plain") } } }));
    const after = description(
      find({
        responses: {
          "200": { description: "text", ...content("text/plain") },
          "201": { description: "pdf", ...content("application/pdf", { type: "string", format: "binary" }) },
        },
      }),
    );
    expect(changes(before, after)).toEqual([]);
  });
});
