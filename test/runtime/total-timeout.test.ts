import { describe, expect, it } from "vitest";
import type { OperationSpec } from "../../templates/runtime/index.js";
import { makeClient, rejection } from "./helpers.js";
import { script, startServer } from "./server.js";

// `totalTimeoutMs` over a real HTTP server: one bound on the whole call, its attempts, retries and waits together
// (the per-attempt `timeoutMs` is in retries.test.ts and attempt.test.ts).

const find: OperationSpec = { method: "GET", path: "/companies/{id}", pathParams: ["id"], response: "json" };

describe("totalTimeoutMs: the whole call, retries and waits included", () => {
  it("gives up instead of waiting past the bound (Retry-After longer than what is left)", async () => {
    const s = await startServer(script({ status: 503, headers: { "retry-after": "30" } }));
    const { client, delays } = makeClient(s.url, { totalTimeoutMs: 10_000 });
    const err = await rejection(client.request(find, { id: "c1" }));
    await s.close();
    expect((err as { status?: number }).status).toBe(503);
    expect(delays).toEqual([]); // never slept: 30 s would exceed the 10 s bound
    expect(s.requests).toHaveLength(1);
  });

  it("retries while the waits fit, per request too", async () => {
    const s = await startServer(script({ status: 503, headers: { "retry-after": "1" } }, { body: { ok: true } }));
    const { client, delays } = makeClient(s.url, { totalTimeoutMs: 1 });
    expect(await client.request(find, { id: "c1" }, { totalTimeoutMs: 60_000 })).toEqual({ ok: true });
    await s.close();
    expect(delays).toEqual([1000]);
  });

  it("bounds a slow attempt even when timeoutMs (per attempt) is longer", async () => {
    const s = await startServer(script({ delayMs: 5_000, body: {} }));
    const { client } = makeClient(s.url, { timeoutMs: 60_000, totalTimeoutMs: 300, maxRetries: 5 });
    const started = Date.now();
    const err = await rejection(client.request(find, { id: "c1" }));
    const elapsed = Date.now() - started;
    await s.close();
    expect((err as Error).name).toBe("SdkTimeoutError");
    expect(elapsed).toBeLessThan(3_000); // loose on purpose: the point is "not 5 s, not 60 s"
    expect(s.requests).toHaveLength(1); // no time left for a retry
  });
});
