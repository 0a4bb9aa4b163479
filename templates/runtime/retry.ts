import type { HttpMethod } from "./operation.js";
import { RUNTIME_DEFAULTS } from "./options.js";

const IDEMPOTENT: readonly string[] = ["GET", "PUT", "DELETE", "HEAD", "OPTIONS"];

/**
 * 429/503 mean "not processed, come back later", so any method may retry. Other failures
 * (status 0 = network error or timeout) may have had side effects: idempotent methods only, unless opted in.
 */
export function shouldRetry(status: number, method: HttpMethod, retryNonIdempotent: boolean): boolean {
  if (status === 429 || status === 503) return true;
  return (status === 0 || [408, 500, 502, 504].includes(status)) && (retryNonIdempotent || IDEMPOTENT.includes(method));
}

/**
 * Milliseconds to wait before retry number `attempt` (0-based): Retry-After (seconds or HTTP date),
 * else X-RateLimit-Reset on a 429 (Unix seconds), else exponential backoff ±25% jitter; capped (see RUNTIME_DEFAULTS).
 */
export function retryDelay(
  attempt: number,
  headers: Headers | undefined,
  status: number,
  now = Date.now(),
  random: () => number = Math.random,
): number {
  const after = headers?.get("retry-after");
  const reset = status === 429 ? headers?.get("x-ratelimit-reset") : null;
  let ms: number;
  if (after && Number.isFinite(+after)) ms = +after * 1000;
  else if (after && !Number.isNaN(Date.parse(after))) ms = Date.parse(after) - now;
  else if (reset && Number.isFinite(+reset)) ms = +reset * 1000 - now;
  else ms = RUNTIME_DEFAULTS.firstRetryDelayMs * 2 ** attempt * (0.75 + random() / 2);
  return Math.min(Math.max(ms, 0), RUNTIME_DEFAULTS.maxRetryDelayMs);
}

/** setTimeout as a promise that rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
}
