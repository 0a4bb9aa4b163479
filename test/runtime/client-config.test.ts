import { buildQuery } from "../../templates/runtime/query.js";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  ClientCore,
  paginate,
  SdkApiError,
  SdkError,
  SdkRequestError,
  SdkParseError,
  NotFoundError,
  RateLimitError,
  type OperationSpec,
  type PaginationSpec,
  type RequestHookInfo,
  type ResponseHookInfo,
} from "../../templates/runtime/index.js";
import { DEFAULTS, expectExactly, makeClient, rejection, TOKEN } from "./helpers.js";
import { type Reply, startServer, type TestServer } from "./server.js";

const GET = { method: "GET", path: "/me", response: "json" } as const;

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer(() => ({ body: { type: "admin" } }));
});
afterAll(() => srv.close());
afterEach(() => {
  srv.requests.length = 0;
});

/** A fetch that records the URL it was asked for and sends the request to the local server instead. */
function redirectingFetch(seen: string[]): typeof fetch {
  return (input, init) => {
    const url = String(input);
    seen.push(url);
    return fetch(srv.url + new URL(url).pathname + new URL(url).search, init);
  };
}

describe("default headers", () => {
  it("sends auth, accept, version and user agent", async () => {
    const { client } = makeClient(srv.url);
    expect(await client.request(GET, {})).toEqual({ type: "admin" });
    const h = srv.requests[0]!.headers;
    expect(h.authorization).toBe(`Bearer ${TOKEN}`);
    expect(h.accept).toBe("application/json");
    expect(h["intercom-version"]).toBe("2.11");
    expect(h["user-agent"]).toBe("intercom-sdk/2.11 (generated)");
    expect(h["content-type"]).toBeUndefined();
  });

  it("lets version, user agent and extra headers be overridden; per-request headers win", async () => {
    const { client } = makeClient(srv.url, {
      version: "Unstable",
      headers: { "User-Agent": "my-app/1", "X-Client": "a", "X-Both": "client" },
    });
    await client.request(GET, {}, { headers: { "X-Call": "b", "X-Both": "call" } });
    const h = srv.requests[0]!.headers;
    expect(h["intercom-version"]).toBe("Unstable");
    expect(h["user-agent"]).toBe("my-app/1");
    expect(h["x-client"]).toBe("a");
    expect(h["x-call"]).toBe("b");
    expect(h["x-both"]).toBe("call");
  });

  it("omits User-Agent in browsers", async () => {
    const g = globalThis as { document?: unknown };
    g.document = {};
    try {
      await makeClient(srv.url).client.request(GET, {});
    } finally {
      delete g.document;
    }
    expect(srv.requests[0]!.headers["user-agent"]).not.toContain("intercom-sdk");
  });
});

describe("base URL", () => {
  it("uses the default region, a chosen region, or baseUrl (which wins)", async () => {
    const seen: string[] = [];
    const f = redirectingFetch(seen);
    await new ClientCore({ token: TOKEN, fetch: f }, DEFAULTS).request(GET, {});
    await new ClientCore({ token: TOKEN, fetch: f, region: "eu" }, DEFAULTS).request(GET, {});
    await new ClientCore({ token: TOKEN, fetch: f, region: "au" }, DEFAULTS).request(GET, {});
    await new ClientCore({ token: TOKEN, fetch: f, region: "eu", baseUrl: "https://proxy.test/v/" }, DEFAULTS).request(
      GET,
      {},
    );
    expect(seen).toEqual([
      "https://api.intercom.io/me",
      "https://api.eu.intercom.io/me",
      "https://api.au.intercom.io/me",
      "https://proxy.test/v/me",
    ]);
    expect(srv.requests).toHaveLength(4); // the custom fetch was really used
  });

  it("rejects an unknown region at construction, listing the known ones", () => {
    let err: unknown;
    try {
      new ClientCore({ token: TOKEN, region: "mars" as "us" }, DEFAULTS);
    } catch (e) {
      err = e;
    }
    expectExactly(err, SdkError);
    expect((err as Error).message).toBe('Unknown region "mars" (expected us, eu, au)');
  });

  it("drops any number of trailing slashes from baseUrl", async () => {
    await makeClient(`${srv.url}///`).client.request(GET, {});
    expect(srv.requests.map((r) => r.url)).toEqual(["/me"]);
  });
});

describe("token", () => {
  it("calls a sync token function per request so tokens rotate", async () => {
    let n = 0;
    const { client } = makeClient(srv.url, { token: () => `t${++n}` });
    await client.request(GET, {});
    await client.request(GET, {});
    expect(srv.requests.map((r) => r.headers.authorization)).toEqual(["Bearer t1", "Bearer t2"]);
  });

  it("awaits an async token function, also on each retry", async () => {
    const s = await startServer((_r, i) => (i === 0 ? { status: 503 } : { body: {} }));
    let n = 0;
    const { client } = makeClient(s.url, { token: async () => `a${++n}` });
    await client.request(GET, {});
    expect(s.requests.map((r) => r.headers.authorization)).toEqual(["Bearer a1", "Bearer a2"]);
    await s.close();
  });

  it("accepts a token function whose source spans lines (only the token it returns is checked)", async () => {
    // prettier-ignore
    const token = () => {
      return "multi";
    };
    await makeClient(srv.url, { token }).client.request(GET, {});
    expect(srv.requests[0]!.headers.authorization).toBe("Bearer multi");
  });

  it("a per-request Authorization header replaces the token", async () => {
    let calls = 0;
    const { client } = makeClient(srv.url, { token: () => `t${++calls}` });
    await client.request(GET, {}, { headers: { Authorization: "Bearer other" } });
    expect(srv.requests[0]!.headers.authorization).toBe("Bearer other");
    expect(calls).toBe(0);
  });

  it("the client's own Authorization header replaces a string token; a per-request one replaces both", async () => {
    const { client } = makeClient(srv.url, { token: "tok", headers: { Authorization: "Basic abc" } });
    await client.request(GET, {});
    await client.request(GET, {}, { headers: { Authorization: "Bearer call" } });
    await makeClient(srv.url, { token: "tok" }).client.request(GET, {});
    expect(srv.requests.map((r) => r.headers.authorization)).toEqual(["Basic abc", "Bearer call", "Bearer tok"]);
  });

  it.each([42, undefined, null])("rejects a token function that returns %j", async (value) => {
    const { client } = makeClient(srv.url, { token: () => value as unknown as string });
    const err = await rejection(client.request(GET, {}));
    expectExactly(err, SdkRequestError);
    expect((err as Error).message).toBe("The credential function of `bearerAuth` returned none");
    expect(srv.requests).toHaveLength(0);
  });

  it("rejects a token function that returns nothing", async () => {
    const { client } = makeClient(srv.url, { token: () => "" });
    const err = await rejection(client.request(GET, {}));
    expectExactly(err, SdkRequestError);
    expect((err as Error).message).toBe("The credential function of `bearerAuth` returned none");
    expect(srv.requests).toHaveLength(0);
  });

  describe("environment fallback", () => {
    const saved = process.env.INTERCOM_API_KEY;
    afterEach(() => {
      if (saved === undefined) delete process.env.INTERCOM_API_KEY;
      else process.env.INTERCOM_API_KEY = saved;
    });

    it("reads INTERCOM_API_KEY when no token is passed", async () => {
      process.env.INTERCOM_API_KEY = "env_token";
      await new ClientCore({ baseUrl: srv.url }, DEFAULTS).request(GET, {});
      expect(srv.requests[0]!.headers.authorization).toBe("Bearer env_token");
    });

    it("an explicit token wins over the environment", async () => {
      process.env.INTERCOM_API_KEY = "env_token";
      await new ClientCore({ baseUrl: srv.url, token: "explicit" }, DEFAULTS).request(GET, {});
      expect(srv.requests[0]!.headers.authorization).toBe("Bearer explicit");
    });

    it("creating a client needs no token; a call that needs one fails before sending, naming scheme and env var", async () => {
      delete process.env.INTERCOM_API_KEY;
      for (const options of [{ baseUrl: srv.url }, { baseUrl: srv.url, token: "" }]) {
        const err = await rejection(new ClientCore(options, DEFAULTS).request(GET, {}, { maxRetries: 3 }));
        expectExactly(err, SdkRequestError);
        expect((err as Error).message).toBe("Missing credentials: `bearerAuth` (or INTERCOM_API_KEY)");
      }
      expect(srv.requests).toHaveLength(0);
    });
  });
});

describe("hooks", () => {
  it("are called with the Authorization header redacted", async () => {
    const reqs: RequestHookInfo[] = [];
    const resps: ResponseHookInfo[] = [];
    const { client } = makeClient(srv.url, { onRequest: (i) => reqs.push(i), onResponse: (i) => resps.push(i) });
    await client.request(GET, {});
    expect(reqs).toHaveLength(1);
    expect(reqs[0]).toMatchObject({ method: "GET", url: `${srv.url}/me`, attempt: 0 });
    expect(reqs[0]!.headers.authorization).toBe("Bearer [REDACTED]");
    expect(reqs[0]!.headers["intercom-version"]).toBe("2.11");
    expect(resps[0]).toMatchObject({ status: 200, attempt: 0 });
    expect(resps[0]!.durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify([reqs, resps])).not.toContain(TOKEN);
  });

  it("report the duration of each attempt on the client's clock", async () => {
    const start = Date.parse("2024-05-01T12:00:00Z");
    vi.useFakeTimers({ toFake: ["Date"], now: start });
    try {
      const s = await startServer(() => {
        vi.setSystemTime(start + 1234); // the server "takes" 1234 ms
        return { body: {} };
      });
      const resps: ResponseHookInfo[] = [];
      await makeClient(s.url, { onResponse: (i) => resps.push(i) }).client.request(GET, {});
      expect(resps.map((r) => r.durationMs)).toEqual([1234]);
      await s.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it("either hook alone is enough", async () => {
    const reqs: RequestHookInfo[] = [];
    const resps: ResponseHookInfo[] = [];
    expect(await makeClient(srv.url, { onRequest: (i) => reqs.push(i) }).client.request(GET, {})).toEqual({
      type: "admin",
    });
    expect(await makeClient(srv.url, { onResponse: (i) => resps.push(i) }).client.request(GET, {})).toEqual({
      type: "admin",
    });
    expect([reqs.length, resps.length]).toEqual([1, 1]);
  });

  it("report each attempt of a retried request", async () => {
    const s = await startServer((_r, i) => (i === 0 ? { status: 429, headers: { "retry-after": "0" } } : { body: {} }));
    const resps: ResponseHookInfo[] = [];
    const { client } = makeClient(s.url, { onResponse: (i) => resps.push(i) });
    await client.request(GET, {});
    expect(resps.map((r) => [r.attempt, r.status])).toEqual([
      [0, 429],
      [1, 200],
    ]);
    await s.close();
  });
});

describe("withResponse", () => {
  it("gives data and the Response, sharing one request with await", async () => {
    const s = await startServer(() => ({ body: { id: "1" }, headers: { "x-request-id": "req_9" } }));
    const { client } = makeClient(s.url);
    const p = client.request<{ id: string }>(GET, {});
    const { data, response } = await p.withResponse();
    expect(data).toEqual({ id: "1" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req_9");
    expect(await p).toEqual({ id: "1" });
    expect(await p.then((d) => d.id)).toBe("1");
    expect(Object.prototype.toString.call(p)).toBe("[object ApiPromise]");
    expect(s.requests).toHaveLength(1);
    await s.close();
  });

  it("catch on the call itself gets the error", async () => {
    const s = await startServer(() => ({ status: 404, body: {} }));
    const caught = await makeClient(s.url)
      .client.request(GET, {})
      .catch((e: unknown) => e);
    expectExactly(caught, NotFoundError);
    await s.close();
  });

  it("supports catch and finally", async () => {
    const s = await startServer(() => ({ status: 404, body: { errors: [{ code: "not_found" }] } }));
    const { client } = makeClient(s.url);
    let finallyRan = false;
    const caught = await client
      .request(GET, {})
      .finally(() => (finallyRan = true))
      .catch((e: unknown) => e);
    expectExactly(caught, NotFoundError);
    expect(finallyRan).toBe(true);
    await s.close();
  });
});

describe("silence", () => {
  it("logs nothing by default, even on retries and errors", async () => {
    const s = await startServer(() => ({ status: 500 }));
    const calls: unknown[] = [];
    const saved = { ...console };
    for (const k of ["log", "info", "warn", "error", "debug"] as const) console[k] = (...a: unknown[]) => calls.push(a);
    try {
      await rejection(makeClient(s.url).client.request(GET, {}));
    } finally {
      Object.assign(console, saved);
      await s.close();
    }
    expect(calls).toEqual([]);
  });
});

describe("paginate", () => {
  it("fetches pages through request(), passing the page param and options", async () => {
    const s = await startServer((req) => {
      const page = Number(new URL(req.url, "http://x").searchParams.get("page") ?? 1);
      return {
        body: { data: [`item${page}`], pages: { page, total_pages: 2, next: page < 2 ? { page: page + 1 } : null } },
      };
    });
    const { client } = makeClient(s.url);
    const op = {
      method: "POST",
      path: "/companies/list",
      query: { params: ["page", "per_page"], serialize: buildQuery },
      response: "json",
    } as const;
    const items: string[] = [];
    const pager = paginate<{ data: string[] }, string>(
      client,
      op,
      { per_page: 1 },
      { headers: { "X-Call": "1" } },
      {
        style: "page",
        items: "data",
        pageParam: "page",
        pages: "pages",
      },
    );
    for await (const item of pager) items.push(item);
    expect(items).toEqual(["item1", "item2"]);
    expect(s.requests.map((r) => [r.method, r.url, r.headers["x-call"]])).toEqual([
      ["POST", "/companies/list?per_page=1", "1"],
      ["POST", "/companies/list?page=2&per_page=1", "1"],
    ]);
    await s.close();
  });
});

describe("paginate: what the next page is", () => {
  const LIST: OperationSpec = {
    method: "GET",
    path: "/l",
    query: { params: ["ids", "since", "filter", "starting_after", "page", "scroll_param"], serialize: buildQuery },
    response: "json",
  };
  const CURSOR: PaginationSpec = {
    style: "cursor",
    items: "data",
    cursorParam: "starting_after",
    nextCursor: "pages.next.starting_after",
  };
  const PAGE: PaginationSpec = { style: "page", items: "data", pageParam: "page", pages: "pages" };
  const SCROLL: PaginationSpec = {
    style: "scroll",
    items: "data",
    cursorParam: "scroll_param",
    nextCursor: "scroll_param",
  };
  const servers: TestServer[] = [];
  afterEach(async () => void (await Promise.all(servers.splice(0).map((x) => x.close()))));
  /** A server answering the i-th request with `bodies[i]` (the last one repeated), and a pager over it. */
  const pager = async (spec: PaginationSpec, bodies: unknown[], params: object = {}, status = 200) => {
    const s = await startServer((_r, i) => ({ status, body: bodies[Math.min(i, bodies.length - 1)] }));
    servers.push(s);
    const { client } = makeClient(s.url, { maxRetries: 0 });
    return { s, pages: paginate<unknown, unknown>(client, LIST, params, undefined, spec) };
  };
  const all = async (p: AsyncIterable<unknown>) => {
    const out: unknown[] = [];
    for await (const x of p) out.push(x);
    return out;
  };

  it("copies the caller's params at once: arrays and null-prototype objects too; Dates and nulls pass through", async () => {
    const filter = Object.assign(Object.create(null) as Record<string, string>, { a: "1" });
    const params = { ids: ["a"], since: new Date(0), filter, page: null };
    const { s, pages } = await pager({ ...CURSOR }, [{ data: [] }], params);
    params.ids.push("b");
    filter["a"] = "2";
    await pages;
    expect(s.requests.map((r) => decodeURIComponent(r.url))).toEqual(["/l?ids=a&since=1970-01-01T00:00:00.000Z&a=1"]);
  });

  it.each([
    ["a string", "c2", "c2"],
    ["a number", 5, 5],
    ["empty", "", null],
    ["an object", { id: 1 }, null],
    ["a boolean", true, null],
  ])("cursor: a next cursor that is %s → %j", async (_what, cursor, want) => {
    const page = await (await pager(CURSOR, [{ data: [1], pages: { next: { starting_after: cursor } } }])).pages;
    expect(page.nextCursor()).toEqual(want);
  });

  it.each([
    ["pages.page from the body beats the params", { page: 3, total_pages: 5, next: "x" }, [1], 4],
    ["the last page (page = total_pages)", { page: 5, total_pages: 5, next: "x" }, [1], null],
    ["a page before the last", { page: 2, total_pages: 5, next: "x" }, [1], 3],
    ["an empty page", { page: 1, total_pages: 5, next: "x" }, [], null],
    [
      "next null, total_pages says more (total_pages is authoritative)",
      { page: 1, total_pages: 5, next: null },
      [1],
      2,
    ],
    ["next null without total_pages", { page: 1, next: null }, [1], null],
    ["next empty without total_pages", { page: 1, next: "" }, [1], null],
    ["next present without total_pages", { page: 1, next: "x" }, [1], 2],
  ])("page: %s", async (_what, pagesOf, data, want) => {
    const page = await (await pager(PAGE, [{ data, pages: pagesOf }])).pages;
    expect(page.nextCursor()).toBe(want);
  });

  it("catch and finally on the pending first page", async () => {
    let settled = false;
    const ok = await (await pager(CURSOR, [{ data: [1] }])).pages.finally(() => (settled = true));
    expect([ok.data, settled]).toEqual([[1], true]);
    expectExactly(await (await pager(CURSOR, [{}], {}, 404)).pages.catch((e: unknown) => e), NotFoundError);
  });

  it("identical consecutive pages are yielded for cursor pagination (only scroll is guarded)", async () => {
    const { pages } = await pager(CURSOR, [
      { data: ["x"], pages: { next: { starting_after: "c1" } } },
      { data: ["x"], pages: { next: { starting_after: "c2" } } },
      { data: [], pages: { next: null } },
    ]);
    expect(await all(pages)).toEqual(["x", "x"]);
  });

  it("scroll: a page differing only in its last item is not a replay; a new scroll_param with the same items neither", async () => {
    const same = await pager(SCROLL, [
      { data: ["a", "b", "c"], scroll_param: "s" },
      { data: ["a", "b", "d"], scroll_param: "s" },
      { data: [], scroll_param: "s" },
    ]);
    expect(await all(same.pages)).toEqual(["a", "b", "c", "a", "b", "d"]);
    const rotating = await pager(SCROLL, [
      { data: ["a"], scroll_param: "s1" },
      { data: ["a"], scroll_param: "s2" },
      { data: [], scroll_param: "s3" },
    ]);
    expect(await all(rotating.pages)).toEqual(["a", "a"]);
  });

  const HINT = " — The scroll may have expired";
  it.each([
    [
      "a later item's message",
      [
        { code: "x", message: "boom" },
        { code: "y", message: "the Scroll expired" },
      ],
    ],
    ["a later item's code", [{ code: "x", message: "boom" }, { code: "scroll_expired" }]],
  ])("scroll: a 500 naming the scroll in %s is explained", async (_where, errors) => {
    const err = await rejection((await pager(SCROLL, [{ errors }], {}, 500)).pages);
    expect((err as Error).message).toContain(`500 Internal Server Error: boom${HINT}`);
  });

  it("scroll: a 500 not about the scroll, and any error of another style, is left as is", async () => {
    const errors = [{ code: "x", message: "boom" }, { code: "y" }];
    expect(((await rejection((await pager(SCROLL, [{ errors }], {}, 500)).pages)) as Error).message).toBe(
      "500 Internal Server Error: boom",
    );
    expect(((await rejection((await pager(CURSOR, [{}], {}, 404)).pages)) as Error).message).toBe("404 Not Found");
  });
});

describe("errors built from responses", () => {
  const failing = async (reply: Reply) => {
    const s = await startServer(() => reply);
    try {
      return await rejection(makeClient(s.url, { maxRetries: 0 }).client.request(GET, {}));
    } finally {
      await s.close();
    }
  };

  it("a status without a known title uses the reason phrase, or none", async () => {
    expect(((await failing({ status: 499, statusText: "Client Closed" })) as Error).message).toBe("499 Client Closed");
    const bare = await failing({ status: 499, statusText: "" });
    expectExactly(bare, SdkApiError);
    expect((bare as Error).message).toBe("499");
    expect(((await failing({ status: 504, statusText: "" })) as Error).message).toBe("504"); // titles come from the response, not a table
  });

  it("an empty error body is undefined; a text body is kept as text", async () => {
    expect(((await failing({ status: 404 })) as SdkApiError).body).toBeUndefined();
    expect(((await failing({ status: 404, body: "nope" })) as SdkApiError).body).toBe("nope");
  });

  it("keeps only well-typed fields of `errors` items", async () => {
    const err = (await failing({
      status: 422,
      body: {
        errors: [
          { code: 42, message: 7, field: null },
          { code: "c", message: "m", field: "f" },
        ],
      },
    })) as SdkApiError;
    expect(err.errors).toEqual([{ code: "unknown" }, { code: "c", message: "m", field: "f" }]);
    expect(err.message).toBe("422 Unprocessable Entity: unknown"); // the first item's message, else its code
  });

  it("rate-limit headers: numbers, else undefined (absent, empty or not a number)", async () => {
    const err = await failing({
      status: 429,
      headers: { "x-ratelimit-limit": "100", "x-ratelimit-remaining": "", "x-ratelimit-reset": "soon" },
    });
    expectExactly(err, RateLimitError);
    expect((err as RateLimitError).rateLimit).toEqual({ limit: 100, remaining: undefined, reset: undefined });
    expect(((await failing({ status: 429 })) as RateLimitError).rateLimit).toEqual({
      limit: undefined,
      remaining: undefined,
      reset: undefined,
    });
  });

  it("a 2xx body that is not JSON → SdkParseError with the status, the text and the parser's error", async () => {
    const err = await failing({ headers: { "content-type": "application/json" }, body: "{not json" });
    expectExactly(err, SdkParseError);
    expect((err as Error).message).toBe("200: response body is not valid JSON");
    expect((err as SdkParseError).rawBody).toBe("{not json");
    expect((err as Error).cause).toBeInstanceOf(SyntaxError);
  });
});
