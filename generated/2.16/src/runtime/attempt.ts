// Copied from templates/runtime/attempt.ts. Do not edit here: edit the template and regenerate.
import { SdkConnectionError, SdkTimeoutError } from "./errors.js";

export interface AttemptResult {
  response: Response;
  /** Raw body: bytes when `binary` and 2xx, text otherwise ("" for no body). */
  raw: string | Uint8Array;
}

const utf8 = new TextDecoder();

/**
 * One fetch plus body read under a per-attempt timeout. The caller's abort surfaces as its own
 * reason; our timeout becomes SdkTimeoutError; anything else is a connection error.
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
  // Only ever rejects: when the attempt's time is up, or the caller aborts.
  const stopped = new Promise<never>((_, reject) => {
    // Clamp: larger delays overflow setTimeout and would fire immediately.
    timer = setTimeout(
      () => reject(new SdkTimeoutError(`Request timed out after ${timeoutMs} ms`)),
      Math.min(timeoutMs, 2 ** 31 - 1),
    );
    if (signal) signal.addEventListener("abort", (onAbort = () => reject(signal.reason)), { once: true });
  });
  let pending: Promise<Response> | undefined;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  try {
    const response = await Promise.race([(pending = fetchFn(url, signal ? { ...init, signal } : init)), stopped]);
    // Read through our own reader, so that a timeout can cancel the body mid-way.
    reader = response.body?.getReader();
    const chunks: Uint8Array[] = [];
    for (let r; reader && !(r = await Promise.race([reader.read(), stopped])).done;) chunks.push(r.value);
    // TextDecoder decodes as Response.text() does: a BOM dropped, invalid bytes replaced.
    const raw = binary && response.ok ? concat(chunks) : utf8.decode(concat(chunks));
    return { response, raw };
  } catch (e) {
    if (signal?.aborted || e instanceof SdkTimeoutError) {
      // Stopped: free the connection by cancelling the body, now or once the headers arrive.
      void (reader ? reader.cancel() : pending?.then((r) => r.body?.cancel()))?.catch(() => {});
      throw signal?.aborted ? signal.reason : e;
    }
    const code = (e as { cause?: { code?: unknown } }).cause?.code;
    throw new SdkConnectionError(`Connection error${typeof code === "string" ? ` (${code})` : ""}`, { cause: e });
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener("abort", onAbort);
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((at, c) => (all.set(c, at), at + c.length), 0);
  return all;
}
