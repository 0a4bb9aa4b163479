// Copied from templates/runtime/options.ts. Do not edit here: edit the template and regenerate.
import type { HttpMethod } from "./operation.js";
import type { Authenticate, Credential, SecurityRequirements, SecurityScheme } from "./security.js";
import type { ValidateMode } from "./validate.js";

/** A bearer token, or a (possibly async) function called before every attempt so tokens can rotate. */
export type TokenSource = string | (() => string | Promise<string>);

/** What hooks see: the request's headers and URL, every credential in them redacted. */
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

export interface ClientOptions<Region extends string = string, Scheme extends string = string> {
  /**
   * The credential of each security scheme, keyed by the description's scheme name: a string, `{ username, password }`
   * for basic, `{ clientId, clientSecret }` for an oauth2 clientCredentials flow, or a (possibly async) function
   * called before every attempt. A scheme given none reads its environment variable (where `process` exists).
   * Never required to create a client: a call whose requirement cannot be met fails before sending.
   */
  credentials?: { [S in Scheme]?: Credential | undefined };
  /** Shorthand for the credential of the API's one bearer-like scheme (http bearer, oauth2 or openIdConnect). */
  token?: TokenSource | undefined;
  /** Selects the regional server. Ignored when `baseUrl` is set. */
  region?: Region;
  baseUrl?: string;
  /** The API version, sent in the API's version header (when it has one). */
  version?: string;
  fetch?: typeof fetch;
  /** Retries after the first attempt (default: {@link RUNTIME_DEFAULTS}). */
  maxRetries?: number;
  /** Per-attempt timeout in milliseconds (default: {@link RUNTIME_DEFAULTS}): each retry gets its own. */
  timeoutMs?: number;
  /** Bound on the whole call, retries and the waits between them included (default none). */
  totalTimeoutMs?: number;
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

/**
 * The defaults of the options above (and of the wait between retries), in one place: the client falls back to them,
 * and the generated README's options table prints them from here.
 */
export const RUNTIME_DEFAULTS = {
  maxRetries: 2,
  timeoutMs: 60_000,
  retryNonIdempotent: false,
  /** The wait before retry `n` (0-based) when the server gives no hint: this·2^n, with jitter. */
  firstRetryDelayMs: 500,
  /** No wait between attempts is longer. */
  maxRetryDelayMs: 60_000,
} as const satisfies Required<Pick<ClientOptions, "maxRetries" | "timeoutMs" | "retryNonIdempotent">> &
  Record<string, unknown>;

/** Per-call overrides. */
export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  totalTimeoutMs?: number;
  maxRetries?: number;
  headers?: Record<string, string>;
  retryNonIdempotent?: boolean;
  /** Overrides the client's `validate` (a client that validates: see ValidatingCore). */
  validate?: ValidateMode;
}

/** Emitted by the generator into the client subclass: everything the API's profile says. */
export interface ClientDefaults {
  version: string;
  /** The header the version is sent in; no version header when absent. */
  versionHeader?: string;
  servers: Readonly<Record<string, string>>;
  defaultRegion: string;
  /** The server when the API declares no regions. */
  baseUrl?: string;
  /** The description's security schemes by name. */
  schemes: Readonly<Record<string, SecurityScheme>>;
  /** The requirements of operations that declare none of their own (the document's `security`). */
  security: SecurityRequirements;
  /** Puts an operation's credentials on each attempt (`applyCredentials`, or `applySoleScheme` where it suffices). */
  authenticate: Authenticate;
  userAgent: string;
}
