// generator/model/pagination.ts: a declared x-pagination, checked against the operation.
import { describe, expect, it } from "vitest";
import { json, operations, rows, str } from "./rows.js";

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
      bare: { type: "array" },
      untyped: { items: str },
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

  rows(
    [
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
      [
        "items as alternatives: the first array of the response wins, absent and non-array paths skipped",
        {
          style: "cursor",
          items: ["rows", "pages", "data", "wrapped.rows"],
          cursorParam: "cursor",
          nextCursor: "next",
        },
        {
          style: "cursor",
          items: ["rows", "pages", "data", "wrapped.rows"],
          cursorParam: "cursor",
          nextCursor: "next",
          itemType: { kind: "ref", name: "Item" },
        },
      ],
      [
        "items: an array without items schema",
        { style: "cursor", items: "bare", cursorParam: "cursor", nextCursor: "next" },
        { style: "cursor", items: "bare", cursorParam: "cursor", nextCursor: "next", itemType: { kind: "unknown" } },
      ],
      [
        "items: an items schema without type is an array",
        { style: "cursor", items: "untyped", cursorParam: "cursor", nextCursor: "next" },
        {
          style: "cursor",
          items: "untyped",
          cursorParam: "cursor",
          nextCursor: "next",
          itemType: { kind: "primitive", name: "string" },
        },
      ],
    ] as const,
    (declared) => {
      const { ops, diagnostics } = paginated(declared);
      const { source, ...pagination } = ops[0]!.pagination!;
      expect(source).toBe("declared");
      return { got: pagination, diagnostics };
    },
  );

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
    ["a style in a list", { style: ["cursor"], items: "data" }, 'unknown pagination style ["cursor"]'],
    [
      "items as an empty list",
      { style: "cursor", items: [], cursorParam: "cursor", nextCursor: "next" },
      "x-pagination (cursor) needs `items` (a dotted path to the list in the response)",
    ],
    [
      "items as a list with a number",
      { style: "cursor", items: ["data", 1], cursorParam: "cursor", nextCursor: "next" },
      "x-pagination (cursor) needs `items` (a dotted path to the list in the response)",
    ],
    [
      "a cursorParam as a list",
      { style: "cursor", items: "data", cursorParam: ["cursor"], nextCursor: "next" },
      "x-pagination (cursor) needs `cursorParam` (a dotted path to the cursor input)",
    ],
    [
      "items alternatives none of which is an array",
      { style: "cursor", items: ["rows", "count"], cursorParam: "cursor", nextCursor: "next" },
      "`items: [rows, count]` is not an array in the response",
    ],
  ] as const)("%s: an error at x-pagination, no pagination", (_name, declared, message) => {
    const { ops, diagnostics } = paginated(declared);
    expect(ops[0]!.pagination).toBeUndefined();
    expect(diagnostics).toEqual([["error", "bad-pagination", "/paths/~1items/get/x-pagination", message, FIX]]);
  });
});

describe("model documents: proposed pagination, edge cases", () => {
  const list = (props: Record<string, unknown>, params: string[]) => ({
    parameters: params.map((name) => ({ name, in: "query", schema: str })),
    responses: { "200": json({ type: "object", properties: { data: { type: "array", items: str }, ...props } }) },
  });

  it("next_cursor sent back as next_cursor; pages.next without starting_after and a broken property ref propose nothing", () => {
    const { ops, diagnostics } = operations(
      {
        paths: {
          "/a": { get: list({ next_cursor: str }, ["next_cursor"]) },
          "/b": {
            get: list(
              { pages: { type: "object", properties: { next: { type: "object", properties: { page: str } } } } },
              ["starting_after"],
            ),
          },
          "/c": { get: list({ extra: { $ref: "#/components/schemas/Nope" } }, []) },
        },
      },
      { lenient: true },
    );
    expect(ops.map((o) => o.pagination)).toEqual([
      {
        style: "cursor",
        items: "data",
        cursorParam: "next_cursor",
        nextCursor: "next_cursor",
        itemType: { kind: "primitive", name: "string" },
        source: "proposed",
      },
      undefined,
      undefined,
    ]);
    expect(diagnostics).toEqual([
      [
        "warning",
        "missing-ref",
        "/paths/~1c/get/responses/200/content/application~1json/schema/properties/extra/$ref",
        "`$ref: #/components/schemas/Nope` points to nothing; emitted as `unknown`",
        "define the target in the description to get a precise type",
      ],
      [
        "warning",
        "pagination-proposed",
        "/paths/~1a/get",
        "no x-pagination declared; proposed cursor pagination (items `data`, `next_cursor` ← `next_cursor`) from the response shape",
        "declare x-pagination in the curation to confirm or change it",
      ],
    ]);
  });
});
