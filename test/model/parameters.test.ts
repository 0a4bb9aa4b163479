// generator/model/parameters.ts: path- and operation-level parameters, their styles and defects.
import { describe, expect, it } from "vitest";
import { ok, operations, rows, str } from "./rows.js";

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

  rows(
    [
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
        {
          "/a/{id}": { get: { parameters: [{ name: "id", in: "query", schema: { type: "integer" } }], responses: ok } },
        },
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
    ] as const,
    (paths) => {
      const { summaries, diagnostics } = operations({ paths });
      expect(summaries).toHaveLength(1);
      return { got: summaries[0]!.params, diagnostics };
    },
  );

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
