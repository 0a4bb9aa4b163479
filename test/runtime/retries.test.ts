import { jsonBody } from "../../templates/runtime/body.js";
import { afterEach, describe, expect, it } from "vitest";
import {
  ClientCore,
  InternalServerError,
  IntercomConnectionError,
  IntercomTimeoutError,
  RateLimitError,
  type OperationSpec,
} from "../../templates/runtime/index.js";
import { retryDelay, shouldRetry, sleep } from "../../templates/runtime/retry.js";
import { DEFAULTS, makeClient, rejection, TOKEN } from "./helpers.js";
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
    expect(await rejection(client.request(POST, {}))).toBeInstanceOf(InternalServerError);
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
    expect(err).toBeInstanceOf(InternalServerError);
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

  it("exponential backoff with ±25% jitter when there is no hint", () => {
    for (let i = 0; i < 50; i++) {
      const d0 = retryDelay(0, undefined, 500, now);
      const d3 = retryDelay(3, h({ "x-ratelimit-reset": String(now / 1000 + 30) }), 500, now); // reset ignored off 429
      expect(d0).toBeGreaterThanOrEqual(375);
      expect(d0).toBeLessThanOrEqual(625);
      expect(d3).toBeGreaterThanOrEqual(3000);
      expect(d3).toBeLessThanOrEqual(5000);
    }
  });

  it("is capped at 60s", () => {
    expect(retryDelay(0, h({ "retry-after": "3600" }), 429, now)).toBe(60_000);
    expect(retryDelay(20, undefined, 500, now)).toBe(60_000);
  });

  it("the client waits the X-RateLimit-Reset delay (recorded, not slept)", async () => {
    const reset = Math.ceil(Date.now() / 1000) + 30;
    const s = await serve(script({ status: 429, headers: { "x-ratelimit-reset": reset } }, OK));
    const { client, delays } = makeClient(s.url);
    await client.request(GET, {});
    expect(delays).toHaveLength(1);
    const expected = reset * 1000 - Date.now();
    expect(Math.abs(delays[0]! - expected)).toBeLessThan(1000);
  });

  it("the client waits the Retry-After HTTP-date delay", async () => {
    const s = await serve(
      script({ status: 503, headers: { "retry-after": new Date(Date.now() + 20_000).toUTCString() } }, OK),
    );
    const { client, delays } = makeClient(s.url);
    await client.request(POST, {});
    expect(delays[0]).toBeGreaterThan(18_000);
    expect(delays[0]).toBeLessThanOrEqual(20_000);
  });

  it("backoff grows between attempts", async () => {
    const s = await serve(script({ status: 500 }));
    const { client, delays } = makeClient(s.url, { maxRetries: 3 });
    await rejection(client.request(GET, {}));
    expect(delays).toHaveLength(3);
    expect(delays[0]).toBeLessThanOrEqual(625);
    expect(delays[2]).toBeGreaterThanOrEqual(1500);
  });
});

describe("network failures", () => {
  it("connection reset is retried on GET", async () => {
    const s = await serve(script({ destroy: true }, OK));
    const { client } = makeClient(s.url);
    expect(await client.request(GET, {})).toEqual({ ok: true });
    expect(s.requests).toHaveLength(2);
  });

  it("connection reset → IntercomConnectionError after the retries", async () => {
    const s = await serve(script({ destroy: true }));
    const { client } = makeClient(s.url);
    const err = await rejection(client.request(GET, {}));
    expect(err).toBeInstanceOf(IntercomConnectionError);
    expect(err).not.toBeInstanceOf(IntercomTimeoutError);
    expect((err as Error).cause).toBeInstanceOf(TypeError);
    expect(s.requests).toHaveLength(3);
  });

  it("connection reset on POST is not retried", async () => {
    const s = await serve(script({ destroy: true }));
    const { client } = makeClient(s.url);
    expect(await rejection(client.request(POST, {}))).toBeInstanceOf(IntercomConnectionError);
    expect(s.requests).toHaveLength(1);
  });

  it("connection refused → IntercomConnectionError after the retries", async () => {
    const s = await startServer();
    await s.close(); // nothing listens on this port any more
    let attempts = 0;
    const { client } = makeClient(s.url, { onRequest: () => attempts++ });
    const err = await rejection(client.request(GET, {}));
    expect(err).toBeInstanceOf(IntercomConnectionError);
    expect((err as Error).message).toContain("ECONNREFUSED");
    expect(attempts).toBe(3);
  });
});

describe("timeouts", () => {
  it("an attempt slower than timeoutMs → IntercomTimeoutError, retried on GET", async () => {
    const s = await serve(() => ({ delayMs: 1000, body: {} }));
    const { client } = makeClient(s.url, { timeoutMs: 40, maxRetries: 1 });
    const t0 = Date.now();
    const err = await rejection(client.request(GET, {}));
    expect(err).toBeInstanceOf(IntercomTimeoutError);
    expect(err).toBeInstanceOf(IntercomConnectionError);
    expect((err as Error).message).toBe("Request timed out after 40 ms");
    expect(s.requests).toHaveLength(2);
    expect(Date.now() - t0).toBeLessThan(800);
  });

  it("a timeout on POST is not retried; per-call timeoutMs wins", async () => {
    const s = await serve(() => ({ delayMs: 1000, body: {} }));
    const { client } = makeClient(s.url);
    expect(await rejection(client.request(POST, {}, { timeoutMs: 30 }))).toBeInstanceOf(IntercomTimeoutError);
    expect(s.requests).toHaveLength(1);
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
    const s = await serve(() => ({ delayMs: 2000, body: {} }));
    const { client } = makeClient(s.url, { timeoutMs: 5000 });
    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(), 30);
    const t0 = Date.now();
    const err = await rejection(client.request(GET, {}, { signal: ctrl.signal }));
    expect(isAbort(err)).toBe(true);
    expect(err).not.toBeInstanceOf(IntercomTimeoutError);
    expect(Date.now() - t0).toBeLessThan(500);
    expect(s.requests).toHaveLength(1);
  });

  it("the caller's own abort reason surfaces unchanged", async () => {
    const s = await serve(() => ({ delayMs: 2000, body: {} }));
    const { client } = makeClient(s.url);
    const reason = new Error("user cancelled");
    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(reason), 20);
    expect(await rejection(client.request(GET, {}, { signal: ctrl.signal }))).toBe(reason);
  });

  it("aborting during the backoff wait rejects at once", async () => {
    const s = await serve(() => ({ status: 429, headers: { "retry-after": "30" } }));
    const ctrl = new AbortController();
    let abortedAt = 0;
    // Real (default) sleep: the 30 s wait must be cut short by the abort.
    const client = new ClientCore(
      {
        token: TOKEN,
        baseUrl: s.url,
        onResponse: () =>
          void setTimeout(() => {
            abortedAt = Date.now();
            ctrl.abort();
          }, 20),
      },
      DEFAULTS,
    );
    const err = await rejection(client.request(GET, {}, { signal: ctrl.signal }));
    expect(isAbort(err)).toBe(true);
    expect(Date.now() - abortedAt).toBeLessThan(50);
    expect(s.requests).toHaveLength(1);
  });

  it("sleep resolves after the delay and rejects immediately on abort", async () => {
    await sleep(5);
    const ctrl = new AbortController();
    const p = sleep(60_000, ctrl.signal);
    ctrl.abort();
    expect(isAbort(await rejection(p))).toBe(true);
    expect(isAbort(await rejection(sleep(10, AbortSignal.abort())))).toBe(true);
  });

  it("a 429 without abort still surfaces as RateLimitError once retries are exhausted", async () => {
    const s = await serve(() => ({ status: 429, headers: { "retry-after": "0" } }));
    const { client } = makeClient(s.url, { maxRetries: 1 });
    expect(await rejection(client.request(GET, {}))).toBeInstanceOf(RateLimitError);
  });
});
