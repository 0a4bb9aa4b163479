import { formUrlEncodedBody, jsonBody, multipartBody } from "../../templates/runtime/body.js";
import { buildQuery } from "../../templates/runtime/query.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { IntercomError, type OperationSpec } from "../../templates/runtime/index.js";
import { makeClient, rejection, TOKEN } from "./helpers.js";
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
    expect(err).toBeInstanceOf(IntercomError);
    expect((err as Error).message).toContain('"company_id"');
    expect(srv.requests).toHaveLength(0);
  });

  it("rejects a missing required path parameter, naming it", async () => {
    const err = await rejection(client().request(op, { contact_id: "c1" }));
    expect(err).toBeInstanceOf(IntercomError);
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

  it("rejects CR/LF in a header param, naming the header", async () => {
    const err = await rejection(client().request(op, { trace: "a\r\nX-Evil: 1" }));
    expect(err).toBeInstanceOf(IntercomError);
    expect((err as Error).message).toContain('"X-Trace"');
    expect((err as Error).message).not.toContain("X-Evil");
    expect(srv.requests).toHaveLength(0);
  });

  it("rejects CR/LF in per-request headers", async () => {
    const err = await rejection(client().request(op, {}, { headers: { "X-A": "1\n2" } }));
    expect((err as Error).message).toContain('"X-A"');
    expect(srv.requests).toHaveLength(0);
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
    expect(thrown).toBeInstanceOf(IntercomError);
    expect(String(thrown)).toContain("Authorization");
    expect(String(thrown) + JSON.stringify(thrown)).not.toContain(TOKEN);

    const err = await rejection(makeClient(srv.url, { token: async () => secret }).client.request(op, {}));
    expect(err).toBeInstanceOf(IntercomError);
    expect(String(err)).toContain("Authorization");
    expect(String(err) + JSON.stringify(err)).not.toContain(TOKEN);
    expect(srv.requests).toHaveLength(0);
  });
});

describe("query", () => {
  type Params = NonNullable<OperationSpec["query"]>["params"];
  const q = async (params: Params, values: object) => {
    await client().request(
      { method: "GET", path: "/q", query: { params, serialize: buildQuery }, response: "json" },
      values,
    );
    return decodeURIComponent(last().url.slice(3));
  };
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

  it("form explode (default): repeated keys; objects spread", async () => {
    expect(await q(["a"], { a: [1, 2] })).toBe("a=1&a=2");
    expect(await q([{ name: "a" }], { a: { x: 1, y: "z" } })).toBe("x=1&y=z");
  });

  it("form without explode: comma-joined", async () => {
    expect(await q([{ name: "a", explode: false }], { a: [1, 2, 3] })).toBe("a=1,2,3");
    expect(await q([{ name: "a", explode: false }], { a: { x: 1, y: 2 } })).toBe("a=x,1,y,2");
  });

  it("spaceDelimited and pipeDelimited", async () => {
    expect(await raw([{ name: "a", style: "spaceDelimited" }], { a: ["x", "y"] })).toBe("/q?a=x%20y");
    expect(await raw([{ name: "a", style: "pipeDelimited" }], { a: ["x", "y"] })).toBe("/q?a=x|y");
    expect(await q([{ name: "a", style: "pipeDelimited", explode: true }], { a: ["x", "y"] })).toBe("a=x&a=y");
  });

  it("deepObject", async () => {
    expect(await q([{ name: "f", style: "deepObject", explode: true }], { f: { b: 1, c: { d: "e" }, n: null } })).toBe(
      "f[b]=1&f[c][d]=e",
    );
  });

  it("dates as ISO strings; empty arrays omitted", async () => {
    expect(await q(["d", "e"], { d: new Date(Date.UTC(2024, 0, 2)), e: [] })).toBe("d=2024-01-02T00:00:00.000Z");
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
    });
    const r = last();
    expect(r.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(r.body, { headers: { "content-type": r.headers["content-type"]! } }).formData();
    expect(form.get("note")).toBe("hi");
    expect(form.get("count")).toBe("2");
    expect(form.get("meta")).toBe('{"a":1}');
    expect(form.has("skip")).toBe(false);
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
