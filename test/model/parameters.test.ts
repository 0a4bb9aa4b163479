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
      [
        "a second template name no parameter declares is an error, though a path parameter is declared",
        {
          "/a/{id}/{b}": {
            get: { parameters: [{ name: "id", in: "path", required: true, schema: str }], responses: ok },
          },
        },
        ["path id: string", "path b: string"],
        [
          [
            "error",
            "undeclared-path-param",
            "/paths/~1a~1{id}~1{b}/get",
            "the path `/a/{id}/{b}` has `{b}` but no parameter declares it",
            "declare `- name: b\\n  in: path\\n  required: true`",
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

  it("lenient: a parameter $ref to nothing or without a name is ignored; a parameter schema's defect names its pointer; empty content is no schema", () => {
    const { summaries, diagnostics } = operations(
      {
        paths: {
          "/a/{id}": {
            get: {
              parameters: [
                { $ref: "#/components/parameters/Nope" },
                { in: "query", schema: str },
                { name: "id", in: "path", required: true, schema: str },
                { name: "q", in: "query", schema: { type: "object", properties: { a: str }, required: ["z"] } },
                { name: "c", in: "query", content: {} },
              ],
              responses: ok,
            },
          },
        },
      },
      { lenient: true },
    );
    expect(summaries[0]!.params).toEqual(["path id: string", "query q?: { a?: string; }", "query c?: unknown"]);
    expect(diagnostics).toEqual([
      [
        "warning",
        "wrong-type",
        "/paths/~1a~1{id}/get/parameters/1/name",
        "a parameter needs a `name` (a string); found none; the parameter is ignored",
        "name the parameter as it is sent",
      ],
      [
        "warning",
        "missing-ref",
        "/paths/~1a~1{id}/get/parameters/0/$ref",
        "`$ref: #/components/parameters/Nope` points to nothing; emitted as `unknown`",
        "define the target in the description to get a precise type",
      ],
      [
        "warning",
        "required-not-a-property",
        "/paths/~1a~1{id}/get/parameters/3/schema/required",
        "`z` is required but not among the properties; ignored",
        "add the property or remove it from `required`",
      ],
      [
        "warning",
        "parameter-without-schema",
        "/paths/~1a~1{id}/get/parameters/4",
        "parameter `c` has no `schema`; emitted with a fallback type",
        "add `schema: { type: string }` (or the right type)",
      ],
    ]);
  });

  it("x-multi-segment and x-ms-skip-url-encoding mark a path parameter multi-segment, never a query one", () => {
    const flag = (name: string, inWhere: string, extension: Record<string, unknown>) => ({
      name,
      in: inWhere,
      required: true,
      schema: str,
      ...extension,
    });
    const { ops, diagnostics } = operations({
      paths: {
        "/f/{p}/{q}/{r}/{s}": {
          get: {
            parameters: [
              flag("p", "path", { "x-multi-segment": true }),
              flag("q", "path", { "x-ms-skip-url-encoding": true }),
              flag("r", "path", { "x-multi-segment": "yes", "x-ms-skip-url-encoding": false }),
              flag("s", "path", {}),
              flag("t", "query", { "x-multi-segment": true }),
              flag("u", "query", { "x-ms-skip-url-encoding": true }),
            ],
            responses: ok,
          },
        },
      },
    });
    expect(diagnostics).toEqual([]);
    expect(ops[0]!.params.map((p) => [p.name, p.multiSegment])).toEqual([
      ["p", true],
      ["q", true],
      ["r", undefined],
      ["s", undefined],
      ["t", undefined],
      ["u", undefined],
    ]);
    expect(ops[0]!.params.filter((p) => "multiSegment" in p).map((p) => p.name)).toEqual(["p", "q"]);
  });
});
