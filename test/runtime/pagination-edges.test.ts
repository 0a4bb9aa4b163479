// Edges of the pagination rules, against a real local HTTP server: which item's cursor `last-item` sends, a cursor
// that is no cursor, and a scroll failure recognised by its error code alone.
import { afterEach, expect, it } from "vitest";
import { SdkApiError } from "../../templates/runtime/errors.js";
import type { OperationSpec } from "../../templates/runtime/operation.js";
import { paginate, type PaginationSpec } from "../../templates/runtime/pagination.js";
import { expectExactly, listOp, makeClient, rejection } from "./helpers.js";
import { startServer, type TestServer } from "./server.js";

let server: TestServer | undefined;
afterEach(() => server?.close());

const query = (url: string) => Object.fromEntries(new URL(url, "http://x").searchParams);
const LAST: PaginationSpec = {
  style: "last-item",
  items: "data",
  cursorParam: "starting_after",
  itemCursor: "id",
  hasMore: "has_more",
};

async function collect(op: OperationSpec, spec: PaginationSpec): Promise<unknown[]> {
  const { client } = makeClient(server!.url, { maxRetries: 0 });
  const out: unknown[] = [];
  for await (const item of paginate<unknown, { id: unknown }>(client, op, {}, undefined, spec)) out.push(item.id);
  return out;
}

it("last-item: the cursor is the last item's, not the first's or the second's (pages of three)", async () => {
  server = await startServer((req) =>
    query(req.url)["starting_after"] === undefined
      ? { body: { data: [{ id: "a" }, { id: "b" }, { id: 7 }], has_more: true } }
      : { body: { data: [{ id: "d" }], has_more: false } },
  );
  expect(await collect(listOp(["starting_after"]), LAST)).toEqual(["a", "b", 7, "d"]);
  expect(server.requests.map((r) => query(r.url))).toEqual([{}, { starting_after: "7" }]);
});

it.each([
  ["an empty string", ""],
  ["null", null],
  ["a boolean", true],
  ["an object", { id: 1 }],
])("last-item: a last item whose id is %s ends the list (no request with a made-up cursor)", async (_name, id) => {
  // A second request (the bug) gets an empty last page, so the list ends either way and the count tells.
  server = await startServer((_req, i) => ({
    body: i === 0 ? { data: [{ id: "a" }, { id }], has_more: true } : { data: [], has_more: false },
  }));
  expect(await collect(listOp(["starting_after"]), LAST)).toEqual(["a", id]);
  expect(server.requests).toHaveLength(1);
});

it("scroll: a failure whose error code names the scroll gets the restart hint, whatever its status", async () => {
  server = await startServer(() => ({
    status: 500,
    body: { type: "error.list", errors: [{ code: "scroll_expired", message: "Gone" }] },
  }));
  const spec: PaginationSpec = {
    style: "scroll",
    items: "data",
    cursorParam: "scroll_param",
    nextCursor: "scroll_param",
  };
  const err = await rejection(collect(listOp(["scroll_param"]), spec));
  expect(err).toBeInstanceOf(SdkApiError);
  expect((err as Error).message).toMatch(
    /^500 .*Gone — The scroll may have expired .*Restart the scroll from the first page\.$/,
  );
  // the same failure outside a scroll is left as it is
  const cursor: PaginationSpec = { style: "cursor", items: "data", cursorParam: "c", nextCursor: "next" };
  const plain = await rejection(collect(listOp(["c"]), cursor));
  expectExactly(plain, Object.getPrototypeOf(err).constructor);
  expect((plain as Error).message).not.toMatch(/scroll may have expired/);
});

it("items at several paths: the first that holds a list is the page (one API answers `data`, another `results`)", async () => {
  server = await startServer((req) =>
    query(req.url)["starting_after"] === undefined
      ? { body: { data: "not a list", results: [{ id: "a" }], has_more: true } }
      : { body: { data: [{ id: "b" }], results: [{ id: "x" }], has_more: false } },
  );
  expect(await collect(listOp(["starting_after"]), { ...LAST, items: ["data", "results"] })).toEqual(["a", "b"]);
  expect(server.requests.map((r) => query(r.url))).toEqual([{}, { starting_after: "a" }]);
});
