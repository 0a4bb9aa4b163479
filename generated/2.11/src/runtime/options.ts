// Copied from templates/runtime/options.ts. Do not edit here: edit the template and regenerate.
import type { HttpMethod } from "./operation.js";

/** A bearer token, or a (possibly async) function called before every attempt so tokens can rotate. */
export type TokenSource = string | (() => string | Promise<string>);

/** What hooks see. `headers` are the request headers with Authorization redacted. */
export interface RequestHookInfo {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  /** 0 for the first attempt, then 1, 2… for retries. */
  attempt: number;
}

export interface ResponseHookInfo extends RequestHookInfo {
  status: number;
  durationMs: number;
}

export interface ClientOptions<Region extends string = "us" | "eu" | "au"> {
  /** Defaults to env INTERCOM_API_KEY where `process` exists. */
  token?: TokenSource;
  /** Selects the regional server. Ignored when `baseUrl` is set. */
  region?: Region;
  baseUrl?: string;
  /** Intercom-Version header. */
  version?: string;
  fetch?: typeof fetch;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number;
  /** Per-attempt timeout (default 60000). */
  timeoutMs?: number;
  headers?: Record<string, string>;
  /** Also retry POST/PATCH on 408/5xx/network errors/timeouts (may duplicate side effects). */
  retryNonIdempotent?: boolean;
  onRequest?: (info: RequestHookInfo) => void;
  onResponse?: (info: ResponseHookInfo) => void;
  /**
   * Replaces the wait between retries (must reject when `signal` aborts).
   * Meant for tests/simulations; not part of the documented surface.
   */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Replaces Math.random for the backoff jitter (tests/simulations; undocumented like `sleep`). */
  random?: () => number;
}

/** Per-call overrides. */
export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  maxRetries?: number;
  headers?: Record<string, string>;
  retryNonIdempotent?: boolean;
}

/** Emitted by the generator into the client subclass. */
export interface ClientDefaults {
  version: string;
  servers: Readonly<Record<string, string>>;
  defaultRegion: string;
  userAgent: string;
}
