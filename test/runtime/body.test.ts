import { afterEach, describe, expect, it } from "vitest";
import { accepting } from "../../templates/runtime/accept.js";
import {
  binaryBody,
  formUrlEncodedBody,
  isStream,
  jsonBody,
  multipartBody,
  textBody,
} from "../../templates/runtime/body.js";
import { SdkRequestError } from "../../templates/runtime/errors.js";
import type { OperationSpec } from "../../templates/runtime/operation.js";
import { buildQuery } from "../../templates/runtime/query.js";
import { expectExactly, makeClient, rejection } from "./helpers.js";
import { startServer, type TestServer } from "./server.js";

// The serializers as data (exact body and Content-Type), then the text/binary bodies and `accepting` over a real
// local server: what arrives on the wire.

const op = (extra: Partial<OperationSpec>): OperationSpec => ({
  method: "POST",
  path: "/x",
  response: "json",
  ...extra,
});
const stream = (text: string): ReadableStream<Uint8Array> =>
  new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode(text));
      c.close();
    },
  });

describe("serializers: the body and its type", () => {
  it("body fields leave out path, query and header params", () => {
    const spec = op({
      pathParams: ["id"],
      query: { params: ["q", { name: "deep", style: "deepObject" }], serialize: buildQuery },
      headers: { trace: "X-Trace" },
    });
    expect(jsonBody(spec, { id: 1, q: 2, deep: {}, trace: "t", name: "n", n: 0 })).toEqual({
      body: '{"name":"n","n":0}',
      type: "application/json",
    });
  });

  it("bodyKey absent: no body, for every serializer", () => {
    for (const serialize of [jsonBody, multipartBody, formUrlEncodedBody, textBody, binaryBody])
      expect(serialize(op({ bodyKey: "body" }), { other: 1 })).toEqual({});
  });

  it("text: a string as given, anything else as its String(), the declared type or text/plain", () => {
    expect(textBody(op({ bodyKey: "body" }), { body: "a,b\n" })).toEqual({ body: "a,b\n", type: "text/plain" });
    expect(textBody(op({ bodyKey: "body", contentType: "text/csv" }), { body: 42 })).toEqual({
      body: "42",
      type: "text/csv",
    });
    expect(textBody(op({ bodyKey: "body" }), { body: false })).toEqual({ body: "false", type: "text/plain" });
  });

  it("binary: Blob, bytes, ArrayBuffer and streams sent as given, with the declared type or octet-stream", () => {
    const values = [new Blob(["b"]), new Uint8Array([1]), new ArrayBuffer(2), stream("s")];
    for (const v of values) {
      expect(binaryBody(op({ bodyKey: "file" }), { file: v })).toEqual({ body: v, type: "application/octet-stream" });
      expect(binaryBody(op({ bodyKey: "file", contentType: "image/png" }), { file: v }).type).toBe("image/png");
      expect(binaryBody(op({ bodyKey: "file" }), { file: v }).body).toBe(v);
    }
  });

  it.each([
    ["a string", "bytes"],
    ["a number", 1],
    ["an object", { size: 1 }],
    ["null", null],
  ])("binary: %s is refused with SdkRequestError, before any request", (_name, v) => {
    let err: unknown;
    try {
      binaryBody(op({ bodyKey: "file" }), { file: v });
    } catch (e) {
      err = e;
    }
    expectExactly(err, SdkRequestError);
    expect((err as Error).message).toBe(
      "A binary request body must be a Blob, Uint8Array, ArrayBuffer or ReadableStream",
    );
  });

  it("isStream: only a ReadableStream", () => {
    expect(isStream(stream(""))).toBe(true);
    for (const v of [new Blob([]), new Uint8Array(), "s", null, undefined, {}]) expect(isStream(v)).toBe(false);
  });
});

describe("accepting: the Accept header of a non-JSON operation, the caller's headers winning", () => {
  it("as data", () => {
    expect(accepting("text/plain", undefined)).toEqual({ headers: { accept: "text/plain" } });
    expect(accepting("text/csv", { timeoutMs: 5, headers: { "x-a": "1" } })).toEqual({
      timeoutMs: 5,
      headers: { accept: "text/csv", "x-a": "1" },
    });
    expect(accepting("text/csv", { headers: { accept: "application/pdf" } })).toEqual({
      headers: { accept: "application/pdf" },
    });
  });
});

describe("over HTTP: what the server receives", () => {
  let s: TestServer | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it("a text body: the exact bytes and Content-Type", async () => {
    s = await startServer(() => ({ body: "ok", headers: { "content-type": "text/plain" } }));
    const { client } = makeClient(s.url);
    const spec = op({ body: textBody, bodyKey: "body", contentType: "text/csv", response: "text" });
    expect(await client.request(spec, { body: "a,b\n1,2\n" }, accepting("text/plain", undefined))).toBe("ok");
    const [r] = s.requests;
    expect(r!.body).toBe("a,b\n1,2\n");
    expect(r!.headers["content-type"]).toBe("text/csv");
    expect(r!.headers.accept).toBe("text/plain");
  });

  it("binary bodies: bytes and a stream arrive unchanged, with the declared type", async () => {
    s = await startServer(() => ({ status: 204 }));
    const { client } = makeClient(s.url);
    const spec = op({ body: binaryBody, bodyKey: "file", response: "none" });
    await client.request(spec, { file: new TextEncoder().encode("bytes\u00e9") });
    await client.request({ ...spec, contentType: "image/png" }, { file: stream("streamed") });
    await client.request(spec, { file: new Blob(["blob"]) });
    expect(s.requests.map((r) => [r.body, r.headers["content-type"]])).toEqual([
      ["bytes\u00e9", "application/octet-stream"],
      ["streamed", "image/png"],
      ["blob", "application/octet-stream"],
    ]);
  });

  it("a binary body of the wrong kind: SdkRequestError and no request sent", async () => {
    s = await startServer(() => ({ status: 204 }));
    const { client } = makeClient(s.url);
    const err = await rejection(client.request(op({ body: binaryBody, bodyKey: "file" }), { file: "not bytes" }));
    expectExactly(err, SdkRequestError);
    expect(s.requests).toEqual([]);
  });

  it("the caller's Accept wins over the operation's", async () => {
    s = await startServer(() => ({ body: "x", headers: { "content-type": "text/plain" } }));
    const { client } = makeClient(s.url);
    await client.request(
      op({ method: "GET", response: "text" }),
      {},
      accepting("text/plain", { headers: { accept: "text/*" } }),
    );
    expect(s.requests[0]!.headers.accept).toBe("text/*");
  });
});
