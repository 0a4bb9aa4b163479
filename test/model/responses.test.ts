// generator/model/responses.ts: which response is the result, its kind and media type.
import { describe, expect, it } from "vitest";
import { json, obj, operations, respond, rows, str } from "./rows.js";

describe("model documents: responses", () => {
  rows(
    [
      ["200 JSON", respond({ "200": json(obj) }), ["json: { name: string; }", undefined]],
      ["2XX counts as success", respond({ "2XX": json(str) }), ["json: string", undefined]],
      [
        "default only when there is no 2xx",
        respond({ default: json(str), "404": json({ type: "integer" }) }),
        ["json: string", undefined],
      ],
      [
        "default is ignored beside a 2xx",
        respond({ "201": json(str), default: json({ type: "integer" }) }),
        ["json: string", undefined],
      ],
      ["error codes only: none", respond({ "404": json(str) }), ["none mayBeEmpty: unknown", undefined]],
      [
        "204 beside 200: may be empty",
        respond({ "200": json(str), "204": { description: "none" } }),
        ["json mayBeEmpty: string", undefined],
      ],
      ["204 with content is still empty", respond({ "204": json(str) }), ["none mayBeEmpty: unknown", undefined]],
      [
        "two JSON codes: a union",
        respond({ "200": json(str), "201": json({ type: "integer" }) }),
        ["json: string | number", undefined],
      ],
      ["text", respond({ "200": { description: "csv", content: { "text/csv": {} } } }), ["text: string", "text/csv"]],
      [
        "bytes",
        respond({ "200": { description: "pdf", content: { "application/pdf": {} } } }),
        ["binary: Blob | Uint8Array", "application/pdf"],
      ],
      [
        "JSON preferred over text (a JSON type other than application/json is asked for by name)",
        respond({
          "200": { description: "x", content: { "text/plain": {}, "application/problem+json": { schema: str } } },
        }),
        ["json: string", "application/problem+json"],
      ],
      [
        "text then JSON: JSON wins the kind (the same type once)",
        respond({ "200": { description: "t", content: { "text/plain": {} } }, "201": json(str) }),
        ["json: string", undefined],
      ],
      [
        "a response $ref",
        { ...respond({ "200": { $ref: "#/components/responses/Ok" } }) },
        ["json: number", undefined],
      ],
      [
        "JSON then text: JSON keeps the kind",
        respond({ "200": json(str), "201": { description: "t", content: { "text/plain": {} } } }),
        ["json: string", undefined],
      ],
      [
        "JSON then bytes: JSON keeps the kind",
        respond({ "200": json(str), "201": { description: "b", content: { "application/pdf": {} } } }),
        ["json: string | Blob | Uint8Array", undefined],
      ],
      [
        "another JSON type beside application/json is not asked for by name",
        respond({
          "200": {
            description: "x",
            content: { "application/ld+json": { schema: str }, "application/json": { schema: str } },
          },
        }),
        ["json: string", undefined],
      ],
      [
        "another JSON type beside a type that only contains application/json is asked for by name",
        respond({
          "200": {
            description: "x",
            content: { "application/ld+json": { schema: str }, "text/application/json": {} },
          },
        }),
        ["json: string", "application/ld+json"],
      ],
      [
        "a JSON type whose parameter ends in */* is asked for by name",
        respond({ "200": { description: "x", content: { "application/ld+json;q=*/*": { schema: str } } } }),
        ["json: string", "application/ld+json;q=*/*"],
      ],
      [
        "a response schema's defect names its pointer",
        respond({ "201": json({ type: "object", properties: { a: str }, required: ["z"] }) }),
        ["json: { a?: string; }", undefined],
        [
          [
            "warning",
            "required-not-a-property",
            "/paths/~1r/get/responses/201/content/application~1json/schema/required",
            "`z` is required but not among the properties; ignored",
            "add the property or remove it from `required`",
          ],
        ],
      ],
    ] as const,
    (paths) => {
      const { summaries, diagnostics } = operations({
        paths,
        components: { responses: { Ok: json({ type: "number" }) } },
      });
      return { got: [summaries[0]!.response, summaries[0]!.responseMediaType], diagnostics };
    },
  );

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
