// A binary operation (a download) that fails: the error body is JSON text like any other operation's, so the error
// carries the API's `errors` and a message with their detail. Only a 2xx body is handed over as bytes.
// Against a real local server (node:http).
import { afterEach, describe, expect, it } from "vitest";
import { NotFoundError, type OperationSpec, SdkApiError } from "../../templates/runtime/index.js";
import { expectExactly, makeClient, rejection } from "./helpers.js";
import { script, startServer, type TestServer } from "./server.js";

const DOWNLOAD: OperationSpec = {
  method: "GET",
  path: "/exports/{id}/download",
  pathParams: ["id"],
  response: "binary",
};
const errorList = {
  type: "error.list",
  request_id: "req_42",
  errors: [{ code: "not_found", message: "Export job not found" }],
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("binary operations: error bodies are parsed", () => {
  it("a 404 with an error list → NotFoundError with `errors`, the detail and the request id in its message", async () => {
    server = await startServer(script({ status: 404, body: errorList }));
    const { client } = makeClient(server.url, { maxRetries: 0 });
    const err = await rejection(client.request(DOWNLOAD, { id: "x1" }));
    expectExactly(err, NotFoundError);
    const api = err as SdkApiError;
    expect(api.status).toBe(404);
    expect(api.errors).toEqual([{ code: "not_found", message: "Export job not found" }]);
    expect(api.body).toEqual(errorList);
    expect(api.message).toBe("404 Not Found: Export job not found (request_id req_42)");
  });

  it("a 500 with a plain-text body keeps the text as the body", async () => {
    server = await startServer(
      script({ status: 500, body: "upstream exploded", headers: { "content-type": "text/plain" } }),
    );
    const { client } = makeClient(server.url, { maxRetries: 0 });
    const err = (await rejection(client.request(DOWNLOAD, { id: "x1" }))) as SdkApiError;
    expect(err).toBeInstanceOf(SdkApiError);
    expect(err.status).toBe(500);
    expect(err.body).toBe("upstream exploded");
  });

  it("a 200 is still the bytes, unchanged", async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    server = await startServer(script({ status: 200, body: bytes, headers: { "content-type": "application/pdf" } }));
    const { client } = makeClient(server.url, { maxRetries: 0 });
    const data = await client.request(DOWNLOAD, { id: "x1" });
    expect(data).toBeInstanceOf(Uint8Array);
    expect([...(data as Uint8Array)]).toEqual([...bytes]);
  });
});
