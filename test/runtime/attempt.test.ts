// The per-attempt timer: what it covers (headers and body), and that a stopped attempt frees its connection.
// A raw node:http server, so a test can stall mid-body and see when the client closes the socket.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { SdkTimeoutError, type OperationSpec } from "../../templates/runtime/index.js";
import { makeClient, rejection } from "./helpers.js";

const GET: OperationSpec = { method: "GET", path: "/r", response: "json" };
const BINARY: OperationSpec = { method: "GET", path: "/r", response: "binary" };

let closeServer: (() => void) | undefined;
afterEach(() => closeServer?.());

/** A server running `handler`; `closed` resolves when the client's socket closes. */
async function serve(handler: (res: ServerResponse, req: IncomingMessage) => unknown) {
  let closedSocket!: () => void;
  const closed = new Promise<void>((r) => (closedSocket = r));
  const server = createServer((req, res) => {
    req.socket.once("close", closedSocket);
    // A handler that fails ends the response, so the test sees the failure instead of a hang.
    Promise.resolve(handler(res, req)).catch((err: unknown) => res.destroy(err as Error));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  closeServer = () => (server.closeAllConnections(), server.close());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, closed };
}

const within = (p: Promise<void>, ms: number) =>
  Promise.race([p.then(() => "closed"), new Promise((r) => setTimeout(() => r("still open"), ms))]);

describe("attempt timer", () => {
  it("a body that stalls half-way times out, and the connection is closed", async () => {
    const s = await serve((res) => (res.writeHead(200, { "content-type": "application/json" }), res.write('{"a":')));
    const { client } = makeClient(s.url, { timeoutMs: 80, maxRetries: 0 });
    expect(await rejection(client.request(GET, {}))).toBeInstanceOf(SdkTimeoutError);
    expect(await within(s.closed, 1000)).toBe("closed");
  });

  it("headers later than the timeout: a timeout error, and the late response's body is cancelled", async () => {
    let headersSent = false;
    const s = await serve((res) => setTimeout(() => (res.writeHead(200), res.write("["), (headersSent = true)), 1000));
    const { client } = makeClient(s.url, { timeoutMs: 40, maxRetries: 0 });
    expect(await rejection(client.request(GET, {}))).toBeInstanceOf(SdkTimeoutError);
    expect(headersSent).toBe(false); // it did not wait for the headers
    expect(await within(s.closed, 3000)).toBe("closed");
  });

  it("the caller's abort mid-body rejects with its reason and closes the connection", async () => {
    const ctrl = new AbortController();
    // Aborted after the server has sent the headers and a first byte (mid-body), not on a timer started before.
    const s = await serve(
      (res) => (res.writeHead(200), res.write("["), setTimeout(() => ctrl.abort(new Error("stop")), 50)),
    );
    const { client } = makeClient(s.url, { timeoutMs: 5000, maxRetries: 0 });
    expect(await rejection(client.request(GET, {}, { signal: ctrl.signal }))).toMatchObject({ message: "stop" });
    expect(await within(s.closed, 1000)).toBe("closed");
  });

  it("a body in many chunks is read whole: UTF-8 split inside a character, a leading BOM dropped", async () => {
    const bytes = Buffer.from('\uFEFF{"name":"Zoë 🚀"}', "utf8");
    const s = await serve(async (res) => {
      res.writeHead(200, { "content-type": "application/json" });
      // Split inside "ë" and inside "🚀", with pauses so that each part arrives as its own chunk.
      const cuts = [0, bytes.indexOf(0xc3) + 1, bytes.indexOf(0xf0) + 2, bytes.length];
      for (let i = 1; i < cuts.length; i++) {
        res.write(bytes.subarray(cuts[i - 1], cuts[i]));
        await new Promise((r) => setTimeout(r, 30));
      }
      res.end();
    });
    const { client } = makeClient(s.url);
    expect(await client.request(GET, {})).toEqual({ name: "Zoë 🚀" });
    const binary = await client.request(BINARY, {});
    expect(binary).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(binary as Uint8Array).equals(bytes)).toBe(true);
  });
});
