// generator/model/pagination-styles.ts: pagination proposed from other APIs' list shapes.
import { describe, expect, it } from "vitest";
import { type Doc, json, operations, str } from "./rows.js";

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
