import { buildQuery } from "../../templates/runtime/query.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  ClientCore,
  paginate,
  IntercomError,
  type RequestHookInfo,
  type ResponseHookInfo,
} from "../../templates/runtime/index.js";
import { DEFAULTS, makeClient, rejection, TOKEN } from "./helpers.js";
import { startServer, type TestServer } from "./server.js";

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

  it("rejects an unknown region at construction", () => {
    expect(() => new ClientCore({ token: TOKEN, region: "mars" as "us" }, DEFAULTS)).toThrow(/Unknown region "mars"/);
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

  it("rejects a token function that returns nothing", async () => {
    const { client } = makeClient(srv.url, { token: () => "" });
    expect(await rejection(client.request(GET, {}))).toBeInstanceOf(IntercomError);
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

    it("throws a clear IntercomError at construction when there is no token", () => {
      delete process.env.INTERCOM_API_KEY;
      expect(() => new ClientCore({ baseUrl: srv.url }, DEFAULTS)).toThrow(IntercomError);
      expect(() => new ClientCore({ baseUrl: srv.url }, DEFAULTS)).toThrow(/Missing API token.*INTERCOM_API_KEY/);
      expect(() => new ClientCore({ baseUrl: srv.url, token: "" }, DEFAULTS)).toThrow(/Missing API token/);
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

  it("supports catch and finally", async () => {
    const s = await startServer(() => ({ status: 404, body: { errors: [{ code: "not_found" }] } }));
    const { client } = makeClient(s.url);
    let finallyRan = false;
    const caught = await client
      .request(GET, {})
      .finally(() => (finallyRan = true))
      .catch((e: unknown) => e);
    expect(caught).toBeInstanceOf(IntercomError);
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
