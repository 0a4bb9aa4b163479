// Credentials as the server receives them and as hooks see them, for every kind of scheme the runtime's table can
// hold (apiKey in a header, the query or a cookie; basic; bearer; oauth2 clientCredentials), through the client
// against the local server. The oauth2 grant's token endpoint is served by the same server.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ClientCore,
  type ClientOptions,
  type OperationSpec,
  type RequestHookInfo,
  SdkError,
  SdkRequestError,
  UnauthorizedError,
  type SecurityScheme,
} from "../../templates/runtime/index.js";
import { nameErrors } from "../../templates/runtime/errors.js";
import { clientCredentials } from "../../templates/runtime/oauth.js";
import { buildQuery } from "../../templates/runtime/query.js";
import { apiKey, applyCredentials, basic, bearer } from "../../templates/runtime/security.js";
import { DEFAULTS, expectExactly, rejection } from "./helpers.js";
import { type Handler, type RecordedRequest, type TestServer, startServer } from "./server.js";

const SCHEMES: Record<string, SecurityScheme> = {
  headerKey: { env: "T_HEADER_KEY", set: apiKey, header: "x-api-key" },
  queryKey: { env: "T_QUERY_KEY", set: apiKey, in: "query", name: "api key" },
  otherQueryKey: { env: "T_OTHER_QUERY_KEY", set: apiKey, in: "query", name: "sig" },
  session: { env: "T_SESSION", set: apiKey, in: "cookie", name: "sid" },
  theme: { env: "T_THEME", set: apiKey, in: "cookie", name: "theme" },
  basicAuth: { env: "T_BASIC", set: basic, header: "authorization" },
  bearerAuth: { env: "T_BEARER", set: bearer, header: "authorization", token: true },
  oauth: { env: "T_OAUTH", set: bearer, header: "authorization", tokenUrl: "oauth/token", grant: clientCredentials },
};

const get = (security: string[][], query?: string[]): OperationSpec => ({
  method: "GET",
  path: "/things",
  security,
  ...(query ? { query: { params: query, serialize: buildQuery } } : {}),
  response: "json",
});

let server: TestServer | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

/** The API at `/api` (its replies from `api`), its token endpoint at `/api/oauth/token` (replies from `token`). */
async function serve(api: Handler = () => ({ body: {} }), token: Handler = () => ({ body: { access_token: "t1" } })) {
  await server?.close();
  let apiCalls = 0;
  let tokenCalls = 0;
  server = await startServer((req, _i) =>
    req.url.startsWith("/api/oauth/token") ? token(req, tokenCalls++) : api(req, apiCalls++),
  );
  return server;
}

const apiRequests = () => server!.requests.filter((r) => !r.url.includes("/oauth/token"));
const tokenRequests = () => server!.requests.filter((r) => r.url.includes("/oauth/token"));

function client(options: ClientOptions<string> = {}, seen: RequestHookInfo[] = []): ClientCore {
  return new ClientCore(
    { baseUrl: `${server!.url}/api`, sleep: async () => {}, onRequest: (i) => void seen.push(i), ...options },
    { ...DEFAULTS, schemes: SCHEMES, security: [["bearerAuth"]], authenticate: applyCredentials },
  );
}

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

describe("apiKey schemes on the wire, redacted for hooks", () => {
  it("in the query: appended with `?` or `&`, name and value encoded; hooks see [REDACTED]", async () => {
    await serve();
    const seen: RequestHookInfo[] = [];
    const c = client({ credentials: { queryKey: "k&1", otherQueryKey: "s g" } }, seen);
    await c.request(get([["queryKey", "otherQueryKey"]]), {});
    await c.request(get([["queryKey"]], ["q"]), { q: "x" });
    expect(apiRequests().map((r) => r.url)).toEqual([
      "/api/things?api%20key=k%261&sig=s%20g",
      "/api/things?q=x&api%20key=k%261",
    ]);
    expect(seen.map((i) => i.url)).toEqual([
      `${server!.url}/api/things?api%20key=[REDACTED]&sig=[REDACTED]`,
      `${server!.url}/api/things?q=x&api%20key=[REDACTED]`,
    ]);
  });

  it("in a cookie: appended to the caller's cookie, several joined with `; `; hooks see the cookie redacted", async () => {
    await serve();
    const seen: RequestHookInfo[] = [];
    await client({ credentials: { session: "s1", theme: "dark" } }, seen).request(get([["session", "theme"]]), {});
    await client({ credentials: { session: "s1" }, headers: { Cookie: "lang=en" } }).request(get([["session"]]), {});
    expect(apiRequests().map((r) => r.headers.cookie)).toEqual(["sid=s1; theme=dark", "lang=en; sid=s1"]);
    expect(apiRequests()[0]!.url).toBe("/api/things");
    expect(seen[0]!.headers["cookie"]).toBe("[REDACTED]");
  });

  it("in a header: sent under the declared name, never in the URL; hooks see it redacted without a scheme word", async () => {
    await serve();
    const seen: RequestHookInfo[] = [];
    await client({ credentials: { headerKey: "key-1" } }, seen).request(get([["headerKey"]]), {});
    const [sent] = apiRequests();
    expect(sent!.headers["x-api-key"]).toBe("key-1");
    expect(sent!.headers.authorization).toBeUndefined();
    expect(sent!.headers.cookie).toBeUndefined();
    expect(sent!.url).toBe("/api/things");
    expect(seen[0]!.headers["x-api-key"]).toBe("[REDACTED]");
  });
});

describe("basic and bearer", () => {
  it("basic from `user:password` or { username, password }, UTF-8 then base64; hooks keep only the word `Basic`", async () => {
    await serve();
    const seen: RequestHookInfo[] = [];
    await client({ credentials: { basicAuth: "ünï:pässwörd" } }, seen).request(get([["basicAuth"]]), {});
    await client({ credentials: { basicAuth: { username: "ünï", password: "p:w" } } }).request(
      get([["basicAuth"]]),
      {},
    );
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual([
      `Basic ${b64("ünï:pässwörd")}`,
      `Basic ${b64("ünï:p:w")}`,
    ]);
    expect(seen[0]!.headers["authorization"]).toBe("Basic [REDACTED]");
  });

  it("a credential the caller set through `headers` is kept, held or not, and redacted for hooks", async () => {
    await serve();
    const seen: RequestHookInfo[] = [];
    const own = { headers: { Authorization: "Bearer own" } };
    await client({ ...own, credentials: { bearerAuth: "held" } }, seen).request(get([["bearerAuth"]]), {});
    await client(own).request(get([["bearerAuth"]]), {});
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(["Bearer own", "Bearer own"]);
    expect(seen[0]!.headers["authorization"]).toBe("Bearer [REDACTED]");
  });

  it("a string credential with CR or LF is refused when the client is made, without echoing it", async () => {
    await serve();
    const e = await rejection(Promise.resolve().then(() => client({ credentials: { headerKey: "k\r\nX-Evil: 1" } })));
    expectExactly(e, SdkRequestError);
    expect((e as Error).message).not.toContain("Evil");
  });
});

describe("requirements", () => {
  it("alternatives: the first whose schemes all have a credential; half a combination is not enough", async () => {
    await serve();
    await client({ credentials: { headerKey: "k", session: "s" } }).request(
      get([["headerKey", "queryKey"], ["session"]]),
      {},
    );
    const [sent] = apiRequests();
    expect([sent!.url, sent!.headers.cookie, sent!.headers["x-api-key"]]).toEqual(["/api/things", "sid=s", undefined]);
  });

  it("none met: one SdkRequestError naming each alternative's schemes and variables; nothing sent", async () => {
    await serve();
    const e = await rejection(
      client({ credentials: { headerKey: "k" } }).request(get([["headerKey", "queryKey"], ["session"]]), {}),
    );
    expectExactly(e, SdkRequestError);
    expect((e as Error).message).toBe(
      "Missing credentials: `headerKey` (or T_HEADER_KEY) and `queryKey` (or T_QUERY_KEY); or `session` (or T_SESSION)",
    );
    expect(server!.requests).toEqual([]);
  });

  it("a requirement naming a scheme the table lacks is reported missing, not a TypeError", async () => {
    await serve();
    const e = await rejection(client().request(get([["ghost"]]), {}));
    expectExactly(e, SdkRequestError);
    expect((e as Error).message).toBe("Missing credentials: `ghost` (or undefined)");
  });

  it("a credential function returning nothing is a request error naming the scheme", async () => {
    await serve();
    const e = await rejection(client({ credentials: { headerKey: () => "" } }).request(get([["headerKey"]]), {}));
    expectExactly(e, SdkRequestError);
    expect((e as Error).message).toBe("The credential function of `headerKey` returned none");
    expect(server!.requests).toEqual([]);
  });
});

describe("the environment", () => {
  const ENV = "T_HEADER_KEY";
  afterEach(() => {
    delete process.env[ENV];
  });

  /** A client made while `globalThis.process` is `stand` (restored at once: the constructor reads it synchronously). */
  function madeWithout(stand: unknown): ClientCore {
    const real = Object.getOwnPropertyDescriptor(globalThis, "process")!;
    Object.defineProperty(globalThis, "process", { value: stand, configurable: true, writable: true });
    try {
      return client();
    } finally {
      Object.defineProperty(globalThis, "process", real);
    }
  }

  it("a scheme's variable is its credential when the client is given none", async () => {
    await serve();
    process.env[ENV] = "from-env";
    await client().request(get([["headerKey"]]), {});
    expect(apiRequests()[0]!.headers["x-api-key"]).toBe("from-env");
  });

  it.each([
    ["no `process` (a browser)", undefined],
    ["a `process` without `env`", {}],
    [
      "reading the environment throws (Deno without --allow-env)",
      {
        get env() {
          throw new Error("PermissionDenied");
        },
      },
    ],
  ])("%s: no credential from it, and a call says which is missing", async (_case, stand) => {
    await serve();
    process.env[ENV] = "from-env";
    const c = madeWithout(stand);
    const e = await rejection(c.request(get([["headerKey"]]), {}));
    expectExactly(e, SdkRequestError);
    expect((e as Error).message).toBe("Missing credentials: `headerKey` (or T_HEADER_KEY)");
  });
});

describe("oauth2 clientCredentials", () => {
  const creds = { clientId: "app:1", clientSecret: "s€cret" };

  it("posts the grant to the tokenUrl resolved against the server (its path kept), then sends the token", async () => {
    await serve();
    await client({ credentials: { oauth: { ...creds, scopes: ["read", "write"] } } }).request(get([["oauth"]]), {});
    const [tokenReq] = tokenRequests();
    expect(tokenReq).toMatchObject<Partial<RecordedRequest>>({ method: "POST", url: "/api/oauth/token" });
    expect(tokenReq!.headers.authorization).toBe(`Basic ${b64("app%3A1:s%E2%82%ACcret")}`);
    expect(tokenReq!.headers.accept).toBe("application/json");
    expect(tokenReq!.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
    expect(tokenReq!.body).toBe("grant_type=client_credentials&scope=read+write");
    expect(apiRequests()[0]!.headers.authorization).toBe("Bearer t1");
  });

  it("no scopes, or an empty list: no `scope` field", async () => {
    await serve();
    await client({ credentials: { oauth: creds } }).request(get([["oauth"]]), {});
    await client({ credentials: { oauth: { ...creds, scopes: [] } } }).request(get([["oauth"]]), {});
    expect(tokenRequests().map((r) => r.body)).toEqual([
      "grant_type=client_credentials",
      "grant_type=client_credentials",
    ]);
  });

  it("goes through the client's `fetch` when one is given, the global fetch otherwise", async () => {
    await serve();
    const urls: string[] = [];
    const recording: typeof fetch = (input, init) => {
      urls.push(String(input));
      return fetch(input, init);
    };
    await client({ credentials: { oauth: creds }, fetch: recording }).request(get([["oauth"]]), {});
    expect(urls).toEqual([`${server!.url}/api/oauth/token`, `${server!.url}/api/things`]);
  });

  it("caches the token while it lives (no expires_in: for good); one request for concurrent calls", async () => {
    await serve(undefined, () => ({ body: { access_token: "t1", expires_in: 3600 } }));
    const c = client({ credentials: { oauth: creds } });
    await Promise.all([c.request(get([["oauth"]]), {}), c.request(get([["oauth"]]), {})]);
    await c.request(get([["oauth"]]), {});
    expect(tokenRequests()).toHaveLength(1);
    await serve(undefined, () => ({ body: { access_token: "t1" } }));
    const forever = client({ credentials: { oauth: creds } });
    await forever.request(get([["oauth"]]), {});
    await forever.request(get([["oauth"]]), {});
    expect(tokenRequests()).toHaveLength(1);
  });

  it("a token expiring within 30 s is fetched again for the next call", async () => {
    await serve(undefined, (_r, i) => ({ body: { access_token: `t${i + 1}`, expires_in: 20 } }));
    const c = client({ credentials: { oauth: creds } });
    await c.request(get([["oauth"]]), {});
    await c.request(get([["oauth"]]), {});
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(["Bearer t1", "Bearer t2"]);
  });

  it("expiry: the token is used up to 30 s before expires_in, not at that instant", async () => {
    await serve(undefined, (_r, i) => ({ body: { access_token: `t${i + 1}`, expires_in: 40 } }));
    const source = clientCredentials("oauth/token", creds, () => fetch, `${server!.url}/api`);
    let now = 1_000_000;
    vi.spyOn(Date, "now").mockImplementation(() => now);
    expect(await source()).toBe("t1");
    now += 9_999;
    expect(await source()).toBe("t1");
    now += 1;
    expect(await source()).toBe("t2");
  });

  it("a 401 gets one fresh token and one more attempt, which does not count as a retry", async () => {
    await serve(
      (_r, i) => [{ status: 401, body: {} }, { status: 500, body: {} }, { body: { ok: 1 } }][i]!,
      (_r, i) => ({ body: { access_token: `t${i + 1}`, expires_in: 3600 } }),
    );
    const seen: RequestHookInfo[] = [];
    const { data } = await client({ credentials: { oauth: creds }, maxRetries: 1 }, seen)
      .request(get([["oauth"]]), {})
      .withResponse();
    expect(data).toEqual({ ok: 1 });
    // The retry after the 500 keeps the fresh token: one refresh per 401, not one per later attempt.
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(["Bearer t1", "Bearer t2", "Bearer t2"]);
    expect(tokenRequests()).toHaveLength(2);
    expect(seen.map((i) => i.attempt)).toEqual([0, 0, 1]);
  });

  it("a second 401 after the fresh token is the caller's UnauthorizedError", async () => {
    await serve(
      () => ({ status: 401, body: {} }),
      (_r, i) => ({ body: { access_token: `t${i + 1}` } }),
    );
    const e = await rejection(client({ credentials: { oauth: creds } }).request(get([["oauth"]]), {}));
    expect(e).toBeInstanceOf(UnauthorizedError);
    expect(tokenRequests()).toHaveLength(2);
    expect(apiRequests()).toHaveLength(2);
  });

  it("a 5xx is retried as usual with the same token, not answered with a fresh one", async () => {
    await serve((_r, i) => (i ? { body: {} } : { status: 503, body: {} }));
    await client({ credentials: { oauth: creds }, maxRetries: 1 }).request(get([["oauth"]]), {});
    expect(tokenRequests()).toHaveLength(1);
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(["Bearer t1", "Bearer t1"]);
  });

  it("a 401 with a credential of a scheme without a grant is the caller's error at once", async () => {
    await serve(() => ({ status: 401, body: {} }));
    for (const bearerAuth of ["mine", () => "mine"]) {
      const e = await rejection(client({ credentials: { bearerAuth } }).request(get([["bearerAuth"]]), {}));
      expect(e).toBeInstanceOf(UnauthorizedError);
    }
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(["Bearer mine", "Bearer mine"]);
  });

  it("an oauth2 scheme's own token function is asked once more, with `fresh`, after a 401", async () => {
    await serve((_r, i) => (i ? { body: {} } : { status: 401, body: {} }));
    const asked: unknown[] = [];
    const oauth = (fresh?: boolean) => (asked.push(fresh), fresh ? "new" : "old");
    await client({ credentials: { oauth } }).request(get([["oauth"]]), {});
    expect(asked).toEqual([false, true]);
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(["Bearer old", "Bearer new"]);
  });

  it.each([
    ["an error status", { status: 400, body: { error: "invalid_client" } }, 400],
    ["no access_token", { body: { token: "t1" } }, 200],
    ["a body that is not JSON", { body: "not json" }, 200],
  ])("a token reply with %s is a request error; the API is not called", async (_case, reply, status) => {
    await serve(undefined, () => reply);
    const e = await rejection(client({ credentials: { oauth: creds } }).request(get([["oauth"]]), {}));
    expectExactly(e, SdkRequestError);
    expect((e as Error).message).toBe(`The token request to ${server!.url}/api/oauth/token was refused (${status})`);
    expect((e as Error).message).not.toContain("cret");
    expect(apiRequests()).toEqual([]);
  });

  it("a refused token request is not kept: the next call asks again", async () => {
    await serve(undefined, (_r, i) => (i ? { body: { access_token: "t2" } } : { status: 503, body: {} }));
    const c = client({ credentials: { oauth: creds } });
    await rejection(c.request(get([["oauth"]]), {}));
    await c.request(get([["oauth"]]), {});
    expect(apiRequests().map((r) => r.headers.authorization)).toEqual(["Bearer t2"]);
  });

  it("an unreachable token endpoint is a request error with the cause", async () => {
    const closed = await startServer();
    await closed.close();
    await serve();
    const c = new ClientCore(
      { baseUrl: closed.url, credentials: { oauth: creds } },
      { ...DEFAULTS, schemes: SCHEMES, security: [["oauth"]], authenticate: applyCredentials },
    );
    const e = await rejection(c.request(get([["oauth"]]), {}));
    expectExactly(e, SdkRequestError);
    expect((e as Error).message).toBe(`The token request to ${closed.url}/oauth/token failed`);
    expect((e as Error).cause).toBeInstanceOf(Error);
  });

  it("an oauth2 scheme given a token function uses it as is: no token request", async () => {
    await serve();
    await client({ credentials: { oauth: async () => "own-token" } }).request(get([["oauth"]]), {});
    expect(apiRequests()[0]!.headers.authorization).toBe("Bearer own-token");
    expect(tokenRequests()).toEqual([]);
  });
});

describe("the client's server", () => {
  it("a baseUrl fetch cannot parse is an SdkError when the client is made, quoting it", () => {
    let e: unknown;
    try {
      new ClientCore({ baseUrl: "not a url" }, DEFAULTS);
    } catch (err) {
      e = err;
    }
    expectExactly(e, SdkError);
    expect((e as Error).message).toBe('Invalid baseUrl "not a url"');
  });
});

describe("what hooks and errors show", () => {
  it("an Authorization header set through `headers` is redacted even where no scheme of the table uses it", async () => {
    await serve();
    const seen: RequestHookInfo[] = [];
    const c = new ClientCore(
      { baseUrl: server!.url, headers: { Authorization: "Token abc" }, onRequest: (i) => void seen.push(i) },
      { ...DEFAULTS, schemes: { headerKey: SCHEMES["headerKey"]! }, security: [[]], authenticate: applyCredentials },
    );
    await c.request(get([[]]), {});
    expect(server!.requests[0]!.headers.authorization).toBe("Token abc");
    expect(seen[0]!.headers["authorization"]).toBe("[REDACTED]");
  });

  it("an oauth2 scheme given a plain token: a 401 is final (no grant to ask again)", async () => {
    await serve(() => ({ status: 401, body: {} }));
    const e = await rejection(client({ credentials: { oauth: "plain" } }).request(get([["oauth"]]), {}));
    expect(e).toBeInstanceOf(UnauthorizedError);
    expect(apiRequests()).toHaveLength(1);
  });

  it("errors carry the names the package exports them under", async () => {
    await serve();
    nameErrors("Acme");
    try {
      const e = await rejection(client().request(get([["headerKey"]]), {}));
      expect((e as Error).name).toBe("AcmeRequestError");
    } finally {
      nameErrors("Sdk");
    }
  });
});
