// Scripted local HTTP server for runtime tests: real sockets, no fetch stubbing.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Path + query exactly as received, e.g. "/contacts/a%2Fb?x=1". */
  url: string;
  headers: IncomingHttpHeaders;
  /** Raw body bytes as text ("" when none). */
  body: string;
}

/** Scripted reply. Omitted fields: status 200, no body. */
export interface Reply {
  status?: number;
  /** The reason phrase ("" for none); Node's default for the status otherwise. */
  statusText?: string;
  headers?: Record<string, string | number>;
  /** Objects are sent as JSON (content-type set); strings/bytes are sent raw. */
  body?: unknown;
  /** Wait this long before answering (for timeout tests). */
  delayMs?: number;
  /** Destroy the socket without answering (connection reset). */
  destroy?: boolean;
  /** Send the status, headers and this first part of the body, then stall forever (until the server closes). */
  stallAfter?: string;
}

/** `i` is the 0-based index of this request on the server. */
export type Handler = (req: RecordedRequest, i: number) => Reply | Promise<Reply>;

export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** A handler replying with `replies[i]`, repeating the last one. */
export const script =
  (...replies: Reply[]): Handler =>
  (_req, i) =>
    replies[Math.min(i, replies.length - 1)] ?? {};

export async function startServer(handler: Handler = () => ({})): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const rec: RecordedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      const i = requests.push(rec) - 1;
      void Promise.resolve(handler(rec, i)).then(async (reply) => {
        if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
        if (reply.destroy) return void req.socket.destroy();
        if (res.destroyed) return;
        const headers: Record<string, string | number> = { ...reply.headers };
        let payload: string | Uint8Array | undefined;
        if (typeof reply.body === "string" || reply.body instanceof Uint8Array) payload = reply.body;
        else if (reply.body !== undefined) {
          payload = JSON.stringify(reply.body);
          headers["content-type"] ??= "application/json";
        }
        if (reply.stallAfter !== undefined) {
          res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...headers });
          return void res.write(reply.stallAfter);
        }
        if (reply.statusText !== undefined) res.writeHead(reply.status ?? 200, reply.statusText, headers);
        else res.writeHead(reply.status ?? 200, headers);
        res.end(payload);
      });
    });
  });
  server.on("connection", (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy(); // keep-alive sockets would block close()
        server.close(() => resolve());
      }),
  };
}
