// Issue 22, on the wire: a package generated from test/fixtures/wire/schemes.yaml, called against node:http on
// 127.0.0.1. Every kind of security scheme as declared (apiKey in header, query and cookie; http basic and bearer;
// oauth2 clientCredentials with its token cache and one refresh on a 401), alternatives, combinations,
// `security: []`, credentials redacted from hooks and errors, the pre-send error, form encodings, the no-body GET,
// multi-segment path parameters and names by REST shape.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { inspect } from "node:util";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { generate } from "../../generator/generate.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { fixture } from "../helpers/model.js";
import { ROOT } from "../helpers/paths.js";
import { expectExactly, rejection } from "../runtime/helpers.js";
import { type Handler, type RecordedRequest, startServer, type TestServer } from "../runtime/server.js";

const tmp = mkdtempSync(join(ROOT, ".tmp-wire-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const out = join(tmp, "wire");
await generate({ spec: fixture("wire/schemes.yaml"), out, build: false });
const sdk: any = await import(join(out, "src/index.ts"));

const SECRET = "s3cr3t_KEY_value_9";

let srv: TestServer;
let handler: Handler = () => ({ status: 204 });
/** Token requests the server answered, in order. */
let tokens: string[] = [];
beforeAll(async () => {
  srv = await startServer((req, i) => {
    if (req.url === "/oauth/token") {
      if (tokenStatus !== 200) return { status: tokenStatus, body: { error: "invalid_client" } };
      const token = `tok-${tokens.length + 1}`;
      tokens.push(token);
      return { body: { access_token: token, token_type: "bearer", expires_in: expiresIn } };
    }
    return handler(req, i);
  });
});
afterAll(() => srv.close());
let expiresIn = 3600;
let tokenStatus = 200;
afterEach(() => {
  tokenStatus = 200;
  srv.requests.length = 0;
  tokens = [];
  expiresIn = 3600;
  handler = () => ({ status: 204 });
});

const client = (options: Record<string, unknown> = {}): any =>
  new sdk.WireTest({ baseUrl: srv.url, maxRetries: 0, sleep: async () => {}, ...options });
const only = (): RecordedRequest => {
  const api = srv.requests.filter((r) => r.url !== "/oauth/token");
  expect(api).toHaveLength(1);
  return api[0]!;
};
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

describe("each scheme type, keyed by the description's scheme name", () => {
  it("apiKey in a header", async () => {
    await client({ credentials: { headerKey: SECRET } }).auth.useHeaderKey();
    expect(only().headers["x-api-key"]).toBe(SECRET);
    expect(only().headers.authorization).toBeUndefined();
  });

  it("apiKey in the query, beside the operation's own parameters", async () => {
    await client({ credentials: { queryKey: "k&=1" } }).auth.useQueryKey({ q: "x" });
    expect(only().url).toBe("/query-key?q=x&api_key=k%26%3D1");
  });

  it("apiKey in a cookie", async () => {
    await client({ credentials: { cookieKey: SECRET } }).auth.useCookieKey();
    expect(only().headers.cookie).toBe(`session=${SECRET}`);
  });

  it("http basic from { username, password } or `user:password`, UTF-8", async () => {
    await client({ credentials: { basicAuth: { username: "ann", password: "pä:ss" } } }).auth.useBasic();
    await client({ credentials: { basicAuth: "bob:pw" } }).auth.useBasic();
    expect(srv.requests.map((r) => r.headers.authorization)).toEqual([basic("ann", "pä:ss"), basic("bob", "pw")]);
  });

  it("http bearer from the document's `security`, for an operation that declares none", async () => {
    await client({ credentials: { bearerAuth: SECRET } }).auth.useDefault();
    expect(only().headers.authorization).toBe(`Bearer ${SECRET}`);
  });

  it("a (possibly async) function is called before every attempt", async () => {
    let n = 0;
    handler = (_r, i) => (i === 0 ? { status: 503 } : { status: 204 });
    await client({ maxRetries: 1, credentials: { headerKey: async () => `key-${++n}` } }).auth.useHeaderKey();
    expect(srv.requests.map((r) => r.headers["x-api-key"])).toEqual(["key-1", "key-2"]);
  });

  it("defaults come from one environment variable per scheme", async () => {
    process.env["WIRE_TEST_HEADER_KEY"] = "from-env";
    try {
      await client().auth.useHeaderKey();
    } finally {
      delete process.env["WIRE_TEST_HEADER_KEY"];
    }
    expect(only().headers["x-api-key"]).toBe("from-env");
  });

  it("`token` is only the shorthand of an API's one bearer scheme (this one has two: bearer and oauth2)", async () => {
    const error = await rejection(client({ token: SECRET }).auth.useDefault());
    expectExactly(error, sdk.WireTestRequestError);
    expect(srv.requests).toHaveLength(0);
  });
});

describe("oauth2 clientCredentials", () => {
  const oauth = { clientId: "app", clientSecret: "sh:h", scopes: ["read"] };

  it("fetches the token from the (relative) tokenUrl with the client's id and secret, and sends it", async () => {
    await client({ credentials: { oauth } }).auth.useOauth();
    const [tokenRequest, call] = srv.requests;
    expect(tokenRequest).toMatchObject({ method: "POST", url: "/oauth/token" });
    expect(tokenRequest!.headers.authorization).toBe(basic("app", "sh%3Ah"));
    expect(new URLSearchParams(tokenRequest!.body).toString()).toBe("grant_type=client_credentials&scope=read");
    expect(call!.headers.authorization).toBe("Bearer tok-1");
  });

  it("caches the token until it expires", async () => {
    const c = client({ credentials: { oauth } });
    await c.auth.useOauth();
    await c.auth.useOauth();
    expect(tokens).toEqual(["tok-1"]);
    expiresIn = 30; // within the 30 s margin: expired at once
    const d = client({ credentials: { oauth } });
    await d.auth.useOauth();
    await d.auth.useOauth();
    expect(tokens).toEqual(["tok-1", "tok-2", "tok-3"]);
  });

  it("refreshes once on a 401, then gives up with the 401", async () => {
    // The server revokes tok-1: its 401 brings a fresh token and one more attempt.
    handler = (req) => (req.headers.authorization === "Bearer tok-1" ? { status: 401 } : { status: 204 });
    const c = client({ credentials: { oauth } });
    await c.auth.useOauth();
    expect(srv.requests.map((r) => `${r.url} ${r.headers.authorization ?? ""}`)).toEqual([
      `/oauth/token ${basic("app", "sh%3Ah")}`,
      "/oauth Bearer tok-1",
      `/oauth/token ${basic("app", "sh%3Ah")}`,
      "/oauth Bearer tok-2",
    ]);
    srv.requests.length = 0;
    handler = () => ({ status: 401, body: { message: "no" } });
    const error = await rejection(c.auth.useOauth());
    expectExactly(error, sdk.UnauthorizedError);
    expect(srv.requests.map((r) => r.url)).toEqual(["/oauth", "/oauth/token", "/oauth"]);
  });

  it("a refused token request is a request error, never sent on", async () => {
    tokenStatus = 400;
    const error = await rejection(client({ credentials: { oauth }, maxRetries: 2 }).auth.useOauth());
    expectExactly(error, sdk.WireTestRequestError);
    expect((error as Error).message).toMatch(/token request .* refused \(400\)/);
    expect(srv.requests.map((r) => r.url)).toEqual(["/oauth/token"]);
  });
});

describe("requirements: alternatives, combinations, none", () => {
  it("alternatives: the first one whose schemes all have a credential", async () => {
    await client({ credentials: { basicAuth: "u:p" } }).auth.useEither();
    await client({ credentials: { basicAuth: "u:p", headerKey: SECRET } }).auth.useEither();
    expect(srv.requests.map((r) => [r.headers["x-api-key"], r.headers.authorization])).toEqual([
      [undefined, basic("u", "p")],
      [SECRET, undefined],
    ]);
  });

  it("a combination sends every scheme of it; half of one is not enough", async () => {
    await client({ credentials: { headerKey: "h", queryKey: "q" } }).auth.useBoth();
    expect(only()).toMatchObject({ url: "/both?api_key=q", headers: expect.objectContaining({ "x-api-key": "h" }) });
    srv.requests.length = 0;
    const error = await rejection(client({ credentials: { headerKey: "h" } }).auth.useBoth());
    expect((error as Error).message).toBe(
      "Missing credentials: `headerKey` (or WIRE_TEST_HEADER_KEY) and `queryKey` (or WIRE_TEST_QUERY_KEY)",
    );
    expect(srv.requests).toHaveLength(0);
  });

  it("`security: []` sends no credential, even when the client has them", async () => {
    await client({ credentials: { bearerAuth: SECRET, headerKey: SECRET, cookieKey: SECRET } }).auth.usePublic();
    expect(JSON.stringify(only())).not.toContain(SECRET);
  });

  it("creating a client never needs a credential; a call that cannot be met fails before sending, not retried", async () => {
    const c = client({ maxRetries: 3 });
    const error = await rejection(c.auth.useEither());
    expectExactly(error, sdk.WireTestRequestError);
    expect((error as Error).message).toBe(
      "Missing credentials: `headerKey` (or WIRE_TEST_HEADER_KEY); or `basicAuth` (or WIRE_TEST_BASIC_AUTH)",
    );
    expect(error).not.toBeInstanceOf(sdk.WireTestConnectionError);
    expect(srv.requests).toHaveLength(0);
    await c.auth.usePublic();
    expect(srv.requests).toHaveLength(1);
  });
});

describe("credentials are redacted from hooks and errors", () => {
  const seen: unknown[] = [];
  afterEach(() => void (seen.length = 0));
  const hooked = (credentials: Record<string, unknown>) =>
    client({ credentials, onRequest: (i: unknown) => seen.push(i), onResponse: (i: unknown) => seen.push(i) });

  it.each([
    ["header", "useHeaderKey", { headerKey: SECRET }, { "x-api-key": "[REDACTED]" }],
    ["cookie", "useCookieKey", { cookieKey: SECRET }, { cookie: "[REDACTED]" }],
    ["basic", "useBasic", { basicAuth: `u:${SECRET}` }, { authorization: "Basic [REDACTED]" }],
    ["bearer", "useDefault", { bearerAuth: SECRET }, { authorization: "Bearer [REDACTED]" }],
  ])("%s", async (_name, method, credentials, want) => {
    handler = () => ({ status: 400, body: { message: "bad" } });
    const error = await rejection(hooked(credentials).auth[method]());
    expect(seen).toHaveLength(2);
    for (const info of seen) expect((info as { headers: object }).headers).toMatchObject(want);
    const everything = JSON.stringify(seen) + String(error) + JSON.stringify(error) + inspect(error, { depth: 5 });
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(Buffer.from(`u:${SECRET}`).toString("base64"));
  });

  it("query", async () => {
    await hooked({ queryKey: SECRET }).auth.useQueryKey({ q: "x" });
    expect(seen.map((i) => (i as { url: string }).url)).toEqual([
      `${srv.url}/query-key?q=x&api_key=[REDACTED]`,
      `${srv.url}/query-key?q=x&api_key=[REDACTED]`,
    ]);
    expect(only().url).toBe(`/query-key?q=x&api_key=${SECRET}`);
  });

  it("a credential set through `headers` (the old workaround) is redacted too", async () => {
    await client({ headers: { "X-Api-Key": SECRET }, onRequest: (i: unknown) => seen.push(i) }).auth.useHeaderKey();
    expect(only().headers["x-api-key"]).toBe(SECRET);
    expect(JSON.stringify(seen)).not.toContain(SECRET);
  });

  it("a baseUrl fetch cannot parse is refused when the client is made (fetch's error would quote the URL, query credentials included)", () => {
    expect(() => client({ baseUrl: "not a url", credentials: { queryKey: SECRET } })).toThrow(
      'Invalid baseUrl "not a url"',
    );
  });
});

describe("bodies as declared", () => {
  it("a GET whose description declares an empty form body is sent without one", async () => {
    await client({ credentials: { bearerAuth: "t" } }).customers.list({ limit: 3 });
    expect(only()).toMatchObject({ method: "GET", url: "/v1/customers?limit=3", body: "" });
    expect(only().headers["content-type"]).toBeUndefined();
  });

  it("a body on a GET is a request error: not sent, not retried, not a connection error", async () => {
    const error = await rejection(
      client({ credentials: { bearerAuth: "t" }, maxRetries: 3 }).customers.list({ limit: 3, extra: 1 }),
    );
    expectExactly(error, sdk.WireTestRequestError);
    expect((error as Error).message).toBe("A GET request cannot have a body");
    expect(srv.requests).toHaveLength(0);
  });

  it("form fields follow `encoding`: deepObject as a[b]=c, a[]=x and a[0][b]=c; JSON as JSON; others per OpenAPI", async () => {
    await client({ credentials: { bearerAuth: "t" } }).customers.create({
      email: "a@b.c",
      scope: { type: "account" },
      metadata: { order_id: "6735" },
      expand: ["data.x", "y"],
      items: [{ price: "p_1", quantity: 2 }],
      settings: { theme: "dark" },
      plain: { a: "1" },
    });
    const body = only().body;
    expect(only().headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(decodeURIComponent(body).split("&")).toEqual([
      "email=a@b.c",
      "scope[type]=account",
      "metadata[order_id]=6735",
      "expand[]=data.x",
      "expand[]=y",
      "items[0][price]=p_1",
      "items[0][quantity]=2",
      'settings={"theme":"dark"}',
      "a=1", // no encoding declared: form, explode (an object's keys stand alone, per OpenAPI)
    ]);
  });

  it("a multipart part declared JSON goes as JSON with its type", async () => {
    await client({ credentials: { bearerAuth: "t" } }).uploads.post({ name: "n", json: { a: 1 } });
    const form = await new Response(only().body, {
      headers: { "content-type": String(only().headers["content-type"]) },
    }).formData();
    expect(form.get("name")).toBe("n");
    const part = form.get("json") as Blob;
    expect(part.type).toBe("application/json");
    expect(JSON.parse(await part.text())).toEqual({ a: 1 });
  });
});

describe("multi-segment path parameters (x-multi-segment)", () => {
  it("keep `/`, each segment encoded", async () => {
    await client({ credentials: { bearerAuth: "t" } }).repos.getContent({ owner: "o", path: "docs/a b/R#1.md" });
    expect(only().url).toBe("/repos/o/contents/docs/a%20b/R%231.md");
  });

  it.each(["docs/../secret", "./x", "a//b", "a/%2e%2e/b", "a/b%2Fc", ""])(
    "%j is refused before sending",
    async (path) => {
      const error = await rejection(
        client({ credentials: { bearerAuth: "t" } }).repos.getContent({ owner: "o", path }),
      );
      expectExactly(error, sdk.WireTestRequestError);
      expect((error as Error).message).toContain('"path"');
      expect(srv.requests).toHaveLength(0);
    },
  );

  it("other path parameters still refuse `/`", async () => {
    const error = await rejection(
      client({ credentials: { bearerAuth: "t" } }).repos.getContent({ owner: "a/b", path: "x" }),
    );
    expectExactly(error, sdk.WireTestRequestError);
  });
});

describe("the package", () => {
  it("names route-shaped operationIds by REST shape", () => {
    const c = client();
    for (const m of ["list", "create", "retrieve", "update", "delete"]) expect(typeof c.customers[m]).toBe("function");
  });

  it("`info.version: v1` is package version 1.0.0; the README lists each scheme's environment variable", () => {
    expect(JSON.parse(readFileSync(join(out, "package.json"), "utf8")).version).toBe("1.0.0");
    const readme = readFileSync(join(out, "README.md"), "utf8");
    for (const env of ["WIRE_TEST_HEADER_KEY", "WIRE_TEST_QUERY_KEY", "WIRE_TEST_COOKIE_KEY", "WIRE_TEST_BASIC_AUTH"])
      expect(readme).toContain(`\`${env}\``);
    expect(readme).toContain("Every error is a `WireTestError`");
  });
});

describe("an API without security", () => {
  it("works with no credential and sends none", async () => {
    const file = join(tmp, "open.yaml");
    writeFileSync(
      file,
      stringify({
        openapi: "3.0.3",
        info: { title: "Open API", version: "1" },
        paths: { "/things": { get: { operationId: "listThings", responses: { "204": { description: "none" } } } } },
      }),
    );
    const dir = join(tmp, "open");
    await generate({ spec: file, out: dir, build: false });
    const open = await import(join(dir, "src/index.ts"));
    process.env["OPEN_TOKEN"] = SECRET;
    try {
      await new open.Open({ baseUrl: srv.url }).things.list();
    } finally {
      delete process.env["OPEN_TOKEN"];
    }
    expect(only().headers.authorization).toBeUndefined();
    expect(JSON.stringify(only())).not.toContain(SECRET);
  });
});

describe("the model of security, encodings and multi-segment parameters", () => {
  const modelFrom = (name: string, doc: Record<string, unknown>, lenient = false) => {
    const file = join(tmp, `${name}.yaml`);
    writeFileSync(file, stringify({ openapi: "3.0.3", info: { title: "M", version: "1" }, ...doc }));
    return buildModel(loadDocument(file), { lenient });
  };
  const ok = { responses: { "204": { description: "none" } } };

  it("schemes as the runtime sends them, each with its environment variable; requirements per operation", () => {
    const { model } = modelFrom("schemes", {
      security: [{ key: [] }, { user: [], key: [] }],
      paths: { "/a": { get: ok }, "/b": { get: { ...ok, security: [] } } },
      components: {
        securitySchemes: {
          key: { type: "apiKey", in: "query", name: "k" },
          user: { type: "http", scheme: "Basic" },
          oidc: { type: "openIdConnect", openIdConnectUrl: "https://x.test/.well-known/openid-configuration" },
        },
      },
    });
    expect(model.security?.schemes.map((s) => [s.name, s.type, s.env])).toEqual([
      ["key", "apiKey", "M_KEY"],
      ["user", "basic", "M_USER"],
      ["oidc", "bearer", "M_TOKEN"], // the one bearer-like scheme takes the profile's token variable
    ]);
    expect(model.security?.requirements).toEqual([["key"], ["user", "key"]]);
    const ops = model.resources.flatMap((r) => r.operations);
    expect(ops.map((o) => o.security)).toEqual([undefined, []]);
  });

  it("a requirement naming an undeclared scheme is an error at its pointer (lenient: left out)", () => {
    const doc = { security: [{ nope: [] }], paths: { "/a": { get: ok } } };
    const strict = modelFrom("undeclared", doc).diagnostics.filter((d) => d.severity === "error");
    expect(strict.map((d) => [d.code, d.pointer])).toEqual([["undeclared-security-scheme", "/security/0"]]);
    const lenient = modelFrom("undeclared-lenient", doc, true);
    expect(lenient.model.security?.requirements).toEqual([]);
  });

  it("a scheme fetch cannot send is a warning at its declaration, and requirements needing it are left out", () => {
    const { model, diagnostics } = modelFrom("digest", {
      security: [{ d: [] }, { k: [] }],
      paths: { "/a": { get: ok } },
      components: {
        securitySchemes: { d: { type: "http", scheme: "digest" }, k: { type: "apiKey", in: "header", name: "K" } },
      },
    });
    expect(diagnostics.map((d) => [d.severity, d.code, d.pointer])).toEqual([
      ["warning", "unsupported-security-scheme", "/components/securitySchemes/d"],
    ]);
    expect(model.security?.requirements).toEqual([["k"]]);
  });

  it("form `encoding` and `x-multi-segment` reach the operation", async () => {
    const { model } = modelFrom("encoding", {
      paths: {
        "/f/{p}": {
          post: {
            ...ok,
            parameters: [
              { name: "p", in: "path", required: true, "x-multi-segment": true, schema: { type: "string" } },
            ],
            requestBody: {
              content: {
                "application/x-www-form-urlencoded": {
                  schema: { type: "object", properties: { a: { type: "object" }, b: { type: "array" } } },
                  encoding: {
                    a: { style: "deepObject", explode: true },
                    b: { explode: false },
                    c: { contentType: "application/json" },
                  },
                },
              },
            },
          },
        },
      },
    });
    const op = model.resources[0]!.operations[0]!;
    expect(op.params[0]).toMatchObject({ name: "p", multiSegment: true });
    expect(op.body?.encoding).toEqual({
      a: { style: "deepObject", explode: true },
      b: { explode: false },
      c: { contentType: "application/json" },
    });
  });
});
