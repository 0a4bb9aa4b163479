// generator/model/samples.ts: the sample call of each operation, from the description's own example values, fitted
// to the argument's type (placeholders where the type requires a value the description does not give).
import { describe, expect, it } from "vitest";
import type { SampleValue } from "../../generator/model/types.js";
import { type Doc, ok, operations, rows, str } from "./rows.js";

/** A sample as the docs show it; a placeholder (no value in the description) in ‹›. */
function show(v: SampleValue | undefined): string | undefined {
  if (!v) return undefined;
  switch (v.kind) {
    case "json":
      return v.placeholder ? `‹${JSON.stringify(v.value)}›` : JSON.stringify(v.value);
    case "bytes":
      return "bytes";
    case "array":
      return `[${v.items.map(show).join(", ")}]`;
    case "object":
      return v.fields.length ? `{ ${v.fields.map((f) => `${f.name}: ${show(f.value)}`).join(", ")} }` : "{}";
    default:
      return `not a sample value: ${JSON.stringify(v)}`;
  }
}

const int = { type: "integer" };
const query = (name: string, extra: Doc = {}) => ({ name, in: "query", schema: str, ...extra });
/** POST /things with these parameters (and body). */
const post = (parameters: unknown[], extra: Doc = {}): Doc => ({
  "/things": { post: { operationId: "createThing", parameters, ...extra, responses: ok } },
});
/** POST /things with this JSON body (required) and no parameters. */
const sent = (media: Doc, parameters: unknown[] = []) =>
  post(parameters, { requestBody: { required: true, content: { "application/json": media } } });

const components = {
  schemas: {
    Pet: {
      type: "object",
      properties: { name: { type: "string", example: "Rex" }, age: { type: "integer", example: 3 } },
      required: ["name"],
    },
    Tag: { type: "object", properties: { tag: { type: "string", example: "t" }, name: str } },
    Node: {
      type: "object",
      properties: { name: { type: "string", example: "n" }, child: { $ref: "#/components/schemas/Node" } },
    },
    Chain: { type: "object", properties: { next: { $ref: "#/components/schemas/Chain" } }, required: ["next"] },
    Req1: { type: "object", properties: { id: str, one: int }, required: ["id", "one"] },
    Req2: {
      type: "object",
      properties: { id: str, two: { type: "boolean" }, ro: { type: "string", readOnly: true } },
      required: ["id", "two", "ro"],
    },
    NamedTag: { type: "object", properties: { tag: str, name: str } },
    Any: {},
    NumName: { type: "object", properties: { name: int }, required: ["name"] },
    Maybe2: { oneOf: [{ $ref: "#/components/schemas/Color" }, { $ref: "#/components/schemas/MaybeText" }] },
    List: { type: "array", items: { $ref: "#/components/schemas/List" } },
    Tree: { oneOf: [{ type: "object", properties: { t: { $ref: "#/components/schemas/Tree" } } }, str] },
    ViaUnion: {
      type: "object",
      required: ["u"],
      properties: { u: { oneOf: [{ $ref: "#/components/schemas/ViaUnion" }, str] } },
    },
    ViaTuple: {
      type: "object",
      required: ["t"],
      properties: { t: { type: "array", prefixItems: [{ $ref: "#/components/schemas/ViaTuple" }] } },
    },
    ViaAllOf: {
      type: "object",
      required: ["i"],
      properties: { i: { allOf: [{ $ref: "#/components/schemas/ViaAllOf" }, { $ref: "#/components/schemas/Req1" }] } },
    },
    MaybeText: { type: "string", nullable: true },
    Color: { type: "string", enum: ["red", "green"] },
  },
  parameters: { Limit: { name: "limit", in: "query", schema: int, example: 20 } },
  examples: { Word: { value: "from-components" }, Rex: { value: { name: "Rex", age: 9 } } },
  requestBodies: {
    PetBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } },
  },
};

/** `{ name, child: { name, child: … } }`, ten levels. */
const NESTED = Array.from({ length: 10 }).reduce<Doc>((child, _, i) => ({ name: `n${9 - i}`, child }), { name: "end" });

/** Required objects nested inline, a string eight levels down. */
const DEEP = Array.from({ length: 8 }).reduce<Doc>(
  (inner) => ({ type: "object", required: ["a"], properties: { a: inner } }),
  str,
);

describe("model documents: samples", () => {
  rows(
    [
      // Parameters.
      [
        "a parameter's own example wins over its examples and its schema's",
        post([
          query("q", {
            example: "own",
            examples: { a: { value: "listed" } },
            schema: { type: "string", example: "schema" },
          }),
        ]),
        '{ q: "own" }',
      ],
      [
        "else the first of its examples, a $ref to components/examples too",
        post([
          query("q", {
            examples: { a: { $ref: "#/components/examples/Word" }, b: { value: "second" } },
            schema: { type: "string", example: "schema" },
          }),
        ]),
        '{ q: "from-components" }',
      ],
      [
        "else its schema's example",
        post([query("q", { schema: { type: "string", example: "schema" } })]),
        '{ q: "schema" }',
      ],
      [
        "path-level parameters first, a $ref parameter's example too",
        {
          "/things/{id}": {
            parameters: [{ name: "id", in: "path", required: true, schema: str, example: "t1" }],
            get: { operationId: "getThing", parameters: [{ $ref: "#/components/parameters/Limit" }], responses: ok },
          },
        },
        '{ id: "t1", limit: 20 }',
      ],
      [
        "required parameters without a value get placeholders: …, 1, true, the first enum value",
        post([
          query("s", { required: true }),
          query("n", { required: true, schema: { type: "number" } }),
          query("i", { required: true, schema: int }),
          query("b", { required: true, schema: { type: "boolean" } }),
          query("c", { required: true, schema: { $ref: "#/components/schemas/Color" } }),
          query("opt"),
        ]),
        '{ s: ‹"…"›, n: ‹1›, i: ‹1›, b: ‹true›, c: ‹"red"› }',
      ],
      ["an optional argument the description has no value for: no sample", post([query("opt")]), undefined],
      ["no parameters and no body: no sample", post([]), undefined],
      [
        "values of the wrong type are left out (a placeholder when required)",
        post([
          query("i", { required: true, schema: int, example: 1.5 }),
          query("n", { schema: { type: "number" }, example: 1.5 }),
          query("s", { example: 5 }),
          query("b", { schema: { type: "boolean" }, example: "yes" }),
          query("c", { schema: { $ref: "#/components/schemas/Color" }, example: "blue" }),
          query("d", { schema: { $ref: "#/components/schemas/Color" }, example: "green" }),
          query("u", { schema: {}, example: { any: ["thing"] } }),
        ]),
        '{ i: ‹1›, n: 1.5, d: "green", u: {"any":["thing"]} }',
      ],

      // The request body.
      [
        "a body's media example wins over its examples and its schema's, merged after the parameters",
        sent(
          {
            example: { name: "Media" },
            examples: { a: { value: { name: "Listed" } } },
            schema: { $ref: "#/components/schemas/Pet" },
          },
          [query("q", { example: "x" })],
        ),
        '{ q: "x", name: "Media" }',
      ],
      [
        "else the first of the media's examples, a $ref too",
        sent({ examples: { a: { $ref: "#/components/examples/Rex" } }, schema: { $ref: "#/components/schemas/Pet" } }),
        '{ name: "Rex", age: 9 }',
      ],
      [
        "else the schema's, composed from its properties' examples",
        sent({ schema: { $ref: "#/components/schemas/Pet" } }),
        '{ name: "Rex", age: 3 }',
      ],
      [
        "a parameter named like a body field: the body's example goes whole under `body`",
        sent({ example: { name: "Body", age: 1 }, schema: { $ref: "#/components/schemas/Pet" } }, [
          { name: "age", in: "query", schema: int, example: 2 },
        ]),
        '{ age: 2, body: { name: "Body", age: 1 } }',
      ],
      [
        "read-only fields and fields the type does not declare are left out; a required one gets a placeholder",
        sent({
          example: { id: "i", extra: true, note: "kept" },
          schema: {
            type: "object",
            properties: { id: { type: "string", readOnly: true }, note: str, size: int },
            required: ["size"],
          },
        }),
        '{ note: "kept", size: ‹1› }',
      ],
      [
        "a $ref request body",
        post([], { requestBody: { $ref: "#/components/requestBodies/PetBody" } }),
        '{ name: "Rex", age: 3 }',
      ],
      [
        "the JSON media type's example, not the first one's",
        post([], {
          requestBody: {
            content: {
              "text/plain": { example: "text" },
              "application/json": { schema: { $ref: "#/components/schemas/Pet" } },
            },
          },
        }),
        '{ name: "Rex", age: 3 }',
      ],
      [
        "no JSON media type: the first one's",
        post([], {
          requestBody: {
            required: true,
            content: { "text/plain": { example: "text" }, "text/csv": { example: "a,b" } },
          },
        }),
        '{ body: "text" }',
      ],
      [
        "a body example that is not an object, for an object body, is left out",
        sent({ example: "oops", schema: { $ref: "#/components/schemas/Pet" } }, [query("q", { example: "x" })]),
        '{ q: "x", name: ‹"…"› }',
      ],
      [
        "allOf: its parts' examples and its own properties' composed; a part's example that is not an object is ignored",
        sent({
          schema: {
            allOf: [
              { $ref: "#/components/schemas/Pet" },
              { $ref: "#/components/schemas/Tag" },
              { type: "object", example: "no" },
            ],
            properties: { extra: { type: "boolean", example: false } },
          },
        }),
        '{ extra: false, name: "Rex", age: 3, tag: "t" }',
      ],
      [
        "an array body is sent under `body`, its items' example as one item",
        sent({ schema: { type: "array", items: { $ref: "#/components/schemas/Pet" } } }),
        '{ body: [{ name: "Rex", age: 3 }] }',
      ],
      [
        "an array body beside a parameter named `body` is under `requestBody`; two items of its example shown",
        sent({ schema: { type: "array", items: int, example: [1, 2, 3] } }, [query("body", { example: "p" })]),
        '{ body: "p", requestBody: [1, 2] }',
      ],
      [
        "an array with an item of the wrong type is left out (an empty list when required)",
        sent({ schema: { type: "array", items: int, example: [1, "two"] } }),
        "{ body: [] }",
      ],
      [
        "oneOf: the first alternative that has an example",
        sent({
          schema: {
            oneOf: [
              { type: "object", properties: { a: str } },
              { type: "object", properties: { b: { type: "string", example: "b" } } },
            ],
          },
        }),
        '{ b: "b" }',
      ],
      [
        "anyOf: the first alternative that has an example",
        sent({ schema: { anyOf: [int, { type: "integer", example: 4 }], nullable: true } }),
        "{ body: 4 }",
      ],
      [
        "examples (3.1): the first",
        sent({
          schema: {
            type: "object",
            properties: { a: { type: "string", examples: ["one", "two"] }, b: { type: "string", examples: [] } },
          },
        }),
        '{ a: "one" }',
      ],
      [
        "a recursive schema's composed example stops six levels down",
        sent({ schema: { $ref: "#/components/schemas/Node" } }),
        '{ name: "n", child: { name: "n", child: { name: "n", child: { name: "n", child: { name: "n", child: { name: "n" } } } } } }',
      ],
      [
        "a required recursive field's placeholder ends in {} after a few levels",
        sent({ schema: { $ref: "#/components/schemas/Chain" } }),
        "{ next: { next: { next: { next: {} } } } }",
      ],

      // Fitting the value to the type.
      [
        "null is kept where the type allows it (nullable, an enum with null, a nullable named type, unknown)",
        sent({
          example: { s: null, e: null, t: null, u: null, plain: null, o: null },
          schema: {
            type: "object",
            properties: {
              s: { type: "string", nullable: true },
              e: { enum: ["a", null] },
              t: { $ref: "#/components/schemas/MaybeText" },
              u: {},
              plain: str,
              o: { oneOf: [int, { $ref: "#/components/schemas/MaybeText" }] },
            },
          },
        }),
        "{ s: null, e: null, t: null, u: null, o: null }",
      ],
      [
        "a union keeps the alternative that keeps the most of the example",
        sent({
          example: { list: [1, 2], a: 1, b: 2 },
          schema: {
            oneOf: [
              { type: "object", properties: { a: int } },
              { type: "object", properties: { list: { type: "array", items: int } } },
              { type: "object", properties: { a: int, b: int } },
            ],
          },
        }),
        "{ list: [1, 2] }",
      ],
      [
        "a union: an alternative made of placeholders keeps nothing of the example; the first of equals wins",
        sent({
          example: { z: "v" },
          schema: {
            oneOf: [
              { type: "object", properties: { z: str } },
              { type: "object", properties: { p: int, q: int }, required: ["p", "q"] },
            ],
          },
        }),
        '{ z: "v" }',
      ],
      [
        "allOf of named objects: each field once, the first part's",
        sent(
          {
            example: { name: "A", tag: "x", age: 2 },
            schema: { allOf: [{ $ref: "#/components/schemas/Pet" }, { $ref: "#/components/schemas/NamedTag" }] },
          },
          [query("q", { example: "p" })],
        ),
        '{ q: "p", name: "A", age: 2, tag: "x" }',
      ],
      [
        "allOf with a part the example cannot be: the parts' required fields as placeholders, each once",
        sent({
          example: { id: "x" },
          schema: { allOf: [{ $ref: "#/components/schemas/Req1" }, { $ref: "#/components/schemas/Req2" }, str] },
        }),
        '{ body: { id: ‹"…"›, one: ‹1›, two: ‹true› } }',
      ],
      [
        "required fields without example: placeholders of the parts, each once, read-only ones left out",
        sent({ schema: { allOf: [{ $ref: "#/components/schemas/Req1" }, { $ref: "#/components/schemas/Req2" }] } }),
        '{ id: ‹"…"›, one: ‹1›, two: ‹true› }',
      ],
      [
        "additional properties: the example's other keys of the right type",
        sent({
          example: { a: 1, n: 5, bad: "no" },
          schema: { type: "object", properties: { a: int }, additionalProperties: int },
        }),
        "{ a: 1, n: 5 }",
      ],
      [
        "a tuple (prefixItems): its positions, the rest dropped",
        sent({ example: ["a", 1, "more"], schema: { type: "array", prefixItems: [str, int] } }),
        '{ body: ["a", 1] }',
      ],
      [
        "a tuple example too short: placeholders in each position",
        sent({ example: ["a"], schema: { type: "array", prefixItems: [str, int] } }),
        '{ body: [‹"…"›, ‹1›] }',
      ],
      [
        "a tuple example with a position of the wrong type: placeholders",
        sent({ example: ["a", "b"], schema: { type: "array", prefixItems: [str, int] } }),
        '{ body: [‹"…"›, ‹1›] }',
      ],
      [
        "an example nested deeper than a sample shows is cut",
        sent({ example: NESTED, schema: { $ref: "#/components/schemas/Node" } }),
        '{ name: "n0", child: { name: "n1", child: { name: "n2", child: { name: "n3", child: { name: "n4", child: { name: "n5" } } } } } }',
      ],
      [
        "a body of any type keeps its example as it is",
        sent({ example: { x: [1, null] }, schema: {} }),
        '{"x":[1,null]}',
      ],
      [
        "a required binary body: bytes",
        post([], {
          requestBody: {
            required: true,
            content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } },
          },
        }),
        "{ body: bytes }",
      ],
      [
        "an optional body with an example: a sample",
        post([], {
          requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } },
        }),
        '{ name: "Rex", age: 3 }',
      ],
      [
        "required parameters of a union, a tuple, a list and any type: their placeholders",
        post([
          query("u", { required: true, schema: { oneOf: [int, str] } }),
          query("t", { required: true, schema: { type: "array", prefixItems: [{ type: "boolean" }, str] } }),
          query("l", { required: true, schema: { type: "array", items: str } }),
          query("a", { required: true, schema: {} }),
        ]),
        '{ u: ‹1›, t: [‹true›, ‹"…"›], l: [], a: {} }',
      ],

      [
        "an optional body of any type with an example that is not an object: an empty object",
        post([], { requestBody: { content: { "application/json": { schema: {}, example: "text" } } } }),
        "{}",
      ],
      ["a body without a media type: nothing to show", post([], { requestBody: { content: {} } }), undefined],
      [
        "an object schema with an empty examples list: composed from its properties",
        sent({ schema: { type: "object", examples: [], properties: { a: { type: "string", example: "p" } } } }),
        '{ a: "p" }',
      ],
      [
        "oneOf: an alternative list without item examples is passed over",
        sent({
          schema: {
            oneOf: [
              { type: "array", items: int },
              { type: "string", example: "s" },
            ],
          },
        }),
        '{ body: "s" }',
      ],
      [
        "a list or tuple parameter whose example is not a list is left out; a tuple example of its exact length is kept",
        post([
          query("l", { schema: { type: "array", items: str }, example: "a" }),
          query("t", { schema: { type: "array", prefixItems: [str, int] }, example: "a" }),
          query("exact", { schema: { type: "array", prefixItems: [str, int] }, example: ["a", 1] }),
        ]),
        '{ exact: ["a", 1] }',
      ],

      [
        "a recursive list without examples: the required body is an empty list",
        sent({ schema: { $ref: "#/components/schemas/List" } }),
        "{ body: [] }",
      ],
      [
        "a recursive union without examples: the first alternative's placeholder",
        sent({ schema: { $ref: "#/components/schemas/Tree" } }),
        "{ body: {} }",
      ],
      [
        "a string is not a tuple, even one as long as its positions: placeholders",
        sent({ example: "ab", schema: { type: "array", prefixItems: [str, str] } }),
        '{ body: [‹"…"›, ‹"…"›] }',
      ],
      [
        "a union: a value that is not an object does not fit the object alternative by placeholders",
        post([
          query("p", {
            schema: { oneOf: [{ type: "object", properties: { a: str }, required: ["a"] }, str] },
            example: "s",
          }),
        ]),
        '{ p: "s" }',
      ],
      [
        "allOf with a part of any type: the example does not fit, the parts' required fields as placeholders",
        sent({
          example: { name: "A" },
          schema: { allOf: [{ $ref: "#/components/schemas/Pet" }, { $ref: "#/components/schemas/Any" }] },
        }),
        '{ name: ‹"…"› }',
      ],
      [
        "allOf: a field two parts declare keeps the first part's value, not the second's placeholder",
        sent({
          example: { name: "A" },
          schema: { allOf: [{ $ref: "#/components/schemas/Pet" }, { $ref: "#/components/schemas/NumName" }] },
        }),
        '{ name: "A" }',
      ],
      [
        "null fits a named union whose second alternative is a nullable named type",
        sent({
          example: { m: null },
          schema: { type: "object", properties: { m: { $ref: "#/components/schemas/Maybe2" } } },
        }),
        "{ m: null }",
      ],
      [
        "a union: a bytes placeholder keeps nothing of the example",
        sent({
          example: { z: "v" },
          schema: {
            oneOf: [
              { type: "object", properties: { file: { type: "string", format: "binary" } }, required: ["file"] },
              { type: "object", properties: { z: str } },
            ],
          },
        }),
        '{ z: "v" }',
      ],
      [
        "required objects nested eight levels: the innermost placeholder is still shown",
        sent({ schema: DEEP }),
        '{ a: { a: { a: { a: { a: { a: { a: { a: ‹"…"› } } } } } } } }',
      ],
      [
        "a required field recursive through a union: placeholders end in {}",
        sent({ schema: { $ref: "#/components/schemas/ViaUnion" } }),
        "{ u: { u: { u: {} } } }",
      ],
      [
        "a required field recursive through a tuple: placeholders end in {}",
        sent({ schema: { $ref: "#/components/schemas/ViaTuple" } }),
        "{ t: [{ t: [{ t: [{}] }] }] }",
      ],
      [
        "a required field recursive through allOf: placeholders end in {}",
        sent({ schema: { $ref: "#/components/schemas/ViaAllOf" } }),
        '{ i: { i: { i: {}, id: ‹"…"›, one: ‹1› }, id: ‹"…"›, one: ‹1› } }',
      ],
    ] as const,
    (paths) => {
      const { ops, diagnostics } = operations({ paths, components });
      return { got: show(ops[0]!.sample), diagnostics };
    },
  );

  it("3.1: null fits a union with the null type, and is the placeholder of a required null", () => {
    const { ops, diagnostics } = operations({
      openapi: "3.1.0",
      paths: post([
        query("n", { required: true, schema: { type: "null" } }),
        query("m", { schema: { oneOf: [int, { type: "null" }], example: null } }),
      ]),
    });
    expect(diagnostics).toEqual([]);
    expect(show(ops[0]!.sample)).toBe("{ n: ‹null›, m: null }");
  });

  it("lenient: a parameter whose $ref points to nothing is left out of the sample", () => {
    const { ops, diagnostics } = operations(
      { paths: post([{ $ref: "#/components/parameters/Nope" }, query("q", { example: "x" })]) },
      { lenient: true },
    );
    expect(diagnostics.map((d) => d.slice(0, 3))).toEqual([
      ["warning", "missing-ref", "/paths/~1things/post/parameters/0/$ref"],
    ]);
    expect(show(ops[0]!.sample)).toBe('{ q: "x" }');
  });
});
