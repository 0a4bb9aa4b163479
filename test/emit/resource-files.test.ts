// A resource file as emitted for operations Intercom's descriptions do not have: a text response, a response that may
// be empty, an XML body sent with its declared Content-Type, a nullable body, `security: []` in an API without schemes,
// what the file imports (only the models its signatures name on each side, only the runtime types its methods use).
// Emitted in memory inside each test.
import { describe, expect, it } from "vitest";
import { emitFrom } from "../helpers/emit-document.js";
import { lineStarting, linesStarting } from "../helpers/emitted-text.js";

type Json = Record<string, unknown>;
const s = (type: string) => ({ type });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const none = { "204": { description: "none" } };
const returning = (media: string, schema: Json) => ({ "200": { description: "ok", content: { [media]: { schema } } } });

const document = {
  openapi: "3.1.0",
  info: { title: "Tiny", version: "1" },
  paths: {
    "/text": {
      get: { operationId: "getText", tags: ["docs"], security: [], responses: returning("text/plain", s("string")) },
    },
    "/mixed": {
      get: {
        operationId: "getMixed",
        tags: ["docs"],
        responses: {
          ...returning("text/plain", s("string")),
          "201": { description: "bytes", content: { "application/octet-stream": { schema: s("string") } } },
        },
      },
    },
    "/maybe": {
      get: {
        operationId: "getMaybe",
        tags: ["docs"],
        responses: { ...returning("application/json", ref("Foo")), ...none },
      },
    },
    "/xml": {
      post: {
        operationId: "postXml",
        tags: ["docs"],
        requestBody: { content: { "application/xml": { schema: s("string") } } },
        responses: none,
      },
    },
    "/nullable": {
      post: {
        operationId: "postNullable",
        tags: ["docs"],
        requestBody: {
          required: true,
          content: { "application/json": { schema: { type: ["object", "null"], properties: { a: s("string") } } } },
        },
        responses: none,
      },
    },
    "/read-only": {
      post: {
        operationId: "postReadOnly",
        tags: ["readOnly"],
        requestBody: {
          content: {
            "application/json": {
              schema: { type: "object", properties: { foo: { ...ref("Foo"), readOnly: true }, name: s("string") } },
            },
          },
        },
        responses: returning("application/json", {
          type: "object",
          properties: { bar: { ...ref("Bar"), readOnly: true } },
        }),
      },
    },
    "/pages": {
      get: {
        operationId: "listPages",
        tags: ["pages"],
        parameters: [{ name: "page", in: "query", schema: { type: "integer" } }],
        responses: returning("application/json", {
          type: "object",
          properties: {
            keys: { type: "array", items: s("string") },
            links: { type: "object", properties: { pages: { type: "object", properties: { next: s("string") } } } },
          },
        }),
      },
    },
  },
  components: {
    schemas: {
      Foo: { type: "object", properties: { a: s("string") } },
      Bar: { type: "object", properties: { b: s("string") } },
    },
  },
};

const requests = (text: string) => linesStarting(text, "return client.request");

describe("a resource file", () => {
  it("text (also beside bytes) and may-be-empty responses, an XML body, `security: []` where the API has no scheme", () => {
    const docs = emitFrom(document).get("src/resources/docs.ts")!;
    expect(requests(docs)).toEqual([
      'return client.request<string>({"method": "GET", "path": "/text", "response": "text"}, params, accepting("text/plain", options));',
      // A text response beside a binary one reads as the text.
      'return client.request<string>({"method": "GET", "path": "/mixed", "response": "text"}, params, accepting("text/plain", options));',
      'return client.request<Foo | undefined>({"method": "GET", "path": "/maybe", "response": "json"}, params, options);',
      'return client.request<undefined>({"method": "POST", "path": "/xml", "body": textBody, "contentType": "application/xml", "bodyKey": "body", "response": "none"}, params, options);',
      'return client.request<undefined>({"method": "POST", "path": "/nullable", "body": jsonBody, "response": "none"}, params, options);',
    ]);
    expect(linesStarting(docs, "export function").map((l) => /\): (.*) \{$/.exec(l)![1])).toEqual([
      "ApiPromise<string>",
      "ApiPromise<string>",
      "ApiPromise<Foo | undefined>",
      "ApiPromise<undefined>",
      "ApiPromise<undefined>",
    ]);
  });

  it("a nullable body: its argument type is the non-null object", () => {
    const docs = emitFrom(document).get("src/resources/docs.ts")!.replace(/\s+/g, " ");
    expect(docs).toContain("export type DocsCreate2Params = NonNullable<{ a?: string; } | null>;");
  });

  it("imports the models a side shows: not one only a read-only request field names, one a read-only response field does", () => {
    const file = emitFrom(document).get("src/resources/readOnly.ts")!;
    expect(lineStarting(file, "import type { ClientCore")).toBe(
      'import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";',
    );
    expect(linesStarting(file, "import").filter((l) => l.endsWith('"../models.js";'))).toEqual([
      'import type { Bar } from "../models.js";',
    ]);
  });

  it("imports only the runtime types its methods use: a paginated resource, no ApiPromise", () => {
    const file = emitFrom(document).get("src/resources/pages.ts")!;
    expect(lineStarting(file, "import type { ClientCore")).toBe(
      'import type { ClientCore, RequestOptions, PagePromise } from "../runtime/index.js";',
    );
  });
});
