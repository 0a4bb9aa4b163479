import { jsonBody } from "../../templates/runtime/body.js";
import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ClientCore,
  InternalServerError,
  SdkConnectionError,
  SdkTimeoutError,
  RateLimitError,
  type OperationSpec,
} from "../../templates/runtime/index.js";
import { retryDelay, shouldRetry, sleep } from "../../templates/runtime/retry.js";
import { DEFAULTS, expectExactly, makeClient, rejection, TOKEN, within } from "./helpers.js";
import { script, startServer, type Handler, type TestServer } from "./server.js";

const GET: OperationSpec = { method: "GET", path: "/r", response: "json" };
const POST: OperationSpec = { method: "POST", path: "/r", body: jsonBody, response: "json" };

const servers: TestServer[] = [];
async function serve(handler: Handler): Promise<TestServer> {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const OK = { body: { ok: true } };

describe("which failures are retried", () => {
  it("429 with Retry-After: 0 is retried, then succeeds", async () => {
    const s = await serve(script({ status: 429, headers: { "retry-after": "0" } }, OK));
    const { client, delays } = makeClient(s.url);
    expect(await client.request(POST, {})).toEqual({ ok: true });
    expect(s.requests).toHaveLength(2);
    expect(delays).toEqual([0]);
  });

  it("503 on POST is retried", async () => {
    const s = await serve(script({ status: 503 }, OK));
    const { client } = makeClient(s.url);
    expect(await client.request(POST, { a: 1 })).toEqual({ ok: true });
    expect(s.requests.map((r) => [r.method, r.body])).toEqual([
      ["POST", '{"a":1}'],
      ["POST", '{"a":1}'],
    ]);
  });

  it("500 on POST is not retried", async () => {
    const s = await serve(script({ status: 500 }));
    const { client } = makeClient(s.url);
    expectExactly(await rejection(client.request(POST, {})), InternalServerError);
    expect(s.requests).toHaveLength(1);
  });

  it.each([500, 502, 504, 408])("%i on GET is retried", async (status) => {
    const s = await serve(script({ status }, OK));
    const { client } = makeClient(s.url);
    expect(await client.request(GET, {})).toEqual({ ok: true });
    expect(s.requests).toHaveLength(2);
  });

  it.each(["PUT", "DELETE", "HEAD", "OPTIONS"] as const)("%s is idempotent", async (method) => {
    const s = await serve(script({ status: 502 }, { status: 204 }));
    const { client } = makeClient(s.url);
    await client.request({ method, path: "/r", response: "none" }, {});
    expect(s.requests).toHaveLength(2);
  });

  it("PATCH is not retried on 502", async () => {
    const s = await serve(script({ status: 502 }, OK));
    const { client } = makeClient(s.url);
    await rejection(client.request({ method: "PATCH", path: "/r", body: jsonBody, response: "json" }, {}));
    expect(s.requests).toHaveLength(1);
  });

  it("4xx other than 408/429 are never retried", async () => {
    const s = await serve(script({ status: 404 }));
    const { client } = makeClient(s.url);
    await rejection(client.request(GET, {}));
    expect(s.requests).toHaveLength(1);
  });

  it("retryNonIdempotent opts POST into 5xx retries (client-wide or per call)", async () => {
    const s = await serve((_r, i) => (i % 2 === 0 ? { status: 500 } : OK));
    await makeClient(s.url, { retryNonIdempotent: true }).client.request(POST, {});
    expect(s.requests).toHaveLength(2);
    await makeClient(s.url).client.request(POST, {}, { retryNonIdempotent: true });
    expect(s.requests).toHaveLength(4);
    // and a per-call false beats a client-wide true
    await rejection(
      makeClient(s.url, { retryNonIdempotent: true }).client.request(POST, {}, { retryNonIdempotent: false }),
    );
    expect(s.requests).toHaveLength(5);
  });

  it("shouldRetry matrix", () => {
    expect(shouldRetry(429, "POST", false)).toBe(true);
    expect(shouldRetry(503, "PATCH", false)).toBe(true);
    expect(shouldRetry(0, "POST", false)).toBe(false);
    expect(shouldRetry(0, "GET", false)).toBe(true);
    expect(shouldRetry(0, "POST", true)).toBe(true);
    expect(shouldRetry(501, "GET", false)).toBe(false);
  });
});

describe("retry limits", () => {
  it("stops after maxRetries (default 2 → 3 requests) and throws the last error", async () => {
    const s = await serve(script({ status: 503, body: { errors: [{ code: "x", message: "down" }] } }));
    const { client, delays } = makeClient(s.url);
    const err = await rejection(client.request(GET, {}));
    expectExactly(err, InternalServerError);
    expect((err as InternalServerError).status).toBe(503);
    expect(s.requests).toHaveLength(3);
    expect(delays).toHaveLength(2);
  });

  it("honours client and per-call maxRetries", async () => {
    const s = await serve(script({ status: 429 }));
    await rejection(makeClient(s.url, { maxRetries: 4 }).client.request(GET, {}));
    expect(s.requests).toHaveLength(5);
    await rejection(makeClient(s.url, { maxRetries: 4 }).client.request(GET, {}, { maxRetries: 0 }));
    expect(s.requests).toHaveLength(6);
  });
});

describe("retry delay", () => {
  const now = Date.parse("2024-05-01T12:00:00Z");
  const h = (o: Record<string, string>) => new Headers(o);

  it("Retry-After in seconds", () => {
    expect(retryDelay(0, h({ "retry-after": "7" }), 503, now)).toBe(7000);
    expect(retryDelay(0, h({ "retry-after": "1.5" }), 429, now)).toBe(1500);
  });

  it("Retry-After as an HTTP date", () => {
    expect(retryDelay(0, h({ "retry-after": new Date(now + 20_000).toUTCString() }), 503, now)).toBe(20_000);
    expect(retryDelay(0, h({ "retry-after": new Date(now - 5_000).toUTCString() }), 503, now)).toBe(0);
  });

  it("X-RateLimit-Reset (Unix seconds) on 429 when there is no Retry-After", () => {
    const reset = String(now / 1000 + 12);
    expect(retryDelay(0, h({ "x-ratelimit-reset": reset }), 429, now)).toBe(12_000);
    expect(retryDelay(0, h({ "x-ratelimit-reset": reset, "retry-after": "2" }), 429, now)).toBe(2000);
  });

  it("exponential backoff with ±25% jitter when there is no hint: random 0 → −25%, 0.5 → base, 1 → +25%", () => {
    const at = (attempt: number, r: number, headers?: Headers) => retryDelay(attempt, headers, 500, now, () => r);
    expect([0, 0.5, 1].map((r) => at(0, r))).toEqual([375, 500, 625]);
    expect([0, 0.5, 1].map((r) => at(3, r))).toEqual([3000, 4000, 5000]);
    // X-RateLimit-Reset counts only on a 429.
    expect(at(3, 0, h({ "x-ratelimit-reset": String(now / 1000 + 30) }))).toBe(3000);
  });

  it("jitter is linear in the random draw over many draws, for every attempt", () => {
    for (let i = 0; i <= 200; i++) {
      const r = i / 200;
      for (const attempt of [0, 1, 2, 4]) {
        expect(retryDelay(attempt, undefined, 503, now, () => r)).toBeCloseTo(500 * 2 ** attempt * (0.75 + r / 2), 9);
      }
    }
  });

  it("without an injected source the jitter draws from Math.random", () => {
    const spy = vi.spyOn(Math, "random").mockReturnValue(0);
    try {
      expect(retryDelay(1, undefined, 500, now)).toBe(750);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  it("a 429 without headers falls back to the backoff", () => {
    expect(retryDelay(1, undefined, 429, now, () => 0.5)).toBe(1000);
  });

  it("is capped at 60s", () => {
    expect(retryDelay(0, h({ "retry-after": "3600" }), 429, now)).toBe(60_000);
    expect(retryDelay(20, undefined, 500, now)).toBe(60_000);
  });

  // The clock is frozen (Date only; timers and sockets stay real), so the waits are exact.
  const frozen = async (run: () => Promise<void>) => {
    vi.useFakeTimers({ toFake: ["Date"], now });
    try {
      await run();
    } finally {
      vi.useRealTimers();
    }
  };

  it("the client waits the X-RateLimit-Reset delay (recorded, not slept)", () =>
    frozen(async () => {
      const s = await serve(script({ status: 429, headers: { "x-ratelimit-reset": now / 1000 + 30 } }, OK));
      const { client, delays } = makeClient(s.url);
      await client.request(GET, {});
      expect(delays).toEqual([30_000]);
    }));

  it("the client waits the Retry-After HTTP-date delay", () =>
    frozen(async () => {
      const s = await serve(
        script({ status: 503, headers: { "retry-after": new Date(now + 20_000).toUTCString() } }, OK),
      );
      const { client, delays } = makeClient(s.url);
      await client.request(POST, {});
      expect(delays).toEqual([20_000]);
    }));

  it("backoff doubles between attempts, with the client's injected jitter source", async () => {
    const s = await serve(script({ status: 500 }));
    const draws = [0, 1, 0.5, 0.25];
    const { client, delays } = makeClient(s.url, { maxRetries: 4, random: () => draws.shift()! });
    await rejection(client.request(GET, {}));
    expect(delays).toEqual([375, 1250, 2000, 3500]);
    expect(draws).toEqual([]);
  });
});

describe("network failures", () => {
  it("connection reset is retried on GET", async () => {
    const s = await serve(script({ destroy: true }, OK));
    const { client } = makeClient(s.url);
    expect(await client.request(GET, {})).toEqual({ ok: true });
    expect(s.requests).toHaveLength(2);
  });

  it("connection reset → SdkConnectionError after the retries", async () => {
    const s = await serve(script({ destroy: true }));
    const { client } = makeClient(s.url);
    const err = await rejection(client.request(GET, {}));
    expectExactly(err, SdkConnectionError);
    expect((err as Error).cause).toBeInstanceOf(TypeError);
    expect(s.requests).toHaveLength(3);
  });

  it("connection reset on POST is not retried", async () => {
    const s = await serve(script({ destroy: true }));
    const { client } = makeClient(s.url);
    expectExactly(await rejection(client.request(POST, {})), SdkConnectionError);
    expect(s.requests).toHaveLength(1);
  });

  it("a fetch that fails without a cause or code → SdkConnectionError keeping the failure as cause", async () => {
    const failure = new Error("socket hang up");
    const { client } = makeClient("http://127.0.0.1:1", { fetch: async () => Promise.reject(failure), maxRetries: 0 });
    const err = await rejection(client.request(GET, {}));
    expectExactly(err, SdkConnectionError);
    expect([(err as Error).name, (err as Error).message]).toEqual(["SdkConnectionError", "Connection error"]);
    expect((err as Error).cause).toBe(failure);
  });

  it("connection refused → SdkConnectionError after the retries", async () => {
    const s = await startServer();
    await s.close(); // nothing listens on this port any more
    let attempts = 0;
    const { client } = makeClient(s.url, { onRequest: () => attempts++ });
    const err = await rejection(client.request(GET, {}));
    expectExactly(err, SdkConnectionError);
    expect((err as Error).message).toBe("Connection error (ECONNREFUSED)");
    expect(attempts).toBe(3);
  });
});

describe("timeouts", () => {
  it("an attempt slower than timeoutMs → SdkTimeoutError, retried on GET", async () => {
    // Timeouts of a few hundred ms: a request must reach the server before its attempt times out, even on a busy machine.
    const s = await serve(() => ({ delayMs: 1000, body: {} }));
    const { client } = makeClient(s.url, { timeoutMs: 250, maxRetries: 1 });
    const err = await rejection(client.request(GET, {}));
    expectExactly(err, SdkTimeoutError);
    expect(err).toBeInstanceOf(SdkConnectionError);
    expect((err as Error).message).toBe("Request timed out after 250 ms");
    expect(s.requests).toHaveLength(2);
  });

  // Headers arrive in time, then the body never finishes: the timeout must cover reading the body too.
  it.each([
    ["json", { method: "GET", path: "/r", response: "json" }],
    ["binary", { method: "GET", path: "/r", response: "binary" }],
    ["an error body", { method: "POST", path: "/r", body: jsonBody, response: "json" }],
  ] as [string, OperationSpec][])("a server that stalls mid-body (%s) → SdkTimeoutError", async (_kind, op) => {
    const s = await serve(() => ({ status: op.method === "POST" ? 500 : 200, stallAfter: '{"partial":' }));
    const { client } = makeClient(s.url, { timeoutMs: 200, maxRetries: 0 });
    const started = performance.now();
    const err = await within(rejection(client.request(op, {})), 200 + 5000, "stalled body");
    expectExactly(err, SdkTimeoutError);
    expect((err as Error).message).toBe("Request timed out after 200 ms");
    expect(performance.now() - started).toBeGreaterThanOrEqual(195); // not before timeoutMs
    expect(s.requests).toHaveLength(1);
  });

  it.each([2 ** 31 - 1, 2 ** 31, 2 ** 40, Number.MAX_SAFE_INTEGER])(
    "timeoutMs %d (beyond setTimeout's range) is clamped, not turned into an immediate timeout",
    async (timeoutMs) => {
      const s = await serve(() => ({ delayMs: 100, body: { ok: 1 } }));
      const { client } = makeClient(s.url, { timeoutMs });
      expect(await client.request(GET, {})).toEqual({ ok: 1 });
      expect(s.requests).toHaveLength(1);
    },
  );

  it("a timeout on POST is not retried; per-call timeoutMs wins", async () => {
    const s = await serve(() => ({ delayMs: 1000, body: {} }));
    const { client } = makeClient(s.url);
    expectExactly(await rejection(client.request(POST, {}, { timeoutMs: 250 })), SdkTimeoutError);
    expect(s.requests).toHaveLength(1);
  });

  // A timer left behind keeps the process alive for timeoutMs; a listener left on the caller's signal leaks.
  it("a finished attempt leaves no timer and no listener behind", async () => {
    const s = await serve(() => OK);
    const { client } = makeClient(s.url, { timeoutMs: 600_000 });
    await client.request(GET, {}); // warm up the connection pool and its own timers
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const before = timers();
    const ctrl = new AbortController();
    for (let i = 0; i < 5; i++) await client.request(GET, {}, { signal: ctrl.signal });
    expect(timers()).toBeLessThanOrEqual(before + 1); // each leaked timer would add one
    // The caller's signal goes to fetch, and undici keeps its own listeners on it for a while: ours must add none.
    const raw = new AbortController();
    for (let i = 0; i < 5; i++) await (await fetch(s.url, { signal: raw.signal })).text();
    expect(getEventListeners(ctrl.signal, "abort").length).toBeLessThanOrEqual(
      getEventListeners(raw.signal, "abort").length,
    );
  });

  it("a timely response is not affected by the timer", async () => {
    const s = await serve(() => ({ delayMs: 20, body: { ok: 1 } }));
    const { client } = makeClient(s.url, { timeoutMs: 2000 });
    expect(await client.request(GET, {})).toEqual({ ok: 1 });
  });
});

describe("abort", () => {
  const isAbort = (e: unknown) => e instanceof Error && e.name === "AbortError";

  it("an already-aborted signal rejects with AbortError and sends nothing", async () => {
    const s = await serve(() => OK);
    const { client } = makeClient(s.url);
    const err = await rejection(client.request(GET, {}, { signal: AbortSignal.abort() }));
    expect(isAbort(err)).toBe(true);
    expect(s.requests).toHaveLength(0);
  });

  it("aborting in flight surfaces AbortError (not a timeout) and is not retried", async () => {
    const ctrl = new AbortController();
    // Aborted once the server has the request (in flight for sure); it answers after 2 s, so a request that ignored
    // the abort would resolve instead.
    const s = await serve(() => (ctrl.abort(), { delayMs: 2000, body: {} }));
    let attempts = 0;
    const { client, delays } = makeClient(s.url, { timeoutMs: 5000, onRequest: () => attempts++ });
    const err = await rejection(client.request(GET, {}, { signal: ctrl.signal }));
    expect(isAbort(err)).toBe(true);
    expect(err).not.toBeInstanceOf(SdkTimeoutError);
    expect([attempts, delays.length]).toEqual([1, 0]); // no retry was even scheduled
    expect(s.requests).toHaveLength(1);
  });

  it("aborting a POST in flight surfaces the abort, not a connection error", async () => {
    const ctrl = new AbortController();
    const reason = new Error("user cancelled");
    const s = await serve(() => (ctrl.abort(reason), { delayMs: 2000, body: {} }));
    const { client } = makeClient(s.url);
    expect(await rejection(client.request(POST, {}, { signal: ctrl.signal }))).toBe(reason);
    expect(s.requests).toHaveLength(1);
  });

  it("the caller's own abort reason surfaces unchanged", async () => {
    const reason = new Error("user cancelled");
    const ctrl = new AbortController();
    const s = await serve(() => (ctrl.abort(reason), { delayMs: 2000, body: {} }));
    const { client } = makeClient(s.url);
    expect(await rejection(client.request(GET, {}, { signal: ctrl.signal }))).toBe(reason);
  });

  it("aborting during the backoff wait rejects at once", async () => {
    const s = await serve(() => ({ status: 429, headers: { "retry-after": "30" } }));
    const ctrl = new AbortController();
    // Real (default) sleep: the 30 s wait must be cut short by the abort (the guard is far below 30 s).
    const client = new ClientCore(
      { token: TOKEN, baseUrl: s.url, onResponse: () => void setTimeout(() => ctrl.abort(), 20) },
      DEFAULTS,
    );
    const err = await within(rejection(client.request(GET, {}, { signal: ctrl.signal })), 5000, "backoff wait");
    expect(isAbort(err)).toBe(true);
    expect(s.requests).toHaveLength(1);
  });

  it("sleep resolves after the delay and rejects immediately on abort", async () => {
    await sleep(5);
    const kept = new AbortController();
    await sleep(5, kept.signal);
    expect(getEventListeners(kept.signal, "abort")).toHaveLength(0);
    const ctrl = new AbortController();
    const p = sleep(60_000, ctrl.signal);
    ctrl.abort();
    expect(isAbort(await rejection(p))).toBe(true);
    expect(isAbort(await rejection(sleep(10, AbortSignal.abort())))).toBe(true);
  });

  it("a 429 without abort still surfaces as RateLimitError once retries are exhausted", async () => {
    const s = await serve(() => ({ status: 429, headers: { "retry-after": "0" } }));
    const { client } = makeClient(s.url, { maxRetries: 1 });
    expectExactly(await rejection(client.request(GET, {})), RateLimitError);
  });
});
