// Pagination against a real local HTTP server emulating Intercom's three pagination styles.
import { jsonBody } from "../../templates/runtime/body.js";
import { buildQuery } from "../../templates/runtime/query.js";
import { afterEach, describe, expect, it } from "vitest";
import {
  BadRequestError,
  SdkError,
  InternalServerError,
  NotFoundError,
  UnauthorizedError,
} from "../../templates/runtime/errors.js";
import type { RequestOptions } from "../../templates/runtime/options.js";
import type { OperationSpec } from "../../templates/runtime/operation.js";
import { paginate as paginateWith, type PaginationSpec } from "../../templates/runtime/pagination.js";
import { makeClient } from "./helpers.js";
import { startServer, type Handler, type RecordedRequest, type Reply, type TestServer } from "./server.js";

interface Item {
  type: string;
  id: string;
}
interface ListBody {
  type: "list";
  data?: Item[] | null;
  companies?: Item[];
  pages?: Record<string, unknown>;
  scroll_param?: string;
}

const CURSOR: PaginationSpec = {
  style: "cursor",
  items: "data",
  cursorParam: "starting_after",
  nextCursor: "pages.next.starting_after",
};
const SEARCH: PaginationSpec = { ...CURSOR, cursorParam: "pagination.starting_after" };
const PAGE: PaginationSpec = { style: "page", items: "data", pageParam: "page", pages: "pages" };
const SCROLL: PaginationSpec = {
  style: "scroll",
  items: "data",
  cursorParam: "scroll_param",
  nextCursor: "scroll_param",
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Handler): Promise<TestServer> {
  server = await startServer(handler);
  return server;
}

// Driven through the real client: ClientCore.paginate → createPagePromise → HTTP.
const OPS = {
  contacts: {
    method: "GET",
    path: "/contacts",
    query: { params: ["per_page", "starting_after"], serialize: buildQuery },
    response: "json",
  },
  search: { method: "POST", path: "/contacts/search", body: jsonBody, response: "json" },
  companies: {
    method: "POST",
    path: "/companies/list",
    query: { params: ["page", "per_page"], serialize: buildQuery },
    response: "json",
  },
  attached: {
    method: "GET",
    path: "/contacts/{contact_id}/companies",
    pathParams: ["contact_id"],
    query: { params: ["page", "per_page"], serialize: buildQuery },
    response: "json",
  },
  scroll: {
    method: "GET",
    path: "/companies/scroll",
    query: { params: ["scroll_param"], serialize: buildQuery },
    response: "json",
  },
} satisfies Record<string, OperationSpec>;

function paginate(op: OperationSpec, params: object, options: RequestOptions | undefined, spec: PaginationSpec) {
  if (!server) throw new Error("no server");
  return paginateWith<ListBody, Item>(makeClient(server.url).client, op, params, options, spec);
}

const item = (i: number): Item => ({ type: "contact", id: `c${i}` });
const ids = (n: number, from = 0): string[] => Array.from({ length: n }, (_, i) => `c${from + i}`);
const encode = (i: number): string => Buffer.from(`after:${i}`).toString("base64url");
const decode = (c: string): number => Number(Buffer.from(c, "base64url").toString().slice(6));
const query = (r: RecordedRequest): URLSearchParams => new URL(r.url, "http://x").searchParams;
const urls = (s: TestServer): string[] => s.requests.map((r) => r.url);
const bodies = (s: TestServer): unknown[] => s.requests.map((r) => JSON.parse(r.body));

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}

/** Intercom cursor pagination (GET /contacts, POST /contacts/search): opaque starting_after cursors. */
function cursorApi(total: number, opts: { lastNext?: "omit" | "null"; repeatCursorAt?: number } = {}): Handler {
  return (req) => {
    const isSearch = req.method === "POST";
    const body = isSearch
      ? (JSON.parse(req.body) as { pagination?: { per_page?: number; starting_after?: string } })
      : {};
    const perPage = Number(isSearch ? body.pagination?.per_page : query(req).get("per_page")) || 50;
    const after = isSearch ? body.pagination?.starting_after : query(req).get("starting_after");
    const start = after ? decode(after) : 0;
    const end = Math.min(start + perPage, total);
    const pages: Record<string, unknown> = {
      type: "pages",
      page: Math.floor(start / perPage) + 1,
      per_page: perPage,
      total_pages: Math.ceil(total / perPage),
    };
    if (opts.repeatCursorAt !== undefined && start >= opts.repeatCursorAt && after) {
      pages.next = { page: 99, starting_after: after }; // a buggy server echoing the cursor we sent
    } else if (end < total) pages.next = { page: Number(pages.page) + 1, starting_after: encode(end) };
    else if (opts.lastNext === "null") pages.next = null;
    const data = Array.from({ length: end - start }, (_, i) => item(start + i));
    return { body: { type: "list", data, total_count: total, pages } };
  };
}

/** Intercom page-number pagination (companies list): `pages.next` is a URL string until the last page. */
function pageApi(
  total: number,
  opts: { items?: string; nextOnLast?: boolean; noPageField?: boolean; noNext?: boolean } = {},
): Handler {
  return (req) => {
    const q = query(req);
    const perPage = Number(q.get("per_page")) || 15;
    const page = Number(q.get("page")) || 1;
    const totalPages = Math.ceil(total / perPage);
    const start = (page - 1) * perPage;
    const data = Array.from({ length: Math.max(0, Math.min(perPage, total - start)) }, (_, i) => item(start + i));
    const next =
      page < totalPages || opts.nextOnLast
        ? `https://api.intercom.io/companies/list?page=${page + 1}&per_page=${perPage}`
        : null;
    const pages: Record<string, unknown> = { type: "pages", next, page, per_page: perPage, total_pages: totalPages };
    if (opts.noNext) delete pages.next;
    if (opts.noPageField) {
      delete pages.page;
      delete pages.total_pages;
    }
    return { body: { type: "list", [opts.items ?? "data"]: data, total_count: total, pages } };
  };
}

/**
 * Intercom scroll (GET /companies/scroll): one open scroll per workspace, the same scroll_param for the
 * whole scroll (`rotate` issues a new one per page), an empty page at the end, 404 once expired.
 */
function scrollApi(total: number, perPage: number, opts: { rotate?: boolean } = {}) {
  let open: { param: string; pos: number } | undefined;
  let serial = 0;
  const handler: Handler = (req): Reply => {
    const param = query(req).get("scroll_param");
    if (!param) {
      if (open) {
        const error = { code: "parameter_invalid", message: "scroll already exists for this workspace" };
        return { status: 400, body: { type: "error.list", request_id: "r1", errors: [error] } };
      }
      open = { param: `scroll-${++serial}`, pos: 0 };
    } else if (param !== open?.param) {
      return {
        status: 404,
        body: { type: "error.list", errors: [{ code: "not_found", message: "Resource Not Found" }] },
      };
    }
    const start = open.pos;
    const end = Math.min(start + perPage, total);
    open.pos = end;
    const scroll_param = opts.rotate ? (open.param = `scroll-${++serial}`) : open.param;
    if (start === end) open = undefined; // end reached: the scroll expires, but a param is still returned
    const data = Array.from({ length: end - start }, (_, i) => item(start + i));
    return { body: { type: "list", data, total_count: total, pages: null, scroll_param } };
  };
  return { handler, expire: () => (open = undefined) };
}

describe("cursor pagination", () => {
  it("iterates every item once, in order, with the exact request sequence", async () => {
    const s = await serve(cursorApi(23));
    const params = { per_page: 5 };
    const items = await collect(paginate(OPS.contacts, params, undefined, CURSOR));
    expect(items.map((x) => x.id)).toEqual(ids(23));
    expect(urls(s)).toEqual([
      "/contacts?per_page=5",
      `/contacts?per_page=5&starting_after=${encode(5)}`,
      `/contacts?per_page=5&starting_after=${encode(10)}`,
      `/contacts?per_page=5&starting_after=${encode(15)}`,
      `/contacts?per_page=5&starting_after=${encode(20)}`,
    ]);
    expect(params).toEqual({ per_page: 5 });
  });

  it("sets a nested body cursor (search) without mutating the caller's params; stops on null next", async () => {
    const s = await serve(cursorApi(12, { lastNext: "null" }));
    const pagination = { per_page: 5 };
    const params = { query: { field: "role", operator: "=", value: "user" }, pagination };
    const snapshot = structuredClone(params);
    const promise = paginate(OPS.search, params, undefined, SEARCH);
    expect((await collect(promise)).map((x) => x.id)).toEqual(ids(12));
    expect(bodies(s)).toEqual([
      snapshot,
      { query: snapshot.query, pagination: { per_page: 5, starting_after: encode(5) } },
      { query: snapshot.query, pagination: { per_page: 5, starting_after: encode(10) } },
    ]);
    expect(params).toEqual(snapshot);
    expect(params.pagination).toBe(pagination);
    expect(pagination).toEqual({ per_page: 5 });
  });

  it("exposes the first page when awaited, with nextCursor/nextPageParams as fresh copies", async () => {
    const s = await serve(cursorApi(12));
    const params = { query: { field: "x" }, pagination: { per_page: 5 } };
    const page = await paginate(OPS.search, params, undefined, SEARCH);
    expect(page.data.map((x) => x.id)).toEqual(ids(5));
    expect(page.response.type).toBe("list");
    expect(page.rawResponse.status).toBe(200);
    expect(page.hasNextPage()).toBe(true);
    expect(page.nextCursor()).toBe(encode(5));
    const next = page.nextPageParams() as typeof params;
    expect(next).toEqual({ query: { field: "x" }, pagination: { per_page: 5, starting_after: encode(5) } });
    next.query.field = "mutated";
    next.pagination.per_page = 1;
    expect(params).toEqual({ query: { field: "x" }, pagination: { per_page: 5 } });
    expect(page.nextPageParams()).toEqual({
      query: { field: "x" },
      pagination: { per_page: 5, starting_after: encode(5) },
    });
    expect(s.requests).toHaveLength(1);
  });

  it("makes no request until used, and awaiting twice fetches the first page once", async () => {
    const s = await serve(cursorApi(3));
    const promise = paginate(OPS.contacts, {}, undefined, CURSOR);
    await new Promise((r) => setTimeout(r, 20));
    expect(s.requests).toHaveLength(0);
    const [a, b] = await Promise.all([promise, promise.then((p) => p)]);
    expect(a).toBe(b);
    expect(s.requests).toHaveLength(1);
  });

  it("resumes from a saved cursor", async () => {
    await serve(cursorApi(14));
    const op = OPS.contacts;
    const first = await paginate(op, { per_page: 5 }, undefined, CURSOR);
    const saved = first.nextCursor();
    const rest = await collect(paginate(op, { per_page: 5, starting_after: saved }, undefined, CURSOR));
    expect(rest.map((x) => x.id)).toEqual(ids(9, 5));
    const resumed = await collect(paginate(op, first.nextPageParams() ?? {}, undefined, CURSOR));
    expect(resumed.map((x) => x.id)).toEqual(ids(9, 5));
  });

  it("stops when the server repeats the cursor it was sent", async () => {
    const api = cursorApi(100, { repeatCursorAt: 10 });
    const s = await serve((req, i) => (i > 5 ? { status: 500 } : api(req, i))); // fail fast instead of hanging
    const items = await collect(paginate(OPS.contacts, { per_page: 5 }, undefined, CURSOR));
    expect(items.map((x) => x.id)).toEqual(ids(15));
    expect(s.requests).toHaveLength(3);
  });

  it("getNextPage on the last page throws a clear SdkError", async () => {
    const s = await serve(cursorApi(3));
    const page = await paginate(OPS.contacts, {}, undefined, CURSOR);
    expect(page.hasNextPage()).toBe(false);
    expect(page.nextCursor()).toBeNull();
    expect(page.nextPageParams()).toBeNull();
    await expect(page.getNextPage()).rejects.toThrow(SdkError);
    await expect(page.getNextPage()).rejects.toThrow(/no next page/i);
    expect(s.requests).toHaveLength(1);
  });

  it(".pages() yields pages; a Page iterates its items and later pages' items", async () => {
    await serve(cursorApi(12));
    const promise = paginate(OPS.contacts, { per_page: 5 }, undefined, CURSOR);
    expect((await collect(promise.pages())).map((p) => p.data.length)).toEqual([5, 5, 2]);
    const second = await (await promise).getNextPage();
    expect((await collect(second)).map((x) => x.id)).toEqual(ids(7, 5));
  });

  it("take(n) requests no more pages than needed", async () => {
    const s = await serve(cursorApi(50));
    const op = OPS.contacts;
    const take = async (n: number) => {
      s.requests.length = 0;
      const promise = paginate(op, { per_page: 5 }, undefined, CURSOR);
      return { got: (await collect(promise.take(n))).map((x) => x.id), requests: s.requests.length };
    };
    expect(await take(0)).toEqual({ got: [], requests: 0 });
    expect(await take(3)).toEqual({ got: ids(3), requests: 1 });
    expect(await take(5)).toEqual({ got: ids(5), requests: 1 });
    expect(await take(7)).toEqual({ got: ids(7), requests: 2 });
    expect(await take(500)).toEqual({ got: ids(50), requests: 10 });
  });

  it("break in for-await stops fetching", async () => {
    const s = await serve(cursorApi(50));
    const seen: string[] = [];
    for await (const x of paginate(OPS.contacts, { per_page: 5 }, undefined, CURSOR)) {
      seen.push(x.id);
      if (seen.length === 6) break;
    }
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(ids(6));
    expect(s.requests).toHaveLength(2);
  });

  it("aborting the signal between items stops the iteration with its reason", async () => {
    const s = await serve(cursorApi(50));
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async () => {
      const promise = paginate(OPS.contacts, { per_page: 5 }, { signal: controller.signal }, CURSOR);
      for await (const x of promise) {
        seen.push(x.id);
        if (seen.length === 7) controller.abort(new Error("stop now"));
      }
    };
    await expect(run()).rejects.toThrow("stop now");
    expect(seen).toEqual(ids(7));
    expect(s.requests).toHaveLength(2);
  });

  it("aborting the signal cancels an in-flight page request", async () => {
    const api = cursorApi(50);
    // The second page answers after 20 s: a walk that ignored the abort would get it (more items, no rejection).
    const s = await serve((req, i) => (i === 1 ? { ...(api(req, i) as Reply), delayMs: 20_000 } : api(req, i)));
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async () => {
      const promise = paginate(OPS.contacts, { per_page: 5 }, { signal: controller.signal }, CURSOR);
      for await (const x of promise) {
        seen.push(x.id);
        if (seen.length === 5) setTimeout(() => controller.abort(), 50);
      }
    };
    await expect(run()).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toEqual(ids(5));
    expect(s.requests).toHaveLength(2);
  });

  it("an error on page 3 surfaces as the typed error after pages 1-2 were yielded", async () => {
    const api = cursorApi(50);
    const s = await serve((req, i) =>
      i === 2
        ? { status: 503, body: { type: "error.list", errors: [{ code: "service_unavailable", message: "try later" }] } }
        : api(req, i),
    );
    const seen: string[] = [];
    let caught: unknown;
    try {
      // Per-call options reach every page request (no retry here, so page 3 fails for good).
      const options = { maxRetries: 0, headers: { "x-trace": "t1" } };
      for await (const x of paginate(OPS.contacts, { per_page: 5 }, options, CURSOR)) {
        seen.push(x.id);
      }
    } catch (err) {
      caught = err;
    }
    expect(s.requests.map((r) => r.headers["x-trace"])).toEqual(["t1", "t1", "t1"]);
    expect(seen).toEqual(ids(10));
    expect(caught).toBeInstanceOf(InternalServerError);
    expect((caught as InternalServerError).status).toBe(503);
    expect((caught as Error).message).not.toMatch(/scroll/i);
    expect(s.requests).toHaveLength(3);
  });

  it("streams 100 000 items without keeping earlier pages", async () => {
    const s = await serve(cursorApi(100_000));
    let count = 0;
    let last = "";
    for await (const x of paginate(OPS.contacts, { per_page: 2000 }, undefined, CURSOR)) {
      count++;
      last = x.id;
    }
    expect(count).toBe(100_000);
    expect(last).toBe("c99999");
    expect(s.requests).toHaveLength(50);
  });
});

describe("page-number pagination", () => {
  it("iterates all pages and stops at total_pages without an extra request", async () => {
    const s = await serve(pageApi(12, { nextOnLast: true }));
    const promise = paginate(OPS.companies, { per_page: 5 }, undefined, PAGE);
    expect((await collect(promise)).map((x) => x.id)).toEqual(ids(12));
    expect(urls(s)).toEqual([
      "/companies/list?per_page=5",
      "/companies/list?page=2&per_page=5",
      "/companies/list?page=3&per_page=5",
    ]);
  });

  it("total_pages is authoritative: pages without `next` are still fetched up to total_pages", async () => {
    const s = await serve(pageApi(12, { noNext: true }));
    const items = await collect(paginate(OPS.companies, { per_page: 5 }, undefined, PAGE));
    expect(items.map((x) => x.id)).toEqual(ids(12));
    expect(urls(s)).toEqual([
      "/companies/list?per_page=5",
      "/companies/list?page=2&per_page=5",
      "/companies/list?page=3&per_page=5",
    ]);
  });

  it("stops on an empty page even when total_pages promises more", async () => {
    const s = await serve((req) => {
      const page = Number(query(req).get("page")) || 1;
      const data = page === 1 ? [item(0)] : [];
      return { body: { type: "list", data, pages: { type: "pages", page, per_page: 1, total_pages: 5 } } };
    });
    const items = await collect(paginate(OPS.companies, { per_page: 1 }, undefined, PAGE));
    expect(items.map((x) => x.id)).toEqual(ids(1));
    expect(urls(s)).toEqual(["/companies/list?per_page=1", "/companies/list?page=2&per_page=1"]);
  });

  it("treats a URL-string next as 'more', stops on next null; nextCursor is the page number", async () => {
    const s = await serve(pageApi(10));
    const first = await paginate(OPS.companies, { per_page: 5 }, undefined, PAGE);
    expect(first.response.pages?.next).toMatch(/^https:/);
    expect(first.hasNextPage()).toBe(true);
    expect(first.nextCursor()).toBe(2);
    expect(first.nextPageParams()).toEqual({ per_page: 5, page: 2 });
    const second = await first.getNextPage();
    expect(second.response.pages?.next).toBeNull();
    expect(second.hasNextPage()).toBe(false);
    expect(s.requests).toHaveLength(2);
  });

  it("without pages.page, follows next from the requested page (or 1) and stops on an empty page", async () => {
    const s = await serve(pageApi(7, { noPageField: true, nextOnLast: true }));
    const items = await collect(paginate(OPS.companies, { per_page: 3 }, undefined, PAGE));
    expect(items.map((x) => x.id)).toEqual(ids(7));
    // pages 1-3 hold items; page 4 is empty (the server still claims a next) and ends the iteration.
    expect(urls(s)).toEqual([
      "/companies/list?per_page=3",
      "/companies/list?page=2&per_page=3",
      "/companies/list?page=3&per_page=3",
      "/companies/list?page=4&per_page=3",
    ]);
  });

  it("resumes from a saved page number; reads items at another path (listAttachedCompanies)", async () => {
    const s = await serve(pageApi(8, { items: "companies" }));
    const spec: PaginationSpec = { ...PAGE, items: "companies" };
    const op = OPS.attached;
    const first = await paginate(op, { contact_id: "c1", per_page: 3 }, undefined, spec);
    expect(first.data.map((x) => x.id)).toEqual(ids(3));
    expect(first.nextPageParams()).toEqual({ contact_id: "c1", per_page: 3, page: 2 });
    const rest = await collect(
      paginate(op, { contact_id: "c1", per_page: 3, page: first.nextCursor() }, undefined, spec),
    );
    expect(rest.map((x) => x.id)).toEqual(ids(5, 3));
    expect(urls(s).slice(1)).toEqual([
      "/contacts/c1/companies?page=2&per_page=3",
      "/contacts/c1/companies?page=3&per_page=3",
    ]);
  });

  it("a single page with total_pages 1 and missing items makes one request and yields nothing", async () => {
    const s = await serve(() => ({
      body: { type: "list", data: null, pages: { type: "pages", page: 1, total_pages: 1, next: null } },
    }));
    const promise = paginate(OPS.companies, {}, undefined, PAGE);
    expect((await promise).data).toEqual([]);
    expect(await collect(promise)).toEqual([]);
    expect(s.requests).toHaveLength(1);
  });
});

describe("scroll pagination", () => {
  const HINT = [
    /expired/i,
    /over a minute/i,
    /another scroll/i,
    /only one/i,
    /restart the scroll from the first page/i,
  ];

  it("passes the previous scroll_param and ends on the empty page (same scroll_param throughout)", async () => {
    const api = scrollApi(7, 3);
    const s = await serve(api.handler);
    const items = await collect(paginate(OPS.scroll, {}, undefined, SCROLL));
    expect(items.map((x) => x.id)).toEqual(ids(7));
    expect(urls(s)).toEqual([
      "/companies/scroll",
      "/companies/scroll?scroll_param=scroll-1",
      "/companies/scroll?scroll_param=scroll-1",
      "/companies/scroll?scroll_param=scroll-1",
    ]);
  });

  it("follows a scroll_param that changes every page", async () => {
    const s = await serve(scrollApi(7, 3, { rotate: true }).handler);
    const items = await collect(paginate(OPS.scroll, {}, undefined, SCROLL));
    expect(items.map((x) => x.id)).toEqual(ids(7));
    expect(urls(s)).toEqual([
      "/companies/scroll",
      "/companies/scroll?scroll_param=scroll-2",
      "/companies/scroll?scroll_param=scroll-3",
      "/companies/scroll?scroll_param=scroll-4",
    ]);
  });

  it("an empty page ends the scroll even when it returns the scroll_param again", async () => {
    const s = await serve((_req, i) => ({
      body: { type: "list", data: i === 0 ? [item(0)] : [], scroll_param: "same" },
    }));
    const promise = paginate(OPS.scroll, {}, undefined, SCROLL);
    expect((await collect(promise)).map((x) => x.id)).toEqual(["c0"]);
    expect(s.requests).toHaveLength(2);
  });

  it("a server replaying the same page with the same scroll_param is stopped with a clear error", async () => {
    const s = await serve((_req, i) =>
      i > 5 ? { status: 500 } : { body: { type: "list", data: [item(0), item(1)], scroll_param: "stuck" } },
    );
    const seen: string[] = [];
    const run = async () => {
      for await (const x of paginate(OPS.scroll, {}, undefined, SCROLL)) seen.push(x.id);
    };
    await expect(run()).rejects.toThrow(SdkError);
    await expect(run()).rejects.toThrow(/same page again.*stuck/);
    expect(seen).toEqual(["c0", "c1", "c0", "c1"]); // each run yields page 1 once, never the replay
    expect(s.requests).toHaveLength(4);
  });

  it("an expired scroll fails with NotFoundError explaining it must be restarted", async () => {
    const api = scrollApi(20, 5);
    await serve(api.handler);
    const seen: string[] = [];
    let caught: unknown;
    try {
      for await (const x of paginate(OPS.scroll, {}, undefined, SCROLL)) {
        seen.push(x.id);
        if (seen.length === 5) api.expire(); // unused for over a minute
      }
    } catch (err) {
      caught = err;
    }
    expect(seen).toEqual(ids(5));
    expect(caught).toBeInstanceOf(NotFoundError);
    expect((caught as NotFoundError).status).toBe(404);
    expect((caught as NotFoundError).errors[0]?.code).toBe("not_found");
    for (const re of [/^404 Not Found: Resource Not Found/, ...HINT]) expect((caught as Error).message).toMatch(re);
  });

  it("a second scroll while one is open fails with BadRequestError explaining one scroll per workspace", async () => {
    await serve(scrollApi(20, 5).handler);
    const op = OPS.scroll;
    await paginate(op, {}, undefined, SCROLL);
    const err: unknown = await paginate(op, {}, undefined, SCROLL).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(BadRequestError);
    expect((err as BadRequestError).requestId).toBe("r1");
    for (const re of [/scroll already exists/, ...HINT]) expect((err as Error).message).toMatch(re);
  });

  it("unrelated errors (401) keep their message", async () => {
    await serve(() => ({
      status: 401,
      body: { type: "error.list", errors: [{ code: "unauthorized", message: "Access Token Invalid" }] },
    }));
    const err: unknown = await paginate(OPS.scroll, {}, undefined, SCROLL).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnauthorizedError);
    expect((err as Error).message).toBe("401 Unauthorized: Access Token Invalid");
  });

  it("nextCursor() returns the scroll_param to continue with", async () => {
    await serve(scrollApi(7, 3).handler);
    const page = await paginate(OPS.scroll, {}, undefined, SCROLL);
    expect(page.nextCursor()).toBe("scroll-1");
    expect(page.nextPageParams()).toEqual({ scroll_param: "scroll-1" });
  });
});
