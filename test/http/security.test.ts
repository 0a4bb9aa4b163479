// Security of the generated client (issue 7), against a real node:http server on 127.0.0.1: path parameters cannot
// leave their segment, headers cannot be injected, hostile JSON cannot pollute prototypes, and the token never shows
// up in anything the client throws, reports or returns.
import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  Intercom,
  IntercomApiError,
  IntercomConnectionError,
  IntercomRequestError,
  IntercomParseError,
  IntercomTimeoutError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  UnauthorizedError,
  UnprocessableEntityError,
  type ClientOptions,
  type Region,
  type RequestHookInfo,
  type ResponseHookInfo,
} from "../../generated/2.11/src/index.js";
import { expectExactly } from "../runtime/helpers.js";
import { type Handler, startServer, type TestServer } from "../runtime/server.js";

const TOKEN = "tok_S3CR3T_d0_not_leak_4242";

let srv: TestServer;
/** The handler of the current test (the server is shared). */
let handler: Handler = () => ({ body: {} });
beforeAll(async () => {
  srv = await startServer((req, i) => handler(req, i));
});
afterAll(() => srv.close());
afterEach(() => {
  srv.requests.length = 0;
  handler = () => ({ body: {} });
});

const client = (options: ClientOptions<Region> = {}): Intercom =>
  new Intercom({ token: TOKEN, baseUrl: srv.url, maxRetries: 0, sleep: async () => {}, ...options });

/** The rejection of `p` (fails the test if it resolves). */
async function rejection(p: PromiseLike<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe("path parameters stay one segment", () => {
  // [name, { given, want }]: `want` is the path the server receives, or "rejected" (before any request).
  const cases: [string, { given: string; want: string }][] = [
    ["../ (traversal)", { given: "../admins", want: "rejected" }],
    ["..", { given: "..", want: "rejected" }],
    [".", { given: ".", want: "rejected" }],
    ["%2e%2e (encoded traversal)", { given: "%2e%2e", want: "rejected" }],
    ["%2E%2E/ (upper-case encoded traversal)", { given: "%2E%2E%2F", want: "rejected" }],
    ["%252e%252e (double-encoded traversal)", { given: "%252e%252e", want: "rejected" }],
    ["/ (slash)", { given: "a/b", want: "rejected" }],
    ["%2F (encoded slash)", { given: "a%2Fb", want: "rejected" }],
    ["\\ (backslash)", { given: "a\\b", want: "rejected" }],
    ["empty string", { given: "", want: "rejected" }],
    ["? (query)", { given: "a?admin=true", want: "/contacts/a%3Fadmin%3Dtrue" }],
    ["# (fragment)", { given: "a#b", want: "/contacts/a%23b" }],
    ["unicode", { given: "é✓😀", want: "/contacts/%C3%A9%E2%9C%93%F0%9F%98%80" }],
    ["spaces and &=", { given: "a b&c=d", want: "/contacts/a%20b%26c%3Dd" }],
    ["a lone %", { given: "100%", want: "/contacts/100%25" }],
    ["CR/LF and NUL", { given: "a\r\nb\0", want: "/contacts/a%0D%0Ab%00" }],
    ["..something (not a dot segment)", { given: "..a", want: "/contacts/..a" }],
  ];

  it.each(cases)("%s", async (_name, { given, want }) => {
    const call = client().contacts.find({ contact_id: given });
    if (want === "rejected") {
      const error = await rejection(call);
      expectExactly(error, IntercomRequestError);
      expect((error as Error).message).toContain('"contact_id"');
      expect(srv.requests).toHaveLength(0);
      return;
    }
    await call;
    expect(srv.requests.map((r) => r.url)).toEqual([want]);
    const segments = want.split("/");
    expect(segments).toHaveLength(3);
    expect(decodeURIComponent(segments[2]!)).toBe(given);
  });

  it("every path parameter of an operation is checked, before any request", async () => {
    const error = await rejection(client().companies.detachContact({ contact_id: "ok", company_id: "../../admins" }));
    expect((error as Error).message).toContain('"company_id"');
    expect(srv.requests).toHaveLength(0);
    await client().companies.detachContact({ contact_id: "a/b".replace("/", "?"), company_id: "c#d" });
    expect(srv.requests.map((r) => r.url)).toEqual(["/contacts/a%3Fb/companies/c%23d"]);
  });

  it("a missing path parameter is named, before any request", async () => {
    const error = await rejection(client().contacts.find({} as { contact_id: string }));
    expect((error as Error).message).toContain('"contact_id"');
    expect(srv.requests).toHaveLength(0);
  });
});

describe("headers cannot be injected", () => {
  const bad = ["a\r\nX-Injected: 1", "a\nX-Injected: 1", "a\rb", "a\0b"];

  it.each(bad)("a per-request header value %j is rejected before any request", async (value) => {
    const error = await rejection(client().contacts.find({ contact_id: "1" }, { headers: { "X-Trace": value } }));
    expectExactly(error, IntercomRequestError);
    expect((error as Error).message).toContain('"X-Trace"');
    expect((error as Error).message).not.toContain("X-Injected");
    expect(srv.requests).toHaveLength(0);
  });

  it.each(["X-A\r\nX-Injected", "X-A\nX-Injected", "X A", "X:A", ""])(
    "a per-request header name %j is rejected before any request",
    async (name) => {
      // A name fetch itself refuses would surface as a connection error (and be retried): the SDK must refuse it first.
      const error = await rejection(
        client({ maxRetries: 2 }).contacts.find({ contact_id: "1" }, { headers: { [name]: "1" } }),
      );
      expectExactly(error, IntercomRequestError);
      expect((error as Error).message).toMatch(/^Invalid header "[^"]*": names must be tokens/);
      expect((error as Error).message).not.toContain("\n");
      expect(srv.requests).toHaveLength(0);
    },
  );

  it.each(bad)("client-wide headers, version and token %j are rejected when the client is made", (value) => {
    for (const options of [{ headers: { "X-Trace": value } }, { version: value }, { token: `${TOKEN}${value}` }]) {
      let error: unknown;
      try {
        client(options);
      } catch (e) {
        error = e;
      }
      expectExactly(error, IntercomRequestError);
    }
    try {
      client({ token: `${TOKEN}${value}` });
    } catch (error) {
      expectNoToken(error);
    }
  });

  it("a token function returning CR/LF is rejected before any request, without echoing the token", async () => {
    const error = await rejection(
      client({ token: () => `${TOKEN}\r\nX-Injected: 1` }).contacts.find({ contact_id: "1" }),
    );
    expectExactly(error, IntercomRequestError);
    expectNoToken(error);
    expect(srv.requests).toHaveLength(0);
  });

  it("what arrives has no injected header", async () => {
    await client({ headers: { "X-Ok": "value: with colon" } }).contacts.find({ contact_id: "1" });
    const headers = srv.requests[0]!.headers;
    expect(headers["x-ok"]).toBe("value: with colon");
    expect(headers["x-injected"]).toBeUndefined();
  });
});

describe("hostile JSON cannot pollute prototypes", () => {
  const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
  let snapshot: string[][];
  beforeAll(() => {
    snapshot = prototypes.map((p) => Object.getOwnPropertyNames(p).sort());
  });
  afterEach(() => {
    expectUnpolluted();
  });

  function expectUnpolluted(): void {
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(prototypes.map((p) => Object.getOwnPropertyNames(p).sort())).toEqual(snapshot);
  }

  /** Hostile keys at every level of a contact (raw JSON: a JS object literal would not keep `__proto__` as a key). */
  const hostile = `"__proto__": { "polluted": "yes", "isAdmin": true },
    "constructor": { "prototype": { "polluted": "yes" } },
    "prototype": { "polluted": "yes" }`;
  const contact = (id: string): string =>
    `{ "type": "contact", "id": "${id}", ${hostile}, "custom_attributes": { ${hostile}, "plan": "pro" }, "location": { ${hostile} } }`;
  const json = (text: string) => ({ body: text, headers: { "content-type": "application/json" } });

  it("parsing a response: the keys stay plain data, no object gets a new prototype", async () => {
    handler = () => json(contact("c1"));
    const data = (await client().contacts.find({ contact_id: "c1" })) as unknown as Record<
      string,
      Record<string, unknown>
    >;
    const attributes = data["custom_attributes"]!;
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(attributes["plan"]).toBe("pro");
    expect(attributes["polluted"]).toBeUndefined();
    expect(attributes["isAdmin"]).toBeUndefined();
    expect(Object.keys(attributes)).toEqual(["__proto__", "constructor", "prototype", "plan"]);
    expect(Object.getOwnPropertyDescriptor(attributes, "__proto__")?.value).toEqual({ polluted: "yes", isAdmin: true });
  });

  it("cursor pagination over hostile pages (and a hostile `pages` object)", async () => {
    handler = (_req, i) =>
      json(
        `{ "type": "list", ${hostile}, "data": [${contact(`c${i}`)}], "pages": { ${hostile}, "next": ${
          i < 2 ? `{ ${hostile}, "starting_after": "cur${i}" }` : "null"
        } } }`,
      );
    const ids: string[] = [];
    for await (const item of client().contacts.list({ per_page: 1 })) {
      ids.push(item.id);
      expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
    }
    expect(ids).toEqual(["c0", "c1", "c2"]);
    expect(srv.requests.map((r) => r.url)).toEqual([
      "/contacts?per_page=1",
      "/contacts?per_page=1&starting_after=cur0",
      "/contacts?per_page=1&starting_after=cur1",
    ]);
  });

  it("cursor pagination in the body (contacts.search): the next params are built without polluting", async () => {
    handler = (_req, i) =>
      json(
        `{ "type": "list", "data": [${contact(`c${i}`)}], "pages": { "next": ${i < 1 ? `{ "starting_after": "cur${i}", ${hostile} }` : "null"} } }`,
      );
    const params = JSON.parse(
      `{ "query": { "field": "id", "operator": "=", "value": "1" }, "pagination": { "per_page": 1, ${hostile} } }`,
    );
    const page = await client().contacts.search(params);
    const next = page.nextPageParams() as unknown as Record<string, Record<string, unknown>>;
    expect(Object.getPrototypeOf(next["pagination"])).toBe(Object.prototype);
    expect(next["pagination"]!["starting_after"]).toBe("cur0");
    await page.getNextPage();
    const sent = JSON.parse(srv.requests[1]!.body) as Record<string, Record<string, unknown>>;
    expect(sent["pagination"]!["starting_after"]).toBe("cur0");
    expect(Object.keys(sent["pagination"]!)).toContain("__proto__");
  });

  it("page-number pagination whose `pages` hides total_pages behind __proto__", async () => {
    handler = (_req, i) =>
      json(
        `{ "type": "list", "data": [${contact(`c${i}`)}], "pages": { "__proto__": { "total_pages": 99 }, "page": ${i + 1}, "total_pages": 2, "next": "n" } }`,
      );
    const ids: string[] = [];
    for await (const company of client().companies.list({ per_page: 1 })) ids.push((company as { id: string }).id);
    expect(ids).toEqual(["c0", "c1"]);
  });

  it("scroll pagination with hostile pages", async () => {
    handler = (_req, i) =>
      json(`{ "type": "list", ${hostile}, "data": ${i < 2 ? `[${contact(`c${i}`)}]` : "[]"}, "scroll_param": "s1" }`);
    const ids: string[] = [];
    for await (const company of client().companies.scroll()) ids.push((company as { id: string }).id);
    expect(ids).toEqual(["c0", "c1"]);
  });

  it("error bodies with hostile keys (in the body, in `errors` items)", async () => {
    handler = () => ({
      status: 422,
      ...json(
        `{ "type": "error.list", ${hostile}, "request_id": "r1", "errors": [{ "code": "bad", "message": "nope", ${hostile} }, { ${hostile} }] }`,
      ),
    });
    const error = (await rejection(client().contacts.find({ contact_id: "1" }))) as IntercomApiError;
    expectExactly(error, UnprocessableEntityError);
    expect(error.status).toBe(422);
    expect(error.message).toBe("422 Unprocessable Entity: nope (request_id r1)");
    expect(error.errors).toEqual([{ code: "bad", message: "nope" }, { code: "unknown" }]);
    expect(Object.getPrototypeOf(error.body)).toBe(Object.prototype);
  });

  it("a request body carrying hostile keys (custom_attributes read from JSON) is sent verbatim", async () => {
    const params = JSON.parse(`{ "company_id": "1", ${hostile}, "custom_attributes": { ${hostile}, "plan": "pro" } }`);
    await client().companies.update(params);
    const sent = JSON.parse(srv.requests[0]!.body) as Record<string, Record<string, unknown>>;
    expect(Object.keys(sent)).toEqual(["__proto__", "constructor", "prototype", "custom_attributes"]);
    expect(Object.keys(sent["custom_attributes"]!)).toEqual(["__proto__", "constructor", "prototype", "plan"]);
    expect(srv.requests[0]!.url).toBe("/companies/1");
  });
});

/** Every way an object can end up in a log. */
function renderings(value: unknown): string[] {
  const out = [
    String(value),
    inspect(value, { depth: 10, getters: true }),
    inspect(value, { depth: 10, showHidden: true }),
  ];
  try {
    out.push(JSON.stringify(value) ?? "");
  } catch (error) {
    out.push(String(error));
  }
  if (value instanceof Error) {
    out.push(value.message, value.stack ?? "", String(value.cause), inspect(value.cause, { depth: 10 }));
  }
  return out;
}

function expectNoToken(value: unknown): void {
  for (const text of renderings(value)) expect(text).not.toContain(TOKEN);
}

describe("the token never leaks", () => {
  const requests: RequestHookInfo[] = [];
  const responses: ResponseHookInfo[] = [];
  const hooked = (options: ClientOptions<Region> = {}): Intercom =>
    client({ onRequest: (info) => requests.push(info), onResponse: (info) => responses.push(info), ...options });
  afterEach(() => {
    requests.length = 0;
    responses.length = 0;
  });

  it("it is sent, as a bearer token, to the server only", async () => {
    await hooked().contacts.find({ contact_id: "1" });
    expect(srv.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(requests[0]!.headers["authorization"]).toBe("Bearer [REDACTED]");
  });

  // [name, { given: server reply / client options, want: error class }]
  const failures: [
    string,
    {
      reply?: Handler;
      options?: ClientOptions<Region>;
      params?: { contact_id: string };
      want: new (...args: never[]) => Error;
    },
  ][] = [
    [
      "401 Unauthorized",
      {
        reply: () => ({
          status: 401,
          body: { type: "error.list", errors: [{ code: "unauthorized", message: "Access Token Invalid" }] },
        }),
        want: UnauthorizedError,
      },
    ],
    ["404 with a text body", { reply: () => ({ status: 404, body: "not found" }), want: NotFoundError }],
    [
      "500 after retries",
      {
        reply: () => ({ status: 500, body: { message: "boom" } }),
        options: { maxRetries: 2 },
        want: InternalServerError,
      },
    ],
    [
      "429 with retry-after",
      {
        reply: () => ({ status: 429, headers: { "retry-after": "0" }, body: {} }),
        options: { maxRetries: 1 },
        want: RateLimitError,
      },
    ],
    [
      "invalid JSON on 200",
      {
        reply: () => ({ body: "{not json", headers: { "content-type": "application/json" } }),
        want: IntercomParseError,
      },
    ],
    ["timeout", { reply: () => ({ delayMs: 300, body: {} }), options: { timeoutMs: 30 }, want: IntercomTimeoutError }],
    ["connection reset", { reply: () => ({ destroy: true }), want: IntercomConnectionError }],
    ["connection refused", { options: { baseUrl: "http://127.0.0.1:1" }, want: IntercomConnectionError }],
    ["invalid path parameter", { params: { contact_id: "../x" }, want: IntercomRequestError }],
    ["token function returning nothing", { options: { token: () => "" }, want: IntercomRequestError }],
  ];

  it.each(failures)(
    "%s: not in the error (message, String, JSON, stack, inspect, cause) nor in hook info",
    async (_name, { reply, options, params, want }) => {
      if (reply) handler = reply;
      const error = await rejection(hooked(options).contacts.find(params ?? { contact_id: "1" }));
      expectExactly(error, want);
      expectNoToken(error);
      expectNoToken(requests);
      expectNoToken(responses);
    },
  );

  it("not in anything a call returns: data, withResponse results, pages, page promises", async () => {
    handler = (req, i) =>
      req.url.split("?")[0] === "/contacts"
        ? {
            body: {
              type: "list",
              data: [{ id: `c${i}` }],
              pages: { next: req.url.includes("starting_after") ? null : { starting_after: "cur" } },
            },
          }
        : { body: { type: "contact", id: "c1" } };
    const intercom = hooked();
    const call = intercom.contacts.find({ contact_id: "c1" });
    const result = await call.withResponse();
    const pages = intercom.contacts.list();
    const first = await pages;
    const second = await first.getNextPage();
    for (const value of [
      call,
      await call,
      result,
      result.response,
      result.response.headers,
      pages,
      first,
      second,
      first.nextPageParams(),
      first.rawResponse,
    ]) {
      expectNoToken(value);
    }
    expect(requests.length).toBeGreaterThanOrEqual(3);
    expectNoToken(requests);
    expectNoToken(responses);
  });

  it("a redirect to another origin does not carry it there", async () => {
    const other = await startServer(() => ({ body: { type: "contact", id: "moved" } }));
    try {
      handler = () => ({ status: 307, headers: { location: `${other.url}/elsewhere` } });
      const data = await hooked().contacts.find({ contact_id: "1" });
      expect(data.id).toBe("moved");
      expect(srv.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(other.requests).toHaveLength(1);
      expect(other.requests[0]!.headers.authorization).toBeUndefined();
      expect(JSON.stringify(other.requests[0]!.headers)).not.toContain(TOKEN);
    } finally {
      await other.close();
    }
  });

  it("not in the client itself, nor its resources", () => {
    const intercom = hooked();
    for (const value of [intercom, intercom.contacts, intercom.companies]) expectNoToken(value);
  });

  it("not readable from a token function's client either", async () => {
    const intercom = hooked({ token: async () => TOKEN });
    await intercom.contacts.find({ contact_id: "1" });
    expect(srv.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expectNoToken(intercom);
    expectNoToken(requests);
  });
});
