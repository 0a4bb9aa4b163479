// Copied from templates/runtime/attempt.ts. Do not edit here: edit the template and regenerate.
import { IntercomConnectionError, IntercomTimeoutError } from "./errors.js";

export interface AttemptResult {
  response: Response;
  /** Raw body: bytes when `binary` and 2xx, text otherwise ("" for no body). */
  raw: string | Uint8Array;
}

/**
 * One fetch plus body read under a per-attempt timeout. The caller's abort surfaces as its own
 * reason; our timeout becomes IntercomTimeoutError; anything else is a connection error.
 *
 * Why no AbortSignal for the timeout: handing fetch any signal costs undici's fetch ~20 % per request on loopback.
 * So only the caller's own signal (when given) goes to fetch; the timeout is a timer raced against the headers and
 * the body, and a timed-out attempt is cancelled through its body stream (at once when the headers are in, else as
 * soon as they come; a server that never answers is left to undici's own headers timeout).
 */
export async function attempt(
  fetchFn: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  binary: boolean,
): Promise<AttemptResult> {
  signal?.throwIfAborted();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  let halted = false;
  // Only ever rejects: when the attempt's time is up, or the caller aborts.
  const stopped = new Promise<never>((_, reject) => {
    const halt = (reason: unknown): void => ((halted = true), reject(reason));
    // Clamp: larger delays overflow setTimeout and would fire immediately.
    timer = setTimeout(
      () => halt(new IntercomTimeoutError(`Request timed out after ${timeoutMs} ms`)),
      Math.min(timeoutMs, 2 ** 31 - 1),
    );
    if (signal) signal.addEventListener("abort", (onAbort = () => halt(signal.reason)), { once: true });
  });
  const pending = fetchFn(url, signal ? { ...init, signal } : init);
  let body: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    const response = await Promise.race([pending, stopped]);
    body = response.body?.getReader();
    const chunks = body ? await Promise.race([readAll(body), stopped]) : [];
    return { response, raw: binary && response.ok ? concat(chunks) : decode(chunks) };
  } catch (e) {
    if (halted) {
      // Free the connection: cancel the body now, or once the headers arrive.
      if (body) void body.cancel().catch(() => {});
      else
        void pending.then(
          (r) => r.body?.cancel().catch(() => {}),
          () => {},
        );
    }
    if (signal?.aborted) throw signal.reason;
    if (e instanceof IntercomTimeoutError) throw e;
    const code = (e as { cause?: { code?: unknown } }).cause?.code;
    throw new IntercomConnectionError(`Connection error${typeof code === "string" ? ` (${code})` : ""}`, { cause: e });
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener("abort", onAbort);
  }
}

/** The whole body, read through our own reader so that a timeout can cancel it mid-way. */
async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  return chunks;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) (all.set(c, at), (at += c.length));
  return all;
}

/** UTF-8, as `Response.text()` decodes (a BOM dropped, invalid bytes replaced). */
function decode(chunks: Uint8Array[]): string {
  if (chunks.length === 1) return new TextDecoder().decode(chunks[0]);
  const decoder = new TextDecoder();
  return chunks.map((c) => decoder.decode(c, { stream: true })).join("") + decoder.decode();
}
