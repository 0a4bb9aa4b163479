// The pagination styles proposed for real-world lists, against a real local HTTP server: Stripe's `has_more` + the
// last item's id (`last-item`), Intercom 2.16's `next_cursor` (cursor) and DigitalOcean's `links.pages.next` (page).
import { afterEach, expect, it } from "vitest";
import type { OperationSpec } from "../../templates/runtime/operation.js";
import { paginate, type PaginationSpec } from "../../templates/runtime/pagination.js";
import { listOp, makeClient } from "./helpers.js";
import { startServer, type TestServer } from "./server.js";

let server: TestServer | undefined;
afterEach(() => server?.close());

const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ id: `i${from + i}` }));

async function collect(op: OperationSpec, spec: PaginationSpec, params: object = {}): Promise<string[]> {
  const { client } = makeClient(server!.url);
  const out: string[] = [];
  for await (const item of paginate<unknown, { id: string }>(client, op, params, undefined, spec)) out.push(item.id);
  return out;
}
const query = (url: string) => Object.fromEntries(new URL(url, "http://x").searchParams);

it("last-item: sends the last item's id as starting_after while has_more is true", async () => {
  server = await startServer((req) => {
    const after = query(req.url)["starting_after"];
    if (!after) return { body: { data: ids(0, 2), has_more: true } };
    if (after === "i1") return { body: { data: ids(2, 2), has_more: true } };
    return { body: { data: ids(4, 1), has_more: false } };
  });
  const spec: PaginationSpec = {
    style: "last-item",
    items: "data",
    cursorParam: "starting_after",
    itemCursor: "id",
    hasMore: "has_more",
  };
  expect(await collect(listOp(["starting_after", "limit"]), spec, { limit: 2 })).toEqual([
    "i0",
    "i1",
    "i2",
    "i3",
    "i4",
  ]);
  expect(server.requests.map((r) => query(r.url))).toEqual([
    { limit: "2" },
    { limit: "2", starting_after: "i1" },
    { limit: "2", starting_after: "i3" },
  ]);
});

it("last-item: an empty page ends the list even when has_more says otherwise", async () => {
  server = await startServer(() => ({ body: { data: [], has_more: true } }));
  const spec: PaginationSpec = {
    style: "last-item",
    items: "data",
    cursorParam: "starting_after",
    itemCursor: "id",
    hasMore: "has_more",
  };
  expect(await collect(listOp(["starting_after"]), spec)).toEqual([]);
  expect(server.requests).toHaveLength(1);
});

it("next_cursor (Intercom 2.16 merge history) maps onto the cursor style", async () => {
  server = await startServer((req) =>
    query(req.url)["cursor"] === "c2"
      ? { body: { data: ids(1, 1), has_more: false } }
      : { body: { data: ids(0, 1), next_cursor: "c2", has_more: true } },
  );
  const spec: PaginationSpec = { style: "cursor", items: "data", cursorParam: "cursor", nextCursor: "next_cursor" };
  expect(await collect(listOp(["cursor"]), spec)).toEqual(["i0", "i1"]);
  expect(server.requests.map((r) => query(r.url)["cursor"])).toEqual([undefined, "c2"]);
});

it("links.pages.next (DigitalOcean) maps onto the page style: the next page while there is a next link", async () => {
  server = await startServer((req) => {
    const page = Number(query(req.url)["page"] ?? 1);
    const next = page < 3 ? { next: `https://api.test/v2/account/keys?page=${page + 1}` } : {};
    return {
      body: {
        ssh_keys: ids(page * 10, 1),
        links: { pages: { first: "https://api.test/v2/account/keys?page=1", ...next } },
      },
    };
  });
  const spec: PaginationSpec = { style: "page", items: "ssh_keys", pageParam: "page", pages: "links.pages" };
  expect(await collect(listOp(["page"]), spec)).toEqual(["i10", "i20", "i30"]);
  expect(server.requests.map((r) => query(r.url)["page"])).toEqual([undefined, "2", "3"]);
});
