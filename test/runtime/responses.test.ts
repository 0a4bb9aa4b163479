import { afterEach, describe, expect, it } from "vitest";
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  InternalServerError,
  SdkApiError,
  SdkConnectionError,
  SdkError,
  SdkParseError,
  SdkTimeoutError,
  NotFoundError,
  RateLimitError,
  UnauthorizedError,
  UnprocessableEntityError,
  type OperationSpec,
} from "../../templates/runtime/index.js";
import { makeClient, rejection, TOKEN } from "./helpers.js";
import { script, startServer, type Handler, type TestServer } from "./server.js";

const servers: TestServer[] = [];
async function serve(handler: Handler): Promise<TestServer> {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const op = (response: OperationSpec["response"], method: OperationSpec["method"] = "GET"): OperationSpec => ({
  method,
  path: "/r",
  response,
});

async function call(reply: Parameters<typeof script>[0], o: OperationSpec = op("json")): Promise<unknown> {
  const s = await serve(script(reply));
  return makeClient(s.url, { maxRetries: 0 }).client.request(o, {});
}

describe("successful responses", () => {
  it("json is parsed", async () => {
    expect(await call({ body: { type: "company", id: "1", n: [1, 2] } })).toEqual({
      type: "company",
      id: "1",
      n: [1, 2],
    });
  });

  it("JSON with __proto__ does not pollute prototypes", async () => {
    const data = (await call({ body: '{"__proto__":{"polluted":1},"a":1}' })) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(["__proto__", "a"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("text → string", async () => {
    expect(await call({ body: "hello\nworld", headers: { "content-type": "text/plain" } }, op("text"))).toBe(
      "hello\nworld",
    );
  });

  it("binary → Uint8Array", async () => {
    const data = await call(
      { body: new Uint8Array([0, 255, 1]), headers: { "content-type": "application/pdf" } },
      op("binary"),
    );
    expect(data).toBeInstanceOf(Uint8Array);
    expect([...(data as Uint8Array)]).toEqual([0, 255, 1]);
  });

  it("204, empty 200 and response 'none' → undefined", async () => {
    expect(await call({ status: 204 })).toBeUndefined();
    expect(await call({ status: 200, body: "" })).toBeUndefined();
    expect(await call({ status: 200, body: { ignored: true } }, op("none", "DELETE"))).toBeUndefined();
    expect(await call({ status: 204 }, op("binary"))).toBeUndefined();
  });

  it("malformed JSON on a 2xx → SdkParseError with status and raw text", async () => {
    const err = await rejection(
      call({ status: 200, body: "<html>oops</html>", headers: { "content-type": "text/html" } }),
    );
    expect(err).toBeInstanceOf(SdkParseError);
    expect(err).toBeInstanceOf(SdkError);
    expect(err).toMatchObject({ name: "SdkParseError", status: 200, rawBody: "<html>oops</html>" });
  });
});

describe("error responses", () => {
  const cases = [
    [400, BadRequestError, "Bad Request"],
    [401, UnauthorizedError, "Unauthorized"],
    [403, ForbiddenError, "Forbidden"],
    [404, NotFoundError, "Not Found"],
    [409, ConflictError, "Conflict"],
    [422, UnprocessableEntityError, "Unprocessable Entity"],
    [429, RateLimitError, "Too Many Requests"],
    [500, InternalServerError, "Internal Server Error"],
    [502, InternalServerError, "Bad Gateway"],
    [503, InternalServerError, "Service Unavailable"],
  ] as const;

  it.each(cases)("%i → %o with requestId and errors", async (status, Ctor, title) => {
    const body = {
      type: "error.list",
      request_id: "req_abc",
      errors: [{ code: "some_code", message: "Company Not Found", field: "id" }, { code: "second" }],
    };
    const err = await rejection(call({ status, body }));
    expect(err).toBeInstanceOf(Ctor);
    expect(err).toBeInstanceOf(SdkApiError);
    expect(err).toBeInstanceOf(SdkError);
    const e = err as SdkApiError;
    expect(e.name).toBe(Ctor.name);
    expect(e.status).toBe(status);
    expect(e.requestId).toBe("req_abc");
    expect(e.errors).toEqual([{ code: "some_code", message: "Company Not Found", field: "id" }, { code: "second" }]);
    expect(e.body).toEqual(body);
    expect(e.message).toBe(`${status} ${title}: Company Not Found (request_id req_abc)`);
    expect(String(e)).toBe(`${Ctor.name}: ${e.message}`);
  });

  it("other statuses → plain SdkApiError; request id from X-Request-Id; text body kept", async () => {
    const err = (await rejection(
      call({ status: 418, body: "teapot", headers: { "x-request-id": "hdr_req", "content-type": "text/plain" } }),
    )) as SdkApiError;
    expect(err.constructor).toBe(SdkApiError);
    expect(err.name).toBe("SdkApiError");
    expect(err.requestId).toBe("hdr_req");
    expect(err.body).toBe("teapot");
    expect(err.errors).toEqual([]);
    expect(err.message).toBe("418 I'm a Teapot (request_id hdr_req)");
  });

  it("tolerates malformed error bodies", async () => {
    const err = (await rejection(call({ status: 400, body: { errors: [null, 3, { message: "m" }] } }))) as SdkApiError;
    expect(err.errors).toEqual([{ code: "unknown", message: "m" }]);
    expect(err.message).toBe("400 Bad Request: m");
  });

  it("SdkApiError.from picks the class by status", () => {
    const h = new Headers();
    expect(SdkApiError.from(404, h, undefined)).toBeInstanceOf(NotFoundError);
    expect(SdkApiError.from(599, h, undefined)).toBeInstanceOf(InternalServerError);
    expect(SdkApiError.from(402, h, undefined, "Payment Required").message).toBe("402 Payment Required");
  });

  it("429 carries rate limit info", async () => {
    const err = (await rejection(
      call({
        status: 429,
        headers: { "x-ratelimit-limit": "1000", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1714564800" },
        body: { type: "error.list", errors: [{ code: "rate_limit_exceeded", message: "Exceeded rate limit" }] },
      }),
    )) as RateLimitError;
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err.rateLimit).toEqual({ limit: 1000, remaining: 0, reset: 1714564800 });
    expect(err.errors[0]?.code).toBe("rate_limit_exceeded");
  });

  it("rate limit fields are undefined when headers are absent", async () => {
    const err = (await rejection(call({ status: 404 }))) as SdkApiError;
    expect(err.rateLimit).toEqual({ limit: undefined, remaining: undefined, reset: undefined });
  });

  it("error classes are distinct from each other", () => {
    expect(new SdkTimeoutError("t")).toBeInstanceOf(SdkConnectionError);
    expect(new SdkConnectionError("c")).toBeInstanceOf(SdkError);
    expect(new SdkConnectionError("c")).not.toBeInstanceOf(SdkApiError);
    expect(new SdkError("x").name).toBe("SdkError");
  });
});

describe("the token never leaks", () => {
  it("is absent from messages, toString, JSON and stack of every kind of error", async () => {
    const errors: unknown[] = [];
    for (const status of [400, 401, 403, 404, 409, 422, 429, 500]) {
      errors.push(await rejection(call({ status, body: { errors: [{ code: "c", message: "m" }] } })));
    }
    errors.push(await rejection(call({ status: 200, body: "not json" })));
    errors.push(await rejection(call({ destroy: true })));
    const slow = await serve(() => ({ delayMs: 500 }));
    errors.push(await rejection(makeClient(slow.url, { timeoutMs: 10, maxRetries: 0 }).client.request(op("json"), {})));
    for (const e of errors) {
      expect(e).toBeInstanceOf(SdkError);
      const err = e as Error;
      expect(err.message).not.toContain(TOKEN);
      expect(String(err)).not.toContain(TOKEN);
      expect(JSON.stringify(err)).not.toContain(TOKEN);
      expect(err.stack ?? "").not.toContain(TOKEN);
      expect(JSON.stringify(err.cause ?? null)).not.toContain(TOKEN);
    }
  });
});
