// generator/model/request-body.ts and arguments.ts: request bodies by media type, and the call's argument.
import { describe, expect, it } from "vitest";
import { body, obj, ok, operations, rows, str } from "./rows.js";

describe("model documents: request bodies", () => {
  rows(
    [
      [
        "application/json object: merged",
        body({ "application/json": { schema: obj } }, { required: true }),
        ["json merged required: { name: string; }", "{ name: string; }"],
      ],
      [
        "vendor +json",
        body({ "application/vnd.api+json": { schema: obj } }),
        ["json merged: { name: string; }", "{ name: string; }"],
      ],
      [
        "*/* is JSON",
        body({ "*/*": { schema: { type: "array", items: str } } }),
        ["json under body: string[]", "{ body?: string[]; } optional"],
      ],
      [
        "JSON preferred over a form",
        body({ "multipart/form-data": { schema: obj }, "application/json": { schema: { type: "array", items: str } } }),
        ["json under body: string[]", "{ body?: string[]; } optional"],
      ],
      [
        "multipart",
        body({
          "multipart/form-data": {
            schema: { type: "object", properties: { file: { type: "string", format: "binary" } } },
          },
        }),
        ["multipart merged: { file?: Blob | Uint8Array; }", "{ file?: Blob | Uint8Array; } optional"],
      ],
      [
        "form-urlencoded",
        body({ "application/x-www-form-urlencoded": { schema: obj } }),
        ["form-urlencoded merged: { name: string; }", "{ name: string; }"],
      ],
      [
        "text/plain",
        body({ "text/plain": { schema: str } }),
        ["text (text/plain) under body: string", "{ body?: string; } optional"],
      ],
      [
        "XML is text, preferred over bytes",
        body({ "image/png": {}, "application/atom+xml": {} }),
        ["text (application/atom+xml) under body: string", "{ body?: string; } optional"],
      ],
      [
        "anything else is bytes",
        body({ "image/png": {} }, { required: true }),
        [
          "binary (image/png) under body required: Blob | Uint8Array | ArrayBuffer | ReadableStream",
          "{ body: Blob | Uint8Array | ArrayBuffer | ReadableStream; }",
        ],
      ],
      ["no content: unknown JSON", body({}), ["json under body: unknown", "{ body?: unknown; } optional"]],
      [
        "a primitive JSON body goes under body",
        body({ "application/json": { schema: str } }),
        ["json under body: string", "{ body?: string; } optional"],
      ],
      [
        "an object without type but with properties is merged",
        body({ "application/json": { schema: { properties: { a: str } } } }),
        ["json merged: { a?: string; }", "{ a?: string; } optional"],
      ],
      [
        "additionalProperties only is merged",
        body({ "application/json": { schema: { additionalProperties: str } } }),
        ["json merged: { [key: string]: string; }", "{ [key: string]: string; } optional"],
      ],
      [
        "a nullable object body: the argument is not null",
        body({ "application/json": { schema: { ...obj, nullable: true } } }),
        ["json merged: { name: string; } | null", "{ name: string; }"],
      ],
      [
        "an array with properties is no object: under body",
        body({ "application/json": { schema: { type: "array", items: str, properties: { a: str } } } }),
        ["json under body: string[]", "{ body?: string[]; } optional"],
      ],
      [
        "union branches that only require, describe or title add no field: merged",
        body({
          "application/json": {
            schema: {
              type: "object",
              properties: { a: str, b: str },
              anyOf: [{ required: ["a"], description: "a alone" }, { title: "b" }],
            },
          },
        }),
        ["json merged: { a?: string; b?: string; }", "{ a?: string; b?: string; } optional"],
      ],
    ] as const,
    (paths) => {
      const { summaries, diagnostics } = operations({ paths });
      return { got: [summaries[0]!.body, summaries[0]!.argument], diagnostics };
    },
  );

  it("a body field named like a parameter keeps the body apart, under requestBody when a parameter is named body", () => {
    const { summaries } = operations({
      paths: {
        "/a/{name}": {
          post: {
            parameters: [{ name: "name", in: "path", required: true, schema: str }],
            requestBody: { content: { "application/json": { schema: obj } } },
            responses: ok,
          },
        },
        "/b": {
          post: {
            parameters: [{ name: "body", in: "query", schema: str }],
            requestBody: { content: { "application/json": { schema: { type: "array", items: str } } } },
            responses: ok,
          },
        },
      },
    });
    expect(summaries.map((s) => [s.body, s.argument])).toEqual([
      ["json under body: { name: string; }", "{ name: string; body?: { name: string; }; }"],
      ["json under requestBody: string[]", "{ body?: string; requestBody?: string[]; } optional"],
    ]);
  });

  it("bodies through refs, allOf and unions: fields collected; the parameters joined by intersection (never null)", () => {
    const { summaries } = operations({
      components: {
        schemas: {
          Named: obj,
          MaybeNamed: { ...obj, nullable: true },
          Either: {
            oneOf: [
              { $ref: "#/components/schemas/Named" },
              { type: "object", properties: { id: str }, required: ["id"] },
            ],
          },
          Both: { allOf: [{ $ref: "#/components/schemas/Named" }, { type: "object", properties: { id: str } }] },
          Loose: {
            anyOf: [
              { type: "object", properties: { a: str } },
              { type: "object", properties: { b: str } },
            ],
          },
          OneRequired: {
            type: "object",
            properties: { a: str, b: str },
            anyOf: [{ required: ["a"] }, { required: ["b"] }],
          },
          Primitive: { oneOf: [str, { type: "object", properties: { a: str } }] },
          Nothing: { nullable: true },
        },
      },
      paths: Object.fromEntries(
        ["Named", "MaybeNamed", "Either", "Both", "Loose", "OneRequired", "Primitive", "Nothing"].map((n) => [
          `/${n.toLowerCase()}/{id}`,
          {
            post: {
              operationId: `post${n}`,
              parameters: [{ name: "id", in: "path", required: true, schema: str }],
              requestBody: { content: { "application/json": { schema: { $ref: `#/components/schemas/${n}` } } } },
              responses: ok,
            },
          },
        ]),
      ),
    });
    expect(summaries.map((s) => `${s.body} => ${s.argument}`)).toEqual([
      "json merged: Named => { id: string; } & Named",
      "json merged: MaybeNamed => { id: string; } & MaybeNamed",
      "json under body: Either => { id: string; body?: Either; }",
      "json under body: Both => { id: string; body?: Both; }",
      "json merged: Loose => { id: string; } & Loose",
      "json merged: OneRequired => { id: string; } & OneRequired",
      "json under body: Primitive => { id: string; body?: Primitive; }",
      "json under body: Nothing => { id: string; body?: Nothing; }",
    ]);
  });

  it("the argument of a call without parameters: required fields decide optional, null decides nonNull", () => {
    const ref = (n: string) =>
      body({ "application/json": { schema: { $ref: `#/components/schemas/${n}` } } })["/things"];
    const { model, ops } = operations({
      components: {
        schemas: {
          Req: obj,
          Opt: { type: "object", properties: { a: str } },
          NullableReq: { ...obj, nullable: true },
          UnionAll: {
            oneOf: [
              { $ref: "#/components/schemas/Req" },
              { type: "object", properties: { id: str }, required: ["id"] },
            ],
          },
          UnionSome: { oneOf: [{ $ref: "#/components/schemas/Req" }, { $ref: "#/components/schemas/Opt" }] },
          WithNull: { oneOf: [{ $ref: "#/components/schemas/NullableReq" }, { $ref: "#/components/schemas/Opt" }] },
          AllNull: {
            allOf: [
              { $ref: "#/components/schemas/NullableReq" },
              { type: "object", nullable: true, properties: { b: str } },
            ],
          },
          SomeNull: { allOf: [{ $ref: "#/components/schemas/NullableReq" }, { $ref: "#/components/schemas/Opt" }] },
          Self: {
            type: "object",
            properties: { next: { $ref: "#/components/schemas/Self" } },
            allOf: [{ $ref: "#/components/schemas/Self" }],
          },
          Ro: { type: "object", properties: { id: { type: "string", readOnly: true } }, required: ["id"] },
          Count: { type: "integer" },
          Any: {},
        },
      },
      paths: Object.fromEntries(
        [
          "Req",
          "Opt",
          "NullableReq",
          "UnionAll",
          "UnionSome",
          "WithNull",
          "AllNull",
          "SomeNull",
          "Self",
          "Ro",
          "Count",
          "Any",
        ].map((n) => [`/${n.toLowerCase()}`, { post: { ...ref(n).post, operationId: `post${n}` } }]),
      ),
    });
    expect(model.types.length).toBe(12);
    expect(Object.fromEntries(ops.map((o) => [o.operationId, [o.argument.optional, o.argument.nonNull]]))).toEqual({
      postReq: [false, false],
      postOpt: [true, false],
      postNullableReq: [false, true],
      postUnionAll: [false, false],
      postUnionSome: [true, false],
      postWithNull: [true, true],
      postAllNull: [false, true],
      postSomeNull: [false, false],
      postSelf: [true, false],
      postRo: [true, false],
      postCount: [true, false],
      postAny: [true, false],
    });
  });

  it("a form body's `encoding`: kept where it differs from form/explode, unknown styles and malformed entries dropped", () => {
    const { ops, diagnostics } = operations({
      paths: {
        "/things": {
          post: {
            operationId: "createThing",
            requestBody: {
              description: "The thing.",
              content: {
                "application/x-www-form-urlencoded": {
                  schema: { type: "object", properties: { a: { type: "object" }, b: { type: "array", items: str } } },
                  encoding: {
                    a: { style: "deepObject", explode: true },
                    b: { explode: false },
                    c: { contentType: "application/json" },
                    d: { style: "form", explode: true },
                    e: { style: "pipeDelimited", explode: false },
                    f: { style: "spaceDelimited", explode: true },
                    g: { style: "matrix", explode: false },
                    h: null,
                    i: "text/plain",
                  },
                },
              },
            },
            responses: ok,
          },
        },
      },
    });
    expect(diagnostics).toEqual([]);
    expect(ops[0]!.body).toMatchObject({
      mediaType: "form-urlencoded",
      merged: true,
      docs: { description: "The thing." },
    });
    expect(ops[0]!.body!.encoding).toEqual({
      a: { style: "deepObject", explode: true },
      b: { explode: false },
      c: { contentType: "application/json" },
      e: { style: "pipeDelimited" },
      f: { style: "spaceDelimited", explode: true },
      g: { explode: false },
    });
  });

  it("an `encoding` that says nothing new leaves no `encoding` key; a body without description has empty docs", () => {
    const { ops } = operations({
      paths: body({
        "multipart/form-data": {
          schema: obj,
          encoding: { name: { style: "form", explode: true }, other: { style: "matrix" } },
        },
      }),
    });
    expect(ops[0]!.body).toEqual({
      mediaType: "multipart",
      type: ops[0]!.body!.type,
      required: false,
      merged: true,
      docs: {},
    });
  });

  it("lenient: a request body whose $ref points to nothing is no body; a body schema's defect names its pointer", () => {
    const { summaries, diagnostics } = operations(
      {
        paths: {
          "/missing": {
            post: {
              operationId: "postMissing",
              requestBody: { $ref: "#/components/requestBodies/Nope" },
              responses: ok,
            },
          },
          "/bad": {
            post: {
              operationId: "postBad",
              requestBody: {
                content: {
                  "application/json": { schema: { type: "object", properties: { a: str }, required: ["x"] } },
                },
              },
              responses: ok,
            },
          },
        },
      },
      { lenient: true },
    );
    expect(summaries.map((s) => [s.call, s.body, s.argument])).toEqual([
      ["missing.create POST /missing (missingCreate, postMissing)", undefined, "Record<string, never> optional"],
      ["bad.create POST /bad (badCreate, postBad)", "json merged: { a?: string; }", "{ a?: string; } optional"],
    ]);
    expect(diagnostics).toEqual([
      [
        "warning",
        "missing-ref",
        "/paths/~1missing/post/requestBody/$ref",
        "`$ref: #/components/requestBodies/Nope` points to nothing; emitted as `unknown`",
        "define the target in the description to get a precise type",
      ],
      [
        "warning",
        "required-not-a-property",
        "/paths/~1bad/post/requestBody/content/application~1json/schema/required",
        "`x` is required but not among the properties; ignored",
        "add the property or remove it from `required`",
      ],
    ]);
  });

  it("an optional parameter beside a merged body whose branches require nothing: the argument may be left out", () => {
    const { summaries } = operations({
      components: {
        schemas: {
          A: { type: "object", properties: { a: str } },
          B: { type: "object", properties: { b: str } },
        },
      },
      paths: {
        "/t": {
          post: {
            operationId: "postT",
            parameters: [{ name: "q", in: "query", schema: str }],
            requestBody: {
              content: {
                "application/json": {
                  schema: { oneOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }] },
                },
              },
            },
            responses: ok,
          },
        },
      },
    });
    expect(summaries.map((s) => [s.body, s.argument])).toEqual([
      ["json merged: A | B", "{ q?: string; } & (A | B) optional"],
    ]);
  });

  it("3.1: a body typed `[object, null]` is merged as 3.0's `nullable: true` is; `[object, string]` stays apart", () => {
    const post = (type: string[]) => ({
      post: {
        requestBody: { content: { "application/json": { schema: { type, properties: { a: str } } } } },
        responses: ok,
      },
    });
    const { summaries, diagnostics } = operations({
      openapi: "3.1.0",
      paths: { "/a": post(["object", "null"]), "/b": post(["object", "string"]) },
    });
    expect(diagnostics).toEqual([]);
    expect(summaries.map((s) => s.body)).toEqual([
      "json merged: { a?: string; } | null",
      "json under body: { a?: string; } | string",
    ]);
  });
});
