// Form and multipart bodies as the server receives them, where a field is empty (undefined or null) or declared
// with a type; and the body refusals of GET and HEAD.
import { afterEach, describe, expect, it } from "vitest";
import { type OperationSpec, SdkRequestError } from "../../templates/runtime/index.js";
import { formUrlEncodedBody, jsonBody, multipartBody } from "../../templates/runtime/body.js";
import { expectExactly, makeClient, rejection } from "./helpers.js";
import { type TestServer, startServer } from "./server.js";

let server: TestServer;
afterEach(() => server?.close());

const op = (extra: Partial<OperationSpec>): OperationSpec => ({
  method: "POST",
  path: "/forms",
  body: formUrlEncodedBody,
  response: "none",
  ...extra,
});

async function sent(spec: OperationSpec, params: Record<string, unknown>) {
  server = await startServer(() => ({ status: 204 }));
  await makeClient(server.url).client.request(spec, params);
  return server.requests[0]!;
}

describe("form bodies", () => {
  it("empty fields are left out: no `k=undefined`, no empty pair, no `[b]=null` leaf", async () => {
    const encoding = { meta: { contentType: "application/json" }, deep: { style: "deepObject" as const } };
    const req = await sent(op({ encoding }), {
      a: 1,
      gone: undefined,
      meta: undefined,
      deep: { b: null, c: undefined, d: "x", list: [null, "y"] },
      z: "last",
    });
    expect(decodeURIComponent(req.body).split("&")).toEqual(["a=1", "deep[d]=x", "deep[list][]=y", "z=last"]);
    expect(req.headers["content-type"]).toBe("application/x-www-form-urlencoded");
  });
});

describe("multipart parts declared with a type", () => {
  it("bytes go as a file part of that type; a string of a JSON type goes as written, not quoted again", async () => {
    const encoding = { image: { contentType: "image/png" }, meta: { contentType: "application/json" } };
    const req = await sent(op({ body: multipartBody, encoding }), {
      image: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      meta: '{"a":1}',
    });
    const parts = req.body.split(/--[-\w]+\r?\n?/).filter((p) => p.trim() && p.trim() !== "--");
    const image = parts.find((p) => p.includes('name="image"'))!;
    const meta = parts.find((p) => p.includes('name="meta"'))!;
    expect(image).toMatch(/filename="image"\r\nContent-Type: image\/png\r\n/);
    expect(meta).toMatch(/Content-Type: application\/json\r\n\r\n\{"a":1\}\r\n$/);
  });
});

describe("GET and HEAD carry no body", () => {
  it.each(["GET", "HEAD"] as const)("a %s given a body field is a request error; nothing is sent", async (method) => {
    server = await startServer();
    const e = await rejection(
      makeClient(server.url).client.request(op({ method, body: jsonBody, bodyKey: "payload" }), { payload: { a: 1 } }),
    );
    expectExactly(e, SdkRequestError);
    expect((e as Error).message).toBe(`A ${method} request cannot have a body`);
    expect(server.requests).toEqual([]);
  });
});
