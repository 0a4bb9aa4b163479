// Copied from templates/runtime/client.ts. Do not edit here: edit the template and regenerate.
import { ApiPromise, type WithResponse } from "./api-promise.js";
import { attempt, type AttemptResult } from "./attempt.js";
import { isStream } from "./body.js";
import { SdkConnectionError, SdkError } from "./errors.js";
import { type HeaderMap, setHeader, setHeaders } from "./headers.js";
import type { OperationSpec } from "./operation.js";
import { type ClientDefaults, type ClientOptions, type RequestOptions, RUNTIME_DEFAULTS } from "./options.js";
import { buildPath } from "./path.js";
import { apiError, readData } from "./response.js";
import { retryDelay, shouldRetry, sleep } from "./retry.js";
import { redactHeaders, type Resolved, resolveCredentials } from "./security.js";

/** Base of the generated client: configuration, credentials, retries, timeouts. */
export class ClientCore {
  readonly #o: ClientOptions<string>;
  readonly #d: ClientDefaults;
  /** The credential of each scheme that has one (passed or from the environment). */
  readonly #credentials: Record<string, Resolved>;
  readonly #baseUrl: string;
  /** Headers shared by every request (everything except per-call values and credentials). */
  readonly #headers: HeaderMap = {};

  constructor(options: ClientOptions<string>, defaults: ClientDefaults) {
    this.#o = options;
    this.#d = defaults;
    const region = options.region ?? defaults.defaultRegion;
    const base = options.baseUrl ?? (region ? defaults.servers[region] : defaults.baseUrl);
    if (!base) {
      throw new SdkError(
        region
          ? `Unknown region "${region}" (expected ${Object.keys(defaults.servers).join(", ")})`
          : "No server: the API declares none, pass `baseUrl`",
      );
    }
    // Checked here: fetch's own error for a bad URL quotes it whole, credentials in its query included.
    if (!URL.canParse(base)) throw new SdkError(`Invalid baseUrl "${base}"`);
    this.#baseUrl = base.replace(/\/+$/, "");
    this.#credentials = resolveCredentials(
      defaults.schemes,
      options.credentials,
      options.token,
      () => options.fetch ?? fetch,
      this.#baseUrl,
    );
    const h = this.#headers;
    h["accept"] = "application/json";
    if (defaults.versionHeader) setHeader(h, defaults.versionHeader, options.version ?? defaults.version);
    // Browsers forbid or ignore User-Agent, and a substitute header would force a CORS preflight: skip it
    // there (`document` probed via globalThis so the runtime type-checks without the DOM lib).
    if (!("document" in globalThis)) h["user-agent"] = defaults.userAgent;
    setHeaders(h, options.headers);
  }

  request<T>(op: OperationSpec, params: object | undefined, options?: RequestOptions): ApiPromise<T> {
    return new ApiPromise(this.#send<T>(op, (params ?? {}) as Record<string, unknown>, options ?? {}));
  }

  async #send<T>(
    op: OperationSpec,
    params: Record<string, unknown>,
    options: RequestOptions,
  ): Promise<WithResponse<T>> {
    const o = this.#o;
    // Everything is validated before the first byte is sent.
    const query = op.query?.serialize(op.query.params, params);
    const path = `${this.#baseUrl}${buildPath(op.path, op.pathParams, params, op.multiSegment)}`;
    const url = query ? `${path}?${query}` : path;
    const { body = null, type } = op.body?.(op, params) ?? {};
    const headers = { ...this.#headers };
    if (type) headers["content-type"] = type;
    if (op.headers) {
      for (const [key, name] of Object.entries(op.headers)) {
        const v = params[key];
        if (v !== undefined && v !== null) setHeader(headers, name, String(v));
      }
    }
    setHeaders(headers, options.headers);
    // A stream body is sent as it is read (fetch requires `duplex` for it); it cannot be replayed on a retry.
    const init: RequestInit & { duplex?: "half" } = { method: op.method, headers, body };
    if (isStream(body)) init.duplex = "half";

    const maxRetries = options.maxRetries ?? o.maxRetries ?? RUNTIME_DEFAULTS.maxRetries;
    const timeoutMs = options.timeoutMs ?? o.timeoutMs ?? RUNTIME_DEFAULTS.timeoutMs;
    const retryAll = options.retryNonIdempotent ?? o.retryNonIdempotent ?? RUNTIME_DEFAULTS.retryNonIdempotent;
    const total = options.totalTimeoutMs ?? o.totalTimeoutMs;
    const deadline = total === undefined ? Infinity : Date.now() + total;
    // `refresh`: this attempt asks for a fresh token (after a 401); `refreshed`: that happened once in this call.
    for (let n = 0, refresh = false, refreshed = false; ; n++) {
      // Credentials are applied per attempt, so credential functions (rotating tokens) are called on retries too.
      const h = { ...headers };
      const auth = await this.#d.authenticate(
        h,
        url,
        this.#d.schemes,
        op.security ?? this.#d.security,
        this.#credentials,
        refresh,
      );
      refresh = false;
      init.headers = h;
      // Built only for hooks: the request itself needs none of it.
      const hooked = o.onRequest || o.onResponse;
      const info = hooked
        ? {
            method: op.method,
            url: auth.shown,
            headers: redactHeaders(h, this.#d.schemes),
            attempt: n,
          }
        : undefined;
      if (info) o.onRequest?.(info);
      const started = hooked ? Date.now() : 0;
      let result: AttemptResult | undefined;
      let error: unknown;
      try {
        const ms = Math.min(timeoutMs, deadline - Date.now());
        result = await attempt(o.fetch ?? fetch, auth.url, init, ms, options.signal, op.response === "binary");
      } catch (e) {
        if (!(e instanceof SdkConnectionError)) throw e; // the caller's abort: never retried
        error = e;
      }
      if (result) {
        const { response } = result;
        if (info) o.onResponse?.({ ...info, status: response.status, durationMs: Date.now() - started });
        if (response.ok) {
          return { data: readData(op, result) as T, response };
        }
        // A token fetched by the client may have been revoked: fetch a fresh one, once.
        if (response.status === 401 && auth.granted && !refreshed) {
          refresh = refreshed = true;
          n--;
          continue;
        }
        error = apiError(result);
      }
      const status = result?.response.status ?? 0;
      const delay = retryDelay(n, result?.response.headers, status, Date.now(), o.random);
      // No time left for the wait and another attempt within totalTimeoutMs: give up as when out of retries.
      if (n >= maxRetries || !shouldRetry(status, op.method, retryAll) || Date.now() + delay >= deadline) throw error;
      await (o.sleep ?? sleep)(delay, options.signal);
    }
  }
}
