import { describe, expect, it } from "vitest";
import { Reporter } from "../generator/diagnostics.js";
import { printType } from "../generator/emit/print-type.js";
import { checkDocument } from "../generator/load/load-document.js";
import { buildModel } from "../generator/model/build-model.js";
import {
  isIdentifier,
  methodNameFromOperationId,
  pascalCase,
  withoutResourceName,
  words,
} from "../generator/model/names.js";
import type { Operation, TypeNode } from "../generator/model/types.js";
import { oneLine, printedTypes } from "./helpers/model.js";

// The model's public entry point (buildModel) on small in-memory documents: each row a document in, the exact model
// fields or diagnostics (code, pointer, message, fix) out. Each test builds its own model, so a mutation run can
// tell which rows cover which code. Internal helpers are not called: only what buildModel returns is checked.

type Doc = Record<string, unknown>;

function build(extra: Doc, options: { lenient?: boolean } = {}) {
  const document = { openapi: "3.0.3", info: { title: "Shop API", version: "1.0" }, paths: {}, ...extra };
  return buildModel(checkDocument(document, new Reporter("api.yaml", options.lenient ?? false)), options);
}

const str = { type: "string" };
const ok = { "200": { description: "OK", content: { "application/json": { schema: { type: "object" } } } } };

/** One operation summed up as the emitter sees it. */
function summary(op: Operation, inputNames = new Map<string, string>()) {
  const print = (t: TypeNode, side: "input" | "output") => oneLine(printType(t, { side, inputNames }));
  return {
    call: `${op.resource}.${op.method} ${op.httpMethod} ${op.path} (${op.functionName}, ${op.operationId})`,
    params: op.params.map(
      (p) =>
        `${p.in} ${p.name}${p.required ? "" : "?"}: ${print(p.type, "input")}${p.style ? ` style=${p.style}` : ""}${p.explode === false ? " explode=false" : ""}${Object.keys(p.docs).length ? ` ${JSON.stringify(p.docs)}` : ""}`,
    ),
    ...(op.body
      ? {
          body: `${op.body.mediaType}${op.body.contentType ? ` (${op.body.contentType})` : ""} ${op.body.merged ? "merged" : `under ${op.body.bodyKey}`}${op.body.required ? " required" : ""}: ${print(op.body.type, "input")}`,
        }
      : {}),
    argument: `${print(op.argument.type, "input")}${op.argument.optional ? " optional" : ""}${op.argument.nonNull ? " nonNull" : ""}`,
    response: `${op.response.kind}${op.response.mayBeEmpty ? " mayBeEmpty" : ""}: ${print(op.response.type, "output")}`,
    ...(op.response.mediaType ? { responseMediaType: op.response.mediaType } : {}),
  };
}

function operations(extra: Doc, options: { lenient?: boolean } = {}) {
  const { model, diagnostics } = build(extra, options);
  const inputNames = new Map(model.types.flatMap((t) => (t.inputName ? [[t.name, t.inputName] as const] : [])));
  const ops = model.resources.flatMap((r) => r.operations);
  return { model, ops, summaries: ops.map((o) => summary(o, inputNames)), diagnostics: diagnostics.map(brief) };
}

const brief = (d: { severity: string; code: string; pointer: string; message: string; fix?: string }) =>
  [d.severity, d.code, d.pointer, d.message, d.fix ?? ""] as const;

describe("model documents: parameters", () => {
  it("path-level and operation-level parameters, the operation's winning; styles, docs, content schemas", () => {
    const { summaries, diagnostics } = operations({
      paths: {
        "/shops/{shop_id}/items": {
          parameters: [
            { name: "shop_id", in: "path", required: true, schema: str },
            { name: "limit", in: "query", schema: { type: "integer" }, description: "path-level" },
          ],
          get: {
            operationId: "listItems",
            tags: ["items"],
            parameters: [
              {
                name: "limit",
                in: "query",
                required: true,
                schema: { type: "number" },
                description: "Page size.",
                deprecated: true,
              },
              {
                name: "ids",
                in: "query",
                schema: { type: "array", items: str },
                style: "pipeDelimited",
                explode: false,
              },
              { name: "tags", in: "query", schema: { type: "array", items: str }, style: "spaceDelimited" },
              { name: "f", in: "query", schema: { type: "object", properties: { a: str } }, style: "deepObject" },
              { name: "plain", in: "query", schema: str, style: "form", explode: true },
              { name: "odd", in: "query", schema: str, style: "matrix" },
              { name: "X-Trace", in: "header", schema: str },
              { name: "Authorization", in: "header", schema: str },
              { name: "ACCEPT", in: "header", schema: str },
              { name: "content-type", in: "header", schema: str },
              { name: "User-Agent", in: "header", schema: str },
              { name: "json", in: "query", content: { "application/json": { schema: { type: "boolean" } } } },
            ],
            responses: ok,
          },
        },
      },
    });
    expect(diagnostics).toEqual([]);
    expect(summaries).toEqual([
      {
        call: "items.list GET /shops/{shop_id}/items (itemsList, listItems)",
        params: [
          "path shop_id: string",
          'query limit: number {"description":"Page size.","deprecated":true}',
          "query ids?: string[] style=pipeDelimited explode=false",
          "query tags?: string[] style=spaceDelimited",
          "query f?: { a?: string; } style=deepObject",
          "query plain?: string",
          "query odd?: string",
          "header X-Trace?: string",
          "query json?: boolean",
        ],
        argument: `{ shop_id: string; limit: number; ids?: string[]; tags?: string[]; f?: { a?: string; }; plain?: string; odd?: string; "X-Trace"?: string; json?: boolean; }`,
        response: "json: { [key: string]: unknown; }",
      },
    ]);
  });

  it.each([
    [
      "a cookie parameter is left out, with a warning",
      { "/a": { get: { parameters: [{ name: "sid", in: "cookie", schema: str }], responses: ok } } },
      [],
      [
        [
          "warning",
          "cookie-parameter",
          "/paths/~1a/get/parameters/0",
          "cookie parameter `sid` is not supported and is left out",
          "send it through the `headers` request option",
        ],
      ],
    ],
    [
      "a path parameter missing from the template is an error (path-level pointer)",
      { "/a": { parameters: [{ name: "id", in: "path", required: true, schema: str }], get: { responses: ok } } },
      [],
      [
        [
          "error",
          "path-param-not-in-template",
          "/paths/~1a/parameters/0",
          "path parameter `id` does not appear in the path `/a`",
          "add `{id}` to the path or declare the parameter `in: query`",
        ],
      ],
    ],
    [
      "a template name no parameter declares is an error, and becomes a string",
      { "/a/{id}": { get: { responses: ok } } },
      ["path id: string"],
      [
        [
          "error",
          "undeclared-path-param",
          "/paths/~1a~1{id}/get",
          "the path `/a/{id}` has `{id}` but no parameter declares it",
          "declare `- name: id\\n  in: path\\n  required: true`",
        ],
      ],
    ],
    [
      "a parameter without schema is an error, and unknown",
      { "/a": { get: { parameters: [{ name: "q", in: "query" }], responses: ok } } },
      ["query q?: unknown"],
      [
        [
          "error",
          "parameter-without-schema",
          "/paths/~1a/get/parameters/0",
          "parameter `q` has no `schema`",
          "add `schema: { type: string }` (or the right type)",
        ],
      ],
    ],
    [
      "a template name declared in query is sent in the path",
      { "/a/{id}": { get: { parameters: [{ name: "id", in: "query", schema: { type: "integer" } }], responses: ok } } },
      ["path id: number"],
      [
        [
          "warning",
          "template-param-in-query",
          "/paths/~1a~1{id}/get/parameters/0",
          "`id` is in the path template but declared `in: query`; sent in the path",
          "declare it `in: path`",
        ],
      ],
    ],
  ] as const)("%s", (_name, paths, params, want) => {
    const { summaries, diagnostics } = operations({ paths });
    expect(summaries.map((s) => s.params)).toEqual([params]);
    expect(diagnostics).toEqual(want);
  });

  it("lenient: the same problems are warnings that say a fallback type was emitted", () => {
    const { diagnostics } = operations(
      { paths: { "/a/{id}": { get: { parameters: [{ name: "q", in: "query" }], responses: ok } } } },
      { lenient: true },
    );
    expect(diagnostics.map(([severity, code, , message]) => [severity, code, message])).toEqual([
      ["warning", "parameter-without-schema", "parameter `q` has no `schema`; emitted with a fallback type"],
      [
        "warning",
        "undeclared-path-param",
        "the path `/a/{id}` has `{id}` but no parameter declares it; emitted with a fallback type",
      ],
    ]);
  });
});

const body = (content: Doc, extra: Doc = {}) => ({
  "/things": { post: { operationId: "createThing", requestBody: { content, ...extra }, responses: ok } },
});
const obj = { type: "object", properties: { name: str }, required: ["name"] };

describe("model documents: request bodies", () => {
  it.each([
    [
      "application/json object: merged",
      body({ "application/json": { schema: obj } }, { required: true }),
      "json merged required: { name: string; }",
      "{ name: string; }",
    ],
    [
      "vendor +json",
      body({ "application/vnd.api+json": { schema: obj } }),
      "json merged: { name: string; }",
      "{ name: string; }",
    ],
    [
      "*/* is JSON",
      body({ "*/*": { schema: { type: "array", items: str } } }),
      "json under body: string[]",
      "{ body?: string[]; } optional",
    ],
    [
      "JSON preferred over a form",
      body({ "multipart/form-data": { schema: obj }, "application/json": { schema: { type: "array", items: str } } }),
      "json under body: string[]",
      "{ body?: string[]; } optional",
    ],
    [
      "multipart",
      body({
        "multipart/form-data": {
          schema: { type: "object", properties: { file: { type: "string", format: "binary" } } },
        },
      }),
      "multipart merged: { file?: Blob | Uint8Array; }",
      "{ file?: Blob | Uint8Array; } optional",
    ],
    [
      "form-urlencoded",
      body({ "application/x-www-form-urlencoded": { schema: obj } }),
      "form-urlencoded merged: { name: string; }",
      "{ name: string; }",
    ],
    [
      "text/plain",
      body({ "text/plain": { schema: str } }),
      "text (text/plain) under body: string",
      "{ body?: string; } optional",
    ],
    [
      "XML is text, preferred over bytes",
      body({ "image/png": {}, "application/atom+xml": {} }),
      "text (application/atom+xml) under body: string",
      "{ body?: string; } optional",
    ],
    [
      "anything else is bytes",
      body({ "image/png": {} }, { required: true }),
      "binary (image/png) under body required: Blob | Uint8Array | ArrayBuffer | ReadableStream",
      "{ body: Blob | Uint8Array | ArrayBuffer | ReadableStream; }",
    ],
    ["no content: unknown JSON", body({}), "json under body: unknown", "{ body?: unknown; } optional"],
    [
      "a primitive JSON body goes under body",
      body({ "application/json": { schema: str } }),
      "json under body: string",
      "{ body?: string; } optional",
    ],
    [
      "an object without type but with properties is merged",
      body({ "application/json": { schema: { properties: { a: str } } } }),
      "json merged: { a?: string; }",
      "{ a?: string; } optional",
    ],
    [
      "additionalProperties only is merged",
      body({ "application/json": { schema: { additionalProperties: str } } }),
      "json merged: { [key: string]: string; }",
      "{ [key: string]: string; } optional",
    ],
    [
      "a nullable object body: the argument is not null",
      body({ "application/json": { schema: { ...obj, nullable: true } } }),
      "json merged: { name: string; } | null",
      "{ name: string; }",
    ],
  ] as const)("%s", (_name, paths, want, argument) => {
    const { summaries, diagnostics } = operations({ paths });
    expect(diagnostics).toEqual([]);
    expect([summaries[0]!.body, summaries[0]!.argument]).toEqual([want, argument]);
  });

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
});

const respond = (responses: Doc) => ({ "/r": { get: { operationId: "getR", responses } } });
const json = (schema: Doc) => ({ description: "x", content: { "application/json": { schema } } });

describe("model documents: responses", () => {
  it.each([
    ["200 JSON", respond({ "200": json(obj) }), "json: { name: string; }", undefined],
    ["2XX counts as success", respond({ "2XX": json(str) }), "json: string", undefined],
    [
      "default only when there is no 2xx",
      respond({ default: json(str), "404": json({ type: "integer" }) }),
      "json: string",
      undefined,
    ],
    [
      "default is ignored beside a 2xx",
      respond({ "201": json(str), default: json({ type: "integer" }) }),
      "json: string",
      undefined,
    ],
    ["error codes only: none", respond({ "404": json(str) }), "none mayBeEmpty: unknown", undefined],
    [
      "204 beside 200: may be empty",
      respond({ "200": json(str), "204": { description: "none" } }),
      "json mayBeEmpty: string",
      undefined,
    ],
    ["204 with content is still empty", respond({ "204": json(str) }), "none mayBeEmpty: unknown", undefined],
    [
      "two JSON codes: a union",
      respond({ "200": json(str), "201": json({ type: "integer" }) }),
      "json: string | number",
      undefined,
    ],
    ["text", respond({ "200": { description: "csv", content: { "text/csv": {} } } }), "text: string", "text/csv"],
    [
      "bytes",
      respond({ "200": { description: "pdf", content: { "application/pdf": {} } } }),
      "binary: Blob | Uint8Array",
      "application/pdf",
    ],
    [
      "JSON preferred over text (a JSON type other than application/json is asked for by name)",
      respond({
        "200": { description: "x", content: { "text/plain": {}, "application/problem+json": { schema: str } } },
      }),
      "json: string",
      "application/problem+json",
    ],
    [
      "text then JSON: JSON wins the kind (the same type once)",
      respond({ "200": { description: "t", content: { "text/plain": {} } }, "201": json(str) }),
      "json: string",
      undefined,
    ],
    ["a response $ref", { ...respond({ "200": { $ref: "#/components/responses/Ok" } }) }, "json: number", undefined],
  ] as const)("%s", (_name, paths, want, mediaType) => {
    const { summaries, diagnostics } = operations({
      paths,
      components: { responses: { Ok: json({ type: "number" }) } },
    });
    expect(diagnostics).toEqual([]);
    expect([summaries[0]!.response, summaries[0]!.responseMediaType]).toEqual([want, mediaType]);
  });

  it("the response docs: the first chosen description, and the media type of text and bytes", () => {
    const { ops } = operations({
      paths: {
        "/a": { get: { responses: { "200": { description: "The file.", content: { "application/pdf": {} } } } } },
        "/b": { get: { responses: { "200": json(str) } } },
      },
    });
    expect(ops.map((o) => [o.response.description, o.response.mediaType])).toEqual([
      ["The file.", "application/pdf"],
      ["x", undefined],
    ]);
  });
});

describe("model documents: operations, names and resources", () => {
  it("names from operationId or route; resource from x-sdk-resource, the tag or the first plain path segment", () => {
    const { model, summaries, diagnostics } = operations({
      paths: {
        "/v1/api/customers/{id}": {
          get: { parameters: [{ name: "id", in: "path", required: true, schema: str }], responses: ok },
        },
        "/rest/v2.1/orders": {
          post: { responses: ok },
          put: { operationId: "replaceOrders", tags: ["shop"], responses: ok },
        },
        "/{id}": { delete: { parameters: [{ name: "id", in: "path", required: true, schema: str }], responses: ok } },
        "/help/collections": {
          get: { operationId: "listCollections", "x-sdk-resource": "helpCenter.collections", responses: ok },
        },
      },
    });
    expect(diagnostics).toEqual([]);
    expect(summaries.map((s) => s.call)).toEqual([
      "customers.getV1ApiId GET /v1/api/customers/{id} (customersGetV1ApiId, getV1ApiCustomersId)",
      "shop.replaceOrders PUT /rest/v2.1/orders (shopReplaceOrders, replaceOrders)",
      "orders.postRestV21 POST /rest/v2.1/orders (ordersPostRestV21, postRestV21Orders)",
      "api.deleteId DELETE /{id} (apiDeleteId, deleteId)",
      "helpCenter.collections.listCollections GET /help/collections (helpCenterCollectionsListCollections, listCollections)",
    ]);
    expect(
      model.resources.map((r) => [r.path, r.name, r.className, r.operations.length, r.resources.map((n) => n.path)]),
    ).toEqual([
      ["customers", "customers", "Customers", 1, []],
      // `Shop` is the client's name (from the title "Shop API"), so the resource class takes the Resource suffix
      ["shop", "shop", "ShopResource", 1, []],
      ["orders", "orders", "Orders", 1, []],
      ["api", "api", "Api", 1, []],
      ["helpCenter", "helpCenter", "HelpCenter", 0, ["helpCenter.collections"]],
      ["helpCenter.collections", "collections", "HelpCenterCollections", 1, []],
    ]);
  });

  it("summary, description and deprecation; title, version and description of the document", () => {
    const { model } = build({
      info: { title: "Shop", version: "3", description: "All about shops." },
      paths: {
        "/a": {
          get: { summary: "Get a.", description: "Long.", deprecated: true, responses: ok },
          post: { responses: ok },
        },
      },
    });
    expect([model.title, model.version, model.description]).toEqual(["Shop", "3", "All about shops."]);
    expect(model.resources.flatMap((r) => r.operations).map((o) => [o.summary, o.docs])).toEqual([
      ["Get a.", { description: "Long.", deprecated: true }],
      [undefined, {}],
    ]);
    const bare = build({ info: { version: "1" } }).model;
    expect([bare.title, bare.description, bare.types]).toEqual(["API", undefined, []]);
  });

  it("a TRACE operation is an error and left out", () => {
    const { ops, diagnostics } = operations({ paths: { "/a": { trace: { responses: ok }, get: { responses: ok } } } });
    expect(ops.map((o) => o.httpMethod)).toEqual(["GET"]);
    expect(diagnostics).toEqual([
      [
        "error",
        "unsupported-method",
        "/paths/~1a/trace",
        "a TRACE operation cannot be sent with fetch",
        "remove the operation from the description",
      ],
    ]);
  });

  it("a duplicate operationId is an error (a warning when lenient) naming the first", () => {
    const paths = {
      "/a": { get: { operationId: "same", responses: ok } },
      "/b": { get: { operationId: "same", responses: ok } },
    };
    expect(operations({ paths }).diagnostics).toContainEqual([
      "error",
      "duplicate-operation-id",
      "/paths/~1b/get/operationId",
      "operationId `same` is also used by /paths/~1a/get",
      "give each operation a unique operationId",
    ]);
    expect(operations({ paths }, { lenient: true }).diagnostics).toContainEqual([
      "warning",
      "duplicate-operation-id",
      "/paths/~1b/get/operationId",
      "operationId `same` is also used by /paths/~1a/get; emitted with a fallback type",
      "give each operation a unique operationId",
    ]);
  });

  it("SDK names that collide: undeclared ones get a number, declared ones are an error", () => {
    const get = (extra: Doc = {}) => ({ get: { tags: ["things"], responses: ok, ...extra } });
    const { summaries, diagnostics } = operations({
      paths: {
        "/x/list": get({ operationId: "listThings" }),
        "/y/list": get({ operationId: "list" }),
        "/z/list": get({ operationId: "list_things" }),
        "/w/list": get({ operationId: "listThings_2" }),
        "/v/list": get({ operationId: "List" }),
      },
    });
    expect(summaries.map((s) => s.call.split(" ")[0])).toEqual([
      "things.list",
      "things.list2",
      "things.listThings",
      "things.listThings2",
      "things.list3",
    ]);
    expect(diagnostics).toEqual([
      [
        "warning",
        "sdk-name-collision",
        "/paths/~1y~1list/get",
        "`things.list` is taken by /paths/~1x~1list/get; named `things.list2`",
        "set x-sdk-method to choose the name",
      ],
      [
        "warning",
        "sdk-name-collision",
        "/paths/~1v~1list/get",
        "`things.list` is taken by /paths/~1x~1list/get; named `things.list3`",
        "set x-sdk-method to choose the name",
      ],
    ]);
    const declared = operations({
      paths: {
        "/a": get({ "x-sdk-method": "find" }),
        "/b": get({ operationId: "find" }),
        "/c": get({ "x-sdk-method": "constructor" }),
      },
    });
    expect(declared.diagnostics).toEqual([
      [
        "error",
        "duplicate-sdk-name",
        "/paths/~1b/get",
        "the SDK name `things.find` is also given to /paths/~1a/get",
        "give one of them another x-sdk-method in the curation",
      ],
      // the error does not stop the run: the emitted names still get unique numbers
      [
        "warning",
        "name-collision",
        "/paths/~1b/get",
        "`thingsFind` is already taken by another declaration; named `thingsFind2`",
        "name the operation in the curation (x-sdk-resource / x-sdk-method)",
      ],
      [
        "warning",
        "name-collision",
        "/paths/~1b/get",
        "`ThingsFindParams` is already taken by another declaration; named `ThingsFindParams2`",
        "name the operation in the curation (x-sdk-resource / x-sdk-method)",
      ],
      [
        "error",
        "duplicate-sdk-name",
        "/paths/~1c/get",
        "the SDK name `things.constructor` is also given to the resource class itself",
        "give one of them another x-sdk-method in the curation",
      ],
    ]);
  });

  it("a resource that would hide a client member is renamed, with a warning", () => {
    const { summaries, diagnostics } = operations({ paths: { "/request": { get: { responses: ok } } } });
    expect(summaries.map((s) => s.call.split(" ")[0])).toEqual(["requestResource.getRequest"]);
    expect(diagnostics).toEqual([
      [
        "warning",
        "name-collision",
        "/paths/~1request/get",
        "the resource `request` would hide the client's own `request`; named `requestResource`",
        "name the operation in the curation (x-sdk-resource)",
      ],
    ]);
  });

  it("pagination is proposed for an uncurated JSON operation only, never for a curated one without x-pagination", () => {
    const list = { type: "object", properties: { data: { type: "array", items: str }, scroll_param: str } };
    const page = [{ name: "scroll_param", in: "query", schema: str }];
    const { ops } = operations({
      paths: {
        "/a": { get: { parameters: page, responses: { "200": json(list) } } },
        "/b": { get: { "x-sdk-method": "listB", parameters: page, responses: { "200": json(list) } } },
        "/c": { get: { parameters: page, responses: { "200": { description: "csv", content: { "text/csv": {} } } } } },
      },
    });
    expect(ops.map((o) => [o.path, o.pagination?.style ?? "none"])).toEqual([
      ["/a", "scroll"],
      ["/b", "none"],
      ["/c", "none"],
    ]);
  });
});

describe("model documents: schemas → types", () => {
  const types = (schemas: Doc, options: { lenient?: boolean } = {}) => {
    const { model, diagnostics } = build({ components: { schemas } }, options);
    return { printed: printedTypes(model), model, diagnostics: diagnostics.map(brief) };
  };

  it.each([
    ["3.1 type lists", { type: ["string", "integer"] }, "string | number"],
    ["3.1 type list with null", { type: ["boolean", "null"] }, "boolean | null"],
    ["null type", { type: "null" }, "null"],
    ["nullable on null adds nothing", { type: "null", nullable: true }, "null"],
    ["nullable on an enum with null adds nothing", { enum: ["a", null], nullable: true }, `"a" | null`],
    ["nullable on anything adds nothing", { nullable: true }, "unknown"],
    ["nullable string", { type: "string", nullable: true }, "string | null"],
    ["binary string", { type: "string", format: "binary" }, "Blob | Uint8Array"],
    ["integer", { type: "integer", format: "int64" }, "number"],
    ["enum of objects only: unknown", { enum: [{ a: 1 }, [1]] }, "unknown"],
    ["enum repeats once", { enum: ["a", "a", 1, true, { x: 1 }] }, `"a" | 1 | true`],
    ["const", { const: 0 }, "0"],
    ["items: true", { type: "array", items: true }, "unknown[]"],
    ["items as a list", { type: "array", items: [{ type: "string" }, { type: "integer" }] }, "Array<string | number>"],
    ["no type, items", { items: { type: "boolean" } }, "boolean[]"],
    ["items: false alone: the empty tuple", { type: "array", items: false }, "[]"],
    [
      "prefixItems closed",
      { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }], items: false },
      "[string, number]",
    ],
    [
      "prefixItems with a rest",
      { type: "array", prefixItems: [{ type: "string" }], items: { type: "boolean" } },
      "[string, ...boolean[]]",
    ],
    ["prefixItems, any rest", { prefixItems: [{ type: "string" }] }, "[string, ...unknown[]]"],
    ["additionalProperties: {}", { type: "object", additionalProperties: {} }, "{ [key: string]: unknown; }"],
    ["additionalProperties: false alone", { type: "object", additionalProperties: false }, "Record<string, never>"],
    ["object keywords without type", { additionalProperties: { type: "integer" } }, "{ [key: string]: number; }"],
    ["a union with unknown is unknown", { oneOf: [{ type: "string" }, {}] }, "unknown"],
    [
      "nested unions flatten",
      { anyOf: [{ oneOf: [{ type: "string" }, { type: "integer" }] }, { type: "boolean" }] },
      "string | number | boolean",
    ],
    [
      "a nullable inner union stays whole",
      { anyOf: [{ oneOf: [{ type: "string" }, { type: "integer" }], nullable: true }, { type: "boolean" }] },
      "string | number | null | boolean",
    ],
    ["allOf of nothing", { allOf: [{}, {}] }, "unknown"],
    ["allOf of one", { allOf: [{}, { type: "string" }] }, "string"],
    [
      "allOf with properties beside",
      { allOf: [{ type: "object", properties: { a: { type: "string" } } }], properties: { b: { type: "integer" } } },
      "{ b?: number; } & { a?: string; }",
    ],
    [
      "oneOf with additionalProperties beside",
      { oneOf: [{ type: "string" }, { type: "integer" }], additionalProperties: false },
      "(string | number)",
    ],
  ] as const)("%s", (_name, schema, want) => {
    const { printed, diagnostics } = types({ T: schema });
    expect(diagnostics).toEqual([]);
    expect(printed["T"]).toBe(want);
  });

  it("refs: to components by name, elsewhere inlined, with constraining siblings intersected", () => {
    const { printed, diagnostics } = types({
      A: {
        type: "object",
        properties: { b: { type: "integer" }, self: { $ref: "#/components/schemas/A/properties/b" } },
      },
      Inline: { $ref: "#/components/schemas/A/properties/b" },
      Described: { $ref: "#/components/schemas/A", description: "docs only", nullable: true, readOnly: true },
      Narrowed: { $ref: "#/components/schemas/A", properties: { c: { type: "string" } }, required: ["c"] },
      Enumerated: { $ref: "#/components/schemas/S", enum: ["x"] },
      S: { type: "string" },
      Loop: {
        type: "object",
        properties: {
          next: { $ref: "#/components/schemas/Loop/properties/child" },
          child: { type: "object", properties: { again: { $ref: "#/components/schemas/Loop/properties/child" } } },
        },
      },
    });
    expect(printed).toEqual({
      A: "{ b?: number; self?: number; }",
      Inline: "number",
      Described: "A | null",
      Narrowed: "A & { c: string; }",
      Enumerated: `S & "x"`,
      S: "string",
      Loop: "{ next?: { again?: unknown; }; child?: { again?: { again?: unknown; }; }; }",
    });
    const loop = [
      "warning",
      "recursive-inline-ref",
      "/components/schemas/Loop/properties/child/properties/again/$ref",
      "`#/components/schemas/Loop/properties/child` refers to itself and is not a component schema; typed `unknown` there",
      "move the schema under components/schemas",
    ];
    // once per place the inlined schema is used (through `next` and as `child` itself), at the same pointer
    expect(diagnostics).toEqual([loop, loop]);
  });

  it("discriminators: mapped values (bare names too), the schema key without mapping, unmapped branches unchanged", () => {
    const { printed } = types({
      Cat: { type: "object", properties: { kind: { type: "string" } } },
      Dog: { type: "object", properties: { kind: { type: "string" } } },
      Mapped: {
        oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }, { type: "string" }],
        discriminator: { propertyName: "kind", mapping: { cat: "Cat", kitten: "#/components/schemas/Cat" } },
      },
      Unmapped: {
        anyOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
        discriminator: { propertyName: "kind" },
      },
      NoDiscriminator: { oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }] },
    });
    expect([printed["Mapped"], printed["Unmapped"], printed["NoDiscriminator"]]).toEqual([
      `(Cat & { kind: "cat" | "kitten"; }) | Dog | string`,
      `(Cat & { kind: "Cat"; }) | (Dog & { kind: "Dog"; })`,
      "Cat | Dog",
    ]);
  });

  it("required-only branches ask for the parent's named fields; names that are not properties are dropped", () => {
    const { printed } = types({
      Who: {
        type: "object",
        properties: { id: { type: "string" }, email: { type: "string" } },
        oneOf: [
          { required: ["id"], description: "by id" },
          { required: ["email", "phone"], title: "by email" },
        ],
      },
      NoParent: { oneOf: [{ required: ["id"] }, { type: "string" }] },
    });
    expect([printed["Who"], printed["NoParent"]]).toEqual([
      "{ id?: string; email?: string; } & ({ id: string; } | { email: string; })",
      "unknown",
    ]);
  });

  it("property docs: description (not blank), deprecated, default, readOnly, Unix timestamps also through a $ref", () => {
    const { model } = types({
      Stamp: { type: "integer", format: "unix-time" },
      E: {
        type: "object",
        properties: {
          a: { type: "string", description: "A.", deprecated: true, default: "x", readOnly: true },
          blank: { type: "string", description: "  " },
          at: { $ref: "#/components/schemas/Stamp" },
          n: { type: "number", format: "timestamp" },
          iso: { type: "string", format: "date-time" },
          plain: { type: "integer", format: "int32" },
        },
      },
    });
    const e = model.types.find((t) => t.name === "E")!;
    if (e.type.kind !== "object") throw new Error("E is not an object");
    expect(Object.fromEntries(e.type.properties.map((p) => [p.name, [p.docs, p.readOnly]]))).toEqual({
      a: [{ description: "A.", deprecated: true, default: "x", readOnly: true }, true],
      blank: [{}, false],
      at: [{ formatNote: "Unix timestamp in seconds." }, false],
      n: [{ formatNote: "Unix timestamp in seconds." }, false],
      iso: [{}, false],
      plain: [{}, false],
    });
    expect(model.types.find((t) => t.name === "Stamp")!.docs).toEqual({ formatNote: "Unix timestamp in seconds." });
  });

  it("a schema's title and description are the named type's docs", () => {
    const { model } = types({ T: { type: "string", title: "Tee", description: "A tee." }, U: { type: "string" } });
    expect(model.types.map((t) => [t.name, t.schemaKey, t.docs])).toEqual([
      ["T", "T", { title: "Tee", description: "A tee." }],
      ["U", "U", {}],
    ]);
  });
});

describe("model documents: the profile", () => {
  const profile = (extra: Doc, options: { lenient?: boolean } = {}) => {
    const { model, diagnostics } = build(extra, options);
    return { profile: model.profile, diagnostics: diagnostics.map(brief) };
  };

  it.each([
    ["GitHub v3 REST API", ["GitHub", "github-client", "GITHUB_TOKEN"]],
    ["The Stripe API - payments", ["Stripe", "stripe-client", "STRIPE_TOKEN"]],
    ["Acme's Shop: orders", ["AcmeShop", "acme-shop-client", "ACME_SHOP_TOKEN"]],
    ["Pet Store (beta)", ["PetStore", "pet-store-client", "PET_STORE_TOKEN"]],
    ["Foo+Bar", ["Foo", "foo-client", "FOO_TOKEN"]],
    ["Left | Right", ["Left", "left-client", "LEFT_TOKEN"]],
    ["OpenAPI Specification", ["Api", "api-client", "API_TOKEN"]],
    ["3D Secure", ["ThreeDSecure", "3d-secure-client", "API_3D_SECURE_TOKEN"]],
  ] as const)("names from the title %j", (title, [clientName, packageName, tokenEnv]) => {
    const { profile: p } = profile({ info: { title, version: "1" } });
    expect([p.clientName, p.packageName, p.tokenEnv, p.errorPrefix]).toEqual([
      clientName,
      packageName,
      tokenEnv,
      clientName,
    ]);
  });

  it("no title: Api", () => {
    const { profile: p } = profile({ info: { version: "1" } });
    expect([p.clientName, p.packageName, p.tokenEnv]).toEqual(["Api", "api-client", "API_TOKEN"]);
  });

  it("declared names win; each bad one is an error at its key", () => {
    const good = profile({
      "x-sdk-profile": { clientName: "Shopify", packageName: "@acme/shop", tokenEnv: "SHOP_KEY", errorPrefix: "Shop" },
    });
    expect(good.diagnostics).toEqual([]);
    expect([
      good.profile.clientName,
      good.profile.packageName,
      good.profile.tokenEnv,
      good.profile.errorPrefix,
    ]).toEqual(["Shopify", "@acme/shop", "SHOP_KEY", "Shop"]);
    const bad = profile({
      "x-sdk-profile": { clientName: "shop", packageName: "Bad Name", tokenEnv: 1, errorPrefix: "" },
    });
    expect(bad.diagnostics).toEqual([
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/clientName",
        '`clientName` must be a PascalCase identifier, found "shop"',
        "correct `profile.clientName` in the curation",
      ],
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/packageName",
        '`packageName` must be an npm package name, found "Bad Name"',
        "correct `profile.packageName` in the curation",
      ],
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/tokenEnv",
        "`tokenEnv` must be an environment variable name (UPPER_SNAKE), found 1",
        "correct `profile.tokenEnv` in the curation",
      ],
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/errorPrefix",
        '`errorPrefix` must be a PascalCase identifier, found ""',
        "correct `profile.errorPrefix` in the curation",
      ],
    ]);
    expect(profile({ "x-sdk-profile": ["x"] }).diagnostics).toEqual([
      [
        "error",
        "bad-profile",
        "/x-sdk-profile",
        "the profile must be a mapping",
        "declare `profile:` as a mapping in the curation",
      ],
    ]);
  });

  it("servers: the first absolute one is baseUrl, variables filled, trailing slashes dropped", () => {
    const servers = [
      { url: "/relative" },
      { url: "https://{env}.example.com/v{n}/", variables: { env: { default: "api" }, n: { default: 2 } } },
      { url: "https://other.example.com" },
    ];
    expect(profile({ servers }).profile).toMatchObject({ regions: [], baseUrl: "https://api.example.com/v2" });
    expect(profile({ servers: [{ url: "https://{unfilled}.example.com" }] }).profile.baseUrl).toBeUndefined();
    expect(profile({}).profile.baseUrl).toBeUndefined();
  });

  it("regions: declared keys and URLs, described by the matching server; bad ones are errors", () => {
    const { profile: p, diagnostics } = profile({
      servers: [{ url: "https://eu.example.com/", description: "Europe" }, { url: "https://us.example.com" }],
      "x-sdk-profile": {
        regions: { us: "https://us.example.com/", eu: "https://eu.example.com", "bad key": "https://x", au: "ftp://x" },
      },
    });
    expect(p.regions).toEqual([
      { region: "us", url: "https://us.example.com" },
      { region: "eu", url: "https://eu.example.com", description: "Europe" },
    ]);
    expect(p.baseUrl).toBeUndefined();
    expect(diagnostics).toEqual([
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/regions/bad key",
        'region `bad key` needs a lower-case key and an http(s) URL, found "https://x"',
        "write `regions: { us: https://… }`",
      ],
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/regions/au",
        'region `au` needs a lower-case key and an http(s) URL, found "ftp://x"',
        "write `regions: { us: https://… }`",
      ],
    ]);
    expect(profile({ "x-sdk-profile": { regions: ["us"] } }).diagnostics).toEqual([
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/regions",
        "`regions` must map region keys to server URLs",
        "write `regions: { us: https://… }`",
      ],
    ]);
  });

  it("version header: declared (name or object, default info.version), else one every operation sends", () => {
    const v = (extra: Doc) => profile({ info: { title: "T", version: "7.1" }, ...extra });
    expect(v({ "x-sdk-profile": { versionHeader: "Api-Version" } }).profile.versionHeader).toEqual({
      name: "Api-Version",
      default: "7.1",
    });
    expect(v({ "x-sdk-profile": { versionHeader: { name: "V", default: "2" } } }).profile.versionHeader).toEqual({
      name: "V",
      default: "2",
    });
    for (const bad of [{ name: "a b" }, { name: "V", default: 2 }, 5])
      expect(v({ "x-sdk-profile": { versionHeader: bad } }).diagnostics).toEqual([
        [
          "error",
          "bad-profile",
          "/x-sdk-profile/versionHeader",
          "`versionHeader` must be `{ name: <header>, default?: <version> }`",
          "e.g. `versionHeader: { name: Api-Version }`",
        ],
      ]);
    const header = (name: string, schema: Doc = { type: "string" }) => ({ name, in: "header", schema });
    const everywhere = v({
      components: { parameters: { V: header("Shop-Version", { type: "string", default: "2024-01" }) } },
      paths: {
        "/a": {
          parameters: [{ $ref: "#/components/parameters/V" }],
          get: { responses: ok },
          post: { parameters: [header("X-Version-Other")], responses: ok },
        },
        "/b": { get: { parameters: [header("shop-version", { type: "string" }), header("X-Trace")], responses: ok } },
      },
    });
    // the first operation's declaration names it, with its schema's default
    expect(everywhere.profile.versionHeader).toEqual({ name: "Shop-Version", default: "2024-01" });
    const missing = v({
      paths: {
        "/a": { get: { parameters: [header("Api-Version")], responses: ok } },
        "/b": { get: { responses: ok } },
      },
    });
    expect(missing.profile.versionHeader).toBeUndefined();
    const withDefault = v({
      paths: {
        "/a": { get: { parameters: [header("Api-Version", { type: "string", default: "2020" })], responses: ok } },
      },
    });
    expect(withDefault.profile.versionHeader).toEqual({ name: "Api-Version", default: "2020" });
    expect(v({}).profile.versionHeader).toBeUndefined();
  });

  it("the version header is the client's: no operation takes it as a parameter", () => {
    const { ops } = operations({
      "x-sdk-profile": { versionHeader: "Shop-Version" },
      paths: {
        "/a": {
          get: {
            parameters: [
              { name: "SHOP-VERSION", in: "header", schema: str },
              { name: "X-Other", in: "header", schema: str },
            ],
            responses: ok,
          },
        },
      },
    });
    expect(ops[0]!.params.map((p) => p.name)).toEqual(["X-Other"]);
  });
});

describe("model documents: declared pagination (x-pagination)", () => {
  const FIX =
    "declare x-pagination as one of { style: cursor, items, cursorParam, nextCursor } | { style: page, items, pageParam, pages } | { style: scroll, items, cursorParam, nextCursor } | { style: last-item, items, cursorParam, itemCursor, hasMore }";
  const list = {
    type: "object",
    properties: {
      data: { type: "array", items: { $ref: "#/components/schemas/Item" } },
      wrapped: { allOf: [{ type: "object", properties: { rows: { type: "array", items: str } } }] },
      next: str,
      more: { type: "boolean" },
      pages: { type: "object", properties: { total_pages: { type: "integer" } } },
      count: { type: "integer" },
    },
  };
  const paginated = (xPagination: unknown, method: "get" | "post" = "get") =>
    operations({
      components: { schemas: { Item: { type: "object", properties: { id: str } } } },
      paths: {
        "/items": {
          [method]: {
            "x-sdk-method": "list",
            "x-pagination": xPagination,
            parameters: [
              { name: "cursor", in: "query", schema: str },
              { name: "page", in: "query", schema: { type: "integer" } },
            ],
            ...(method === "post"
              ? {
                  requestBody: {
                    content: {
                      "application/json": {
                        schema: {
                          type: "object",
                          properties: { paging: { type: "object", properties: { after: str } } },
                        },
                      },
                    },
                  },
                }
              : {}),
            responses: { "200": json(list) },
          },
        },
      },
    });

  it.each([
    [
      "cursor",
      { style: "cursor", items: "data", cursorParam: "cursor", nextCursor: "next", extra: "dropped" },
      {
        style: "cursor",
        items: "data",
        cursorParam: "cursor",
        nextCursor: "next",
        itemType: { kind: "ref", name: "Item" },
      },
    ],
    [
      "page",
      { style: "page", items: "data", pageParam: "page", pages: "pages" },
      { style: "page", items: "data", pageParam: "page", pages: "pages", itemType: { kind: "ref", name: "Item" } },
    ],
    [
      "scroll, items through allOf",
      { style: "scroll", items: "wrapped.rows", cursorParam: "cursor", nextCursor: "next" },
      {
        style: "scroll",
        items: "wrapped.rows",
        cursorParam: "cursor",
        nextCursor: "next",
        itemType: { kind: "primitive", name: "string" },
      },
    ],
    [
      "last-item",
      { style: "last-item", items: "data", cursorParam: "cursor", itemCursor: "id", hasMore: "more" },
      {
        style: "last-item",
        items: "data",
        cursorParam: "cursor",
        itemCursor: "id",
        hasMore: "more",
        itemType: { kind: "ref", name: "Item" },
      },
    ],
  ] as const)("%s", (_name, declared, want) => {
    const { ops, diagnostics } = paginated(declared);
    expect(diagnostics).toEqual([]);
    expect(ops[0]!.pagination).toEqual({ ...want, source: "declared" });
  });

  it("a cursor in a (merged) body field, by its dotted path", () => {
    const { ops, diagnostics } = paginated(
      { style: "cursor", items: "data", cursorParam: "paging.after", nextCursor: "next" },
      "post",
    );
    expect(diagnostics).toEqual([]);
    expect(ops[0]!.pagination).toMatchObject({ cursorParam: "paging.after", source: "declared" });
  });

  it.each([
    ["not an object", "cursor", "x-pagination must be an object"],
    ["no style", { items: "data" }, "unknown pagination style undefined"],
    ["unknown style", { style: "offset" }, 'unknown pagination style "offset"'],
    [
      "a missing field",
      { style: "page", items: "data", pageParam: "page" },
      "x-pagination (page) needs `pages` (a dotted path to the response's page information)",
    ],
    [
      "a field that is not a path",
      { style: "cursor", items: "data", cursorParam: 1, nextCursor: "next" },
      "x-pagination (cursor) needs `cursorParam` (a dotted path to the cursor input)",
    ],
    [
      "items not in the response",
      { style: "cursor", items: "rows", cursorParam: "cursor", nextCursor: "next" },
      "`items: rows` is not an array in the response",
    ],
    [
      "items not an array",
      { style: "cursor", items: "count", cursorParam: "cursor", nextCursor: "next" },
      "`items: count` is not an array in the response",
    ],
    [
      "an unknown cursor parameter",
      { style: "cursor", items: "data", cursorParam: "after", nextCursor: "next" },
      "`after` is not a parameter or body field of the operation",
    ],
    [
      "an unknown page parameter",
      { style: "page", items: "data", pageParam: "p", pages: "pages" },
      "`p` is not a parameter or body field of the operation",
    ],
  ] as const)("%s: an error at x-pagination, no pagination", (_name, declared, message) => {
    const { ops, diagnostics } = paginated(declared);
    expect(ops[0]!.pagination).toBeUndefined();
    expect(diagnostics).toEqual([["error", "bad-pagination", "/paths/~1items/get/x-pagination", message, FIX]]);
  });
});

describe("model documents: request-side variants of types with readOnly properties", () => {
  it("through refs declared later, arrays, tuples, unions, intersections and index signatures; names kept unique", () => {
    const ref = (n: string) => ({ $ref: `#/components/schemas/${n}` });
    const { model, diagnostics } = build({
      components: {
        schemas: {
          Outer: { type: "object", properties: { middle: ref("Middle") } },
          Middle: { type: "object", properties: { list: { type: "array", items: ref("Leaf") } } },
          Leaf: { type: "object", properties: { id: { type: "string", readOnly: true }, name: str } },
          InTuple: { type: "array", prefixItems: [str], items: ref("Leaf") },
          InClosedTuple: { type: "array", prefixItems: [ref("Leaf")], items: false },
          InUnion: { oneOf: [str, ref("Leaf")] },
          InAllOf: { allOf: [ref("Plain"), ref("Leaf")] },
          InMap: { type: "object", additionalProperties: ref("Leaf") },
          Plain: { type: "object", properties: { a: str }, additionalProperties: str },
          PlainTuple: { type: "array", prefixItems: [str], items: false },
          LeafInput: { type: "string" },
        },
      },
    });
    expect(Object.fromEntries(model.types.map((t) => [t.name, t.inputName ?? "-"]))).toEqual({
      Outer: "OuterInput",
      Middle: "MiddleInput",
      Leaf: "LeafInput2",
      InTuple: "InTupleInput",
      InClosedTuple: "InClosedTupleInput",
      InUnion: "InUnionInput",
      InAllOf: "InAllOfInput",
      InMap: "InMapInput",
      Plain: "-",
      PlainTuple: "-",
      LeafInput: "-",
    });
    expect(diagnostics.map(brief)).toEqual([]);
    const printed = printedTypes(model);
    expect([printed["LeafInput2"], printed["OuterInput"], printed["MiddleInput"]]).toEqual([
      "{ name?: string; }",
      "{ middle?: MiddleInput; }",
      "{ list?: LeafInput2[]; }",
    ]);
  });
});

describe("names: the exported naming rules", () => {
  it.each([
    ["reposGet", "repos", "get"],
    ["getCustomers", "customers", "get"],
    ["cdnListEndpoints", "cdnEndpoints", "list"],
    ["domainsGetRecord", "domainRecords", "get"],
    ["listThings", "things", "list"],
    ["listThingsForUser", "things", "listForUser"],
    ["retrieveAThingById", "things", "retrieveAThingById"], // the article would dangle
    ["getTheThing", "things", "getTheThing"],
    ["things", "things", "things"], // nothing left
    ["things2", "things", "things2"], // a number cannot lead
    ["listItems", "things", "listItems"], // a word missing
    ["recordsDomainGet", "domainRecords", "recordsDomainGet"], // words out of order
    ["listUrls", "urls", "list"],
  ])("withoutResourceName(%j, %j) = %j", (method, resource, want) => {
    expect(withoutResourceName(method, resource)).toBe(want);
  });

  it.each([
    ["1-Click Apps", "OneClickApps"],
    ["2fa", "TwoFa"],
    ["365 Days", "Days365"],
    ["7", "Seven"],
    ["42", "N42"],
    ["", "Unnamed"],
    ["already_snake_case", "AlreadySnakeCase"],
    ["XMLHttpRequest", "XMLHttpRequest"],
  ])("pascalCase(%j) = %j", (given, want) => {
    expect(pascalCase(given)).toBe(want);
  });

  it.each([
    ["company_list", ["company", "list"]],
    ["RetrieveACompanyById", ["Retrieve", "A", "Company", "By", "Id"]],
    ["AIAgentReply", ["AI", "Agent", "Reply"]],
    ["pt-BR", ["pt", "BR"]],
    ["v2.1", ["v2", "1"]],
  ])("words(%j)", (given, want) => {
    expect(words(given)).toEqual(want);
  });

  it.each([
    ["sshKeys_list", "sshKeysList"],
    ["repos/get", "reposGet"],
    ["URLFor", "urlFor"],
    ["A", "a"],
    ["ABc", "aBc"],
  ])("methodNameFromOperationId(%j) = %j", (given, want) => {
    expect(methodNameFromOperationId(given)).toBe(want);
  });

  it("identifiers", () => {
    expect(["a", "_a1", "$", "A_b$"].every(isIdentifier)).toBe(true);
    expect(["1a", "a-b", "", "a b"].some(isIdentifier)).toBe(false);
  });
});

describe("model documents: media types and lenient input", () => {
  it.each([
    ["application/json; charset=utf-8", "json merged: { name: string; }"],
    ["application/merge-patch+json", "json merged: { name: string; }"],
    [
      "application/x-json-stream",
      "binary (application/x-json-stream) under body: Blob | Uint8Array | ArrayBuffer | ReadableStream",
    ],
    ["application/xml", "text (application/xml) under body: string"],
    ["text/csv", "text (text/csv) under body: string"],
  ])("request body %s", (type, want) => {
    const { summaries } = operations({ paths: body({ [type]: { schema: obj } }) });
    expect(summaries[0]!.body).toBe(want);
  });

  it.each([
    ["application/json; charset=utf-8", "json: { name: string; }", undefined],
    ["*/*", "json: { name: string; }", undefined],
    ["text/html", "text: string", "text/html"],
    ["application/xml", "binary: Blob | Uint8Array", "application/xml"],
  ])("response %s", (type, want, mediaType) => {
    const { summaries } = operations({
      paths: respond({ "200": { description: "x", content: { [type]: { schema: obj } } } }),
    });
    expect([summaries[0]!.response, summaries[0]!.responseMediaType]).toEqual([want, mediaType]);
  });

  it("lenient: a dangling $ref is typed unknown, and its property has no docs from it", () => {
    const { printed, model } = (() => {
      const r = build(
        {
          components: {
            schemas: {
              T: { type: "object", properties: { gone: { $ref: "#/components/schemas/Gone", description: "Kept." } } },
            },
          },
        },
        { lenient: true },
      );
      return { printed: printedTypes(r.model), model: r.model };
    })();
    expect(printed["T"]).toBe("{ gone?: unknown; }");
    const t = model.types[0]!.type;
    if (t.kind !== "object") throw new Error("T is not an object");
    expect(t.properties[0]!.docs).toEqual({ description: "Kept." });
  });
});

describe("model documents: pagination proposals of other APIs' shapes", () => {
  const itemSchema = { type: "object", properties: { id: str } };
  const propose = (response: Doc, params: string[], requestBody?: Doc) => {
    const { ops, diagnostics } = operations({
      paths: {
        "/list": {
          [requestBody ? "post" : "get"]: {
            parameters: params.map((name) => ({ name, in: "query", schema: str })),
            ...(requestBody ? { requestBody: { content: { "application/json": { schema: requestBody } } } } : {}),
            responses: { "200": json(response) },
          },
        },
      },
    });
    const { itemType: _i, source, ...rest } = ops[0]!.pagination ?? { itemType: undefined, source: undefined };
    return { proposal: ops[0]!.pagination ? { ...rest, source } : undefined, messages: diagnostics.map((d) => d[3]) };
  };
  const data = { type: "array", items: itemSchema };

  it.each([
    [
      "Stripe: has_more + the last item's id as starting_after",
      { type: "object", properties: { data, has_more: { type: "boolean" } } },
      ["starting_after", "limit"],
      { style: "last-item", items: "data", cursorParam: "starting_after", itemCursor: "id", hasMore: "has_more" },
      "no x-pagination declared; proposed last-item pagination (items `data`, `starting_after` ← the last item's `id` while `has_more`) from the response shape",
    ],
    [
      "next_cursor sent back as cursor",
      { type: "object", properties: { data, next_cursor: str } },
      ["cursor"],
      { style: "cursor", items: "data", cursorParam: "cursor", nextCursor: "next_cursor" },
      "no x-pagination declared; proposed cursor pagination (items `data`, `cursor` ← `next_cursor`) from the response shape",
    ],
    [
      "next_cursor sent back as next_cursor",
      { type: "object", properties: { data, next_cursor: str } },
      ["next_cursor"],
      { style: "cursor", items: "data", cursorParam: "next_cursor", nextCursor: "next_cursor" },
      "no x-pagination declared; proposed cursor pagination (items `data`, `next_cursor` ← `next_cursor`) from the response shape",
    ],
    [
      "DigitalOcean: links.pages with a page argument, the only array as items",
      {
        type: "object",
        properties: { droplets: data, links: { type: "object", properties: { pages: { type: "object" } } } },
      },
      ["page"],
      { style: "page", items: "droplets", pageParam: "page", pages: "links.pages" },
      "no x-pagination declared; proposed page-number pagination (items `droplets`, `page` + 1 up to `links.pages.total_pages`, or while `links.pages` has a next page) from the response shape",
    ],
    [
      "properties composed with allOf",
      {
        allOf: [
          { type: "object", properties: { data } },
          { type: "object", properties: { next_cursor: str } },
        ],
      },
      ["cursor"],
      { style: "cursor", items: "data", cursorParam: "cursor", nextCursor: "next_cursor" },
      "no x-pagination declared; proposed cursor pagination (items `data`, `cursor` ← `next_cursor`) from the response shape",
    ],
  ] as const)("%s", (_name, response, params, want, message) => {
    expect(propose(response, [...params])).toEqual({ proposal: { ...want, source: "proposed" }, messages: [message] });
  });

  it.each([
    ["starting_after and item ids without has_more", { type: "object", properties: { data } }, ["starting_after"]],
    [
      "has_more without a starting_after argument",
      { type: "object", properties: { data, has_more: { type: "boolean" } } },
      ["limit"],
    ],
    [
      "has_more with items without an id",
      { type: "object", properties: { data: { type: "array", items: str }, has_more: { type: "boolean" } } },
      ["starting_after"],
    ],
    ["next_cursor without a cursor argument", { type: "object", properties: { data, next_cursor: str } }, ["after"]],
    [
      "links without pages",
      { type: "object", properties: { data, links: { type: "object", properties: { next: str } } } },
      ["page"],
    ],
    [
      "links.pages without a page argument",
      { type: "object", properties: { data, links: { type: "object", properties: { pages: { type: "object" } } } } },
      ["per_page"],
    ],
    ["two arrays, none named data", { type: "object", properties: { a: data, b: data, next_cursor: str } }, ["cursor"]],
  ] as const)("no proposal: %s", (_name, response, params) => {
    expect(propose(response, [...params])).toEqual({ proposal: undefined, messages: [] });
  });

  it("a cursor argument in the body counts", () => {
    const { proposal } = propose({ type: "object", properties: { data, next_cursor: str } }, [], {
      type: "object",
      properties: { cursor: str },
    });
    expect(proposal).toEqual({
      style: "cursor",
      items: "data",
      cursorParam: "cursor",
      nextCursor: "next_cursor",
      source: "proposed",
    });
  });
});
