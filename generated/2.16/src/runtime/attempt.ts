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
  const ctrl = new AbortController();
  let timedOut = false;
  const onAbort = (): void => ctrl.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  // Clamp: larger delays overflow setTimeout and would fire immediately.
  const timer = setTimeout(() => ((timedOut = true), ctrl.abort()), Math.min(timeoutMs, 2 ** 31 - 1));
  try {
    const response = await fetchFn(url, { ...init, signal: ctrl.signal });
    const raw = binary && response.ok ? new Uint8Array(await response.arrayBuffer()) : await response.text();
    return { response, raw };
  } catch (e) {
    if (signal?.aborted) throw signal.reason;
    if (timedOut) throw new IntercomTimeoutError(`Request timed out after ${timeoutMs} ms`, { cause: e });
    const code = (e as { cause?: { code?: unknown } }).cause?.code;
    throw new IntercomConnectionError(`Connection error${typeof code === "string" ? ` (${code})` : ""}`, { cause: e });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}
