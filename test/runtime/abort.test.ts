import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { jsonBody } from "../../templates/runtime/body.js";
import type { OperationSpec } from "../../templates/runtime/operation.js";
import { makeClient, rejection, within } from "./helpers.js";
import { startServer, type TestServer } from "./server.js";

// The caller's AbortSignal in one attempt (attempt.ts), over a real local server: the abort is raced by the runtime
// itself, so it works even with a fetch that ignores signals; a signal that never fires changes nothing; the
// listener is removed afterwards.

const POST: OperationSpec = { method: "POST", path: "/items", body: jsonBody, response: "json" };
/** A fetch (a wrapper, a polyfill) that drops the signal: only the runtime's own race can stop the call. */
const deaf: typeof fetch = (url, init) => fetch(url, { ...init, signal: null });

describe("the caller's signal in an attempt", () => {
  let s: TestServer | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await s?.close();
    s = undefined;
  });

  it("an abort while the body streams rejects with the caller's reason, even when fetch ignores the signal", async () => {
    const ctrl = new AbortController();
    const reason = new Error("user cancelled");
    // Headers and a first chunk, then silence; the abort comes once the server has the request.
    s = await startServer(() => {
      setImmediate(() => ctrl.abort(reason));
      return { stallAfter: '{"partial":' };
    });
    // No timeout to end it: without the runtime's race the call would hang (the guard turns that into a failure).
    const { client } = makeClient(s.url, { fetch: deaf, timeoutMs: 600_000, maxRetries: 0 });
    const call = rejection(client.request(POST, { a: 1 }, { signal: ctrl.signal }));
    expect(await within(call, 10_000, "the aborted call")).toBe(reason);
    expect(s.requests).toHaveLength(1);
  });

  it("a signal that never fires: the request is sent whole (method, headers, body) and the listener is removed", async () => {
    s = await startServer(() => ({ body: { ok: true } }));
    const ctrl = new AbortController();
    // undici keeps its own listeners until garbage collection, so the deaf fetch leaves only the runtime's to count.
    const { client } = makeClient(s.url, { fetch: deaf });
    expect(await client.request(POST, { name: "n" }, { signal: ctrl.signal })).toEqual({ ok: true });
    const [r] = s.requests;
    expect([r!.method, r!.url, r!.headers["content-type"], r!.body]).toEqual([
      "POST",
      "/items",
      "application/json",
      '{"name":"n"}',
    ]);
    // A long-lived signal shared by many calls must not collect one listener per call.
    await client.request(POST, { name: "m" }, { signal: ctrl.signal });
    expect(getEventListeners(ctrl.signal, "abort")).toHaveLength(0);
  });
});
