import { formUrlEncodedBody, jsonBody, multipartBody } from "../../templates/runtime/body.js";
import { buildQuery } from "../../templates/runtime/query.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SdkRequestError, type OperationSpec } from "../../templates/runtime/index.js";
import { expectExactly, makeClient, rejection, TOKEN } from "./helpers.js";
import { startServer, type TestServer } from "./server.js";

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer(() => ({ body: {} }));
});
afterAll(() => srv.close());
afterEach(() => {
  srv.requests.length = 0;
});

const client = () => makeClient(srv.url).client;
const last = () => srv.requests.at(-1)!;

describe("path parameters", () => {
  const op: OperationSpec = {
    method: "GET",
    path: "/contacts/{contact_id}/companies/{company_id}",
    pathParams: ["contact_id", "company_id"],
    response: "json",
  };

  it("substitutes and percent-encodes values", async () => {
    await client().request(op, { contact_id: "a b?c#d", company_id: 42 });
    expect(last().url).toBe("/contacts/a%20b%3Fc%23d/companies/42");
    await client().request(op, { contact_id: "é✓", company_id: "x&y=z" });
    expect(last().url).toBe("/contacts/%C3%A9%E2%9C%93/companies/x%26y%3Dz");
  });

  it.each([
    ["..", "dot-dot"],
    ["../admins", "traversal"],
    [".", "dot"],
    ["a/b", "slash"],
    ["%2e%2e", "encoded dot-dot"],
    ["%2E%2E", "upper-case encoded dot-dot"],
    ["a%2Fb", "encoded slash"],
    ["%252e%252e", "double-encoded dot-dot"],
    ["", "empty"],
  ])("rejects %j (%s) before any request, naming the parameter", async (value) => {
    const err = await rejection(client().request(op, { contact_id: "ok", company_id: value }));
    expectExactly(err, SdkRequestError);
    expect((err as Error).message).toContain('"company_id"');
    expect(srv.requests).toHaveLength(0);
  });

  it("a value encoded more than five times is sent as is (servers decode once); five times is still decoded", async () => {
    // ".." percent-encoded `times` times ("." itself is never escaped by encodeURIComponent).
    const dots = (times: number): string => (times === 1 ? "%2e%2e" : encodeURIComponent(dots(times - 1)));
    await client().request(op, { contact_id: "ok", company_id: dots(6) });
    expect(last().url).toBe(`/contacts/ok/companies/${encodeURIComponent(dots(6))}`);
    const err = await rejection(client().request(op, { contact_id: "ok", company_id: dots(5) }));
    expectExactly(err, SdkRequestError);
    expect(srv.requests).toHaveLength(1);
  });

  it("a malformed escape is sent literally, but a slash beside it is still refused", async () => {
    await client().request(op, { contact_id: "ok", company_id: "100%zz" });
    expect(last().url).toBe("/contacts/ok/companies/100%25zz");
    expectExactly(await rejection(client().request(op, { contact_id: "ok", company_id: "%zz/.." })), SdkRequestError);
    expect(srv.requests).toHaveLength(1);
  });

  it.each([null, undefined])("rejects a %s path parameter as missing", async (value) => {
    const err = await rejection(client().request(op, { contact_id: "c1", company_id: value }));
    expect((err as Error).message).toBe('Missing required path parameter "company_id"');
    expect(srv.requests).toHaveLength(0);
  });

  it("rejects a missing required path parameter, naming it", async () => {
    const err = await rejection(client().request(op, { contact_id: "c1" }));
    expectExactly(err, SdkRequestError);
    expect((err as Error).message).toBe('Missing required path parameter "company_id"');
    expect(srv.requests).toHaveLength(0);
  });

  it("leaves path params out of the query and body", async () => {
    const post: OperationSpec = {
      method: "POST",
      path: "/x/{id}",
      pathParams: ["id"],
      body: jsonBody,
      response: "json",
    };
    await client().request(post, { id: "1" });
    expect(last().url).toBe("/x/1");
    expect(JSON.parse(last().body)).toEqual({});
  });
});

describe("header injection", () => {
  const op: OperationSpec = { method: "GET", path: "/h", headers: { trace: "X-Trace" }, response: "json" };

  it("sends header params", async () => {
    await client().request(op, { trace: "abc" });
    expect(last().headers["x-trace"]).toBe("abc");
    expect(last().url).toBe("/h");
  });

  it.each([undefined, null])("leaves out a header param that is %s", async (trace) => {
    await client().request(op, { trace });
    expect(last().headers).not.toHaveProperty("x-trace");
  });

  it("rejects CR/LF in a header param, naming the header", async () => {
    const err = await rejection(client().request(op, { trace: "a\r\nX-Evil: 1" }));
    expectExactly(err, SdkRequestError);
    expect((err as Error).message).toContain('"X-Trace"');
    expect((err as Error).message).not.toContain("X-Evil");
    expect(srv.requests).toHaveLength(0);
  });

  it("rejects CR/LF in per-request headers", async () => {
    const err = await rejection(client().request(op, {}, { headers: { "X-A": "1\n2" } }));
    expect((err as Error).message).toContain('"X-A"');
    expect(srv.requests).toHaveLength(0);
  });

  // Names the SDK must refuse itself: fetch would refuse most of them too, but as a TypeError after the request
  // started (a connection error, retried), and `__proto__` would reach the header object.
  it.each(["X-A\r\nX-Injected", "X A", "X:A", "", "X-É", "X(A)", "__proto__", "__PROTO__"])(
    "rejects the header name %j with SdkRequestError before any request",
    async (name) => {
      let attempts = 0;
      const { client, delays } = makeClient(srv.url, { onRequest: () => attempts++ });
      const err = await rejection(client.request(op, {}, { headers: { [name]: "1" } }));
      expectExactly(err, SdkRequestError);
      expect((err as Error).message).toBe(
        `Invalid header "${name.replace(/[^\x21-\x7e]/g, "")}": names must be tokens; values must not contain CR, LF or NUL`,
      );
      expect([attempts, delays.length, srv.requests.length]).toEqual([0, 0, 0]);
      expect(() => makeClient(srv.url, { headers: { [name]: "1" } })).toThrow(err as Error);
    },
  );

  it("accepts every token character in a header name", async () => {
    const name = "X-!#$%&'*+.^_`|~09az";
    await client().request(op, {}, { headers: { [name]: "v" } });
    expect(last().headers[name.toLowerCase()]).toBe("v");
  });

  it("rejects CR/LF in client headers at construction", () => {
    expect(() => makeClient(srv.url, { headers: { "X-B": "1\r2" } })).toThrow(/"X-B"/);
  });

  it("rejects CR/LF in the token without echoing it", async () => {
    const secret = `${TOKEN}\r\nX-Evil: 1`;
    let thrown: unknown;
    try {
      makeClient(srv.url, { token: secret });
    } catch (e) {
      thrown = e;
    }
    expectExactly(thrown, SdkRequestError);
    expect(String(thrown)).toContain("Authorization");
    expect(String(thrown) + JSON.stringify(thrown)).not.toContain(TOKEN);

    const err = await rejection(makeClient(srv.url, { token: async () => secret }).client.request(op, {}));
    expectExactly(err, SdkRequestError);
    expect(String(err)).toContain("Authorization");
    expect(String(err) + JSON.stringify(err)).not.toContain(TOKEN);
    expect(srv.requests).toHaveLength(0);
  });
});

describe("query", () => {
  type Params = NonNullable<OperationSpec["query"]>["params"];
  const raw = async (params: Params, values: object) => {
    await client().request(
      { method: "GET", path: "/q", query: { params, serialize: buildQuery }, response: "json" },
      values,
    );
    return last().url;
  };

  it("skips undefined and null, sends primitives", async () => {
    expect(await raw(["a", "b", "c", "d"], { a: undefined, b: null, c: 1, d: true })).toBe("/q?c=1&d=true");
    expect(await raw(["a"], {})).toBe("/q");
  });

  it("encodes names and values", async () => {
    expect(await raw(["email"], { email: "a+b@x.io&y=1" })).toBe("/q?email=a%2Bb%40x.io%26y%3D1");
  });

  // Compared on the request line as the server received it: every name, key and value is percent-encoded, only the
  // style's own delimiters (& = , | [ ]) stay literal.
  it("form explode (default): repeated keys; object keys spread, each encoded", async () => {
    expect(await raw(["a b"], { "a b": ["x y", "1&2", null] })).toBe("/q?a%20b=x%20y&a%20b=1%262");
    expect(await raw([{ name: "a" }], { a: { "k y": "v&w", é: "=", n: null } })).toBe("/q?k%20y=v%26w&%C3%A9=%3D");
  });

  it("form without explode: comma-joined, commas inside values encoded", async () => {
    expect(await raw([{ name: "a b", explode: false }], { "a b": ["1,2", "c d", 3] })).toBe("/q?a%20b=1%2C2,c%20d,3");
    expect(await raw([{ name: "a", explode: false }], { a: { "x&": "1 2", y: 2 } })).toBe("/q?a=x%26,1%202,y,2");
    expect(await raw([{ name: "a", explode: false }], { a: [] })).toBe("/q");
  });

  it("spaceDelimited and pipeDelimited", async () => {
    expect(await raw([{ name: "a", style: "spaceDelimited" }], { a: ["x", "y z"] })).toBe("/q?a=x%20y%20z");
    expect(await raw([{ name: "a", style: "pipeDelimited" }], { a: ["x|1", "y"] })).toBe("/q?a=x%7C1|y");
    expect(await raw([{ name: "a", style: "pipeDelimited", explode: true }], { a: ["x", "y"] })).toBe("/q?a=x&a=y");
  });

  it("deepObject: names, nested keys and values encoded, brackets literal, arrays repeat the key", async () => {
    const f = { "a b": 1, "c&d": { "e[f]": "g h" }, arr: [1, "2/3"], n: null };
    expect(await raw([{ name: "f x", style: "deepObject", explode: true }], { "f x": f })).toBe(
      "/q?f%20x[a%20b]=1&f%20x[c%26d][e%5Bf%5D]=g%20h&f%20x[arr]=1&f%20x[arr]=2%2F3",
    );
    expect(await raw([{ name: "f", style: "deepObject" }], { f: "plain" })).toBe("/q?f=plain");
  });

  it("dates as ISO strings (encoded); empty arrays omitted; objects in arrays as JSON", async () => {
    expect(await raw(["d", "e"], { d: new Date(Date.UTC(2024, 0, 2)), e: [] })).toBe(
      "/q?d=2024-01-02T00%3A00%3A00.000Z",
    );
    expect(await raw(["o"], { o: [{ a: 1 }] })).toBe("/q?o=%7B%22a%22%3A1%7D");
  });
});

describe("body", () => {
  const op: OperationSpec = {
    method: "PUT",
    path: "/contacts/{id}",
    pathParams: ["id"],
    query: { params: ["dry_run", { name: "tags", explode: false }], serialize: buildQuery },
    headers: { trace: "X-Trace" },
    body: jsonBody,
    response: "json",
  };

  it("sends the params not used by path/query/headers as JSON", async () => {
    await client().request(op, { id: "7", dry_run: true, tags: ["a"], trace: "t", name: "Ann", custom: { x: 1 } });
    const r = last();
    expect(r.url).toBe("/contacts/7?dry_run=true&tags=a");
    expect(r.headers["content-type"]).toBe("application/json");
    expect(r.headers["x-trace"]).toBe("t");
    expect(JSON.parse(r.body)).toEqual({ name: "Ann", custom: { x: 1 } });
  });

  it("sends {} when no body fields are given", async () => {
    await client().request(op, { id: "7" });
    expect(last().body).toBe("{}");
  });

  it("keeps a __proto__ key as data", async () => {
    await client().request(op, JSON.parse('{"id":"7","__proto__":{"polluted":true}}') as object);
    expect(JSON.parse(last().body)).toEqual(JSON.parse('{"__proto__":{"polluted":true}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("with bodyKey, params[bodyKey] is the body", async () => {
    const arr: OperationSpec = {
      method: "POST",
      path: "/x/{id}",
      pathParams: ["id"],
      body: jsonBody,
      bodyKey: "body",
      response: "json",
    };
    await client().request(arr, { id: "1", body: ["a", "b"] });
    expect(JSON.parse(last().body)).toEqual(["a", "b"]);
    await client().request(arr, { id: "1", body: "plain" });
    expect(JSON.parse(last().body)).toBe("plain");
  });

  it("with bodyKey and no body given, sends no body and no content-type", async () => {
    const arr: OperationSpec = { method: "POST", path: "/x", body: jsonBody, bodyKey: "body", response: "json" };
    await client().request(arr, {});
    expect(last().body).toBe("");
    expect(last().headers["content-type"]).toBeUndefined();
  });

  it("sends no body and no content-type when the op declares none", async () => {
    await client().request(
      { method: "DELETE", path: "/x", query: { params: ["a"], serialize: buildQuery }, response: "json" },
      { a: 1, stray: 2 },
    );
    expect(last().body).toBe("");
    expect(last().headers["content-type"]).toBeUndefined();
  });

  it("multipart: FormData with Blob/Uint8Array as files", async () => {
    const mp: OperationSpec = { method: "POST", path: "/upload", body: multipartBody, response: "json" };
    await client().request(mp, {
      note: "hi",
      count: 2,
      file: new Blob(["blob-bytes"], { type: "text/plain" }),
      bytes: new Uint8Array([104, 105]),
      meta: { a: 1 },
      skip: undefined,
      none: null,
      tags: ["x", "y"],
    });
    const r = last();
    expect(r.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(r.body, { headers: { "content-type": r.headers["content-type"]! } }).formData();
    expect(form.get("note")).toBe("hi");
    expect(form.get("count")).toBe("2");
    expect(form.get("meta")).toBe('{"a":1}');
    expect(form.has("skip")).toBe(false);
    expect(form.has("none")).toBe(false);
    expect(form.getAll("tags")).toEqual(["x", "y"]);
    const file = form.get("file") as File;
    expect(file.name).toBe("file");
    expect(await file.text()).toBe("blob-bytes");
    expect(await (form.get("bytes") as File).text()).toBe("hi");
  });

  it("form-urlencoded", async () => {
    const fu: OperationSpec = { method: "POST", path: "/f", body: formUrlEncodedBody, response: "json" };
    await client().request(fu, { a: "x y", b: [1, 2] });
    expect(last().headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(last().body))).toEqual({ a: "x y", b: "2" });
    expect(new URLSearchParams(last().body).getAll("b")).toEqual(["1", "2"]);
  });
});
