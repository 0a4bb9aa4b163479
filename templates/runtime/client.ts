import { ApiPromise, type WithResponse } from "./api-promise.js";
import { attempt, type AttemptResult } from "./attempt.js";
import { buildBody } from "./body.js";
import { readEnv } from "./env.js";
import { IntercomConnectionError, IntercomError } from "./errors.js";
import { redact, setHeader, setHeaders } from "./headers.js";
import type { OperationSpec } from "./operation.js";
import type { ClientDefaults, ClientOptions, RequestOptions, TokenSource } from "./options.js";
import { buildPath } from "./path.js";
import { buildQuery } from "./query.js";
import { apiError, readData } from "./response.js";
import { retryDelay, shouldRetry, sleep } from "./retry.js";

/** Base of the generated client: configuration, auth, retries, timeouts. */
export class ClientCore {
  readonly #o: ClientOptions<string>;
  readonly #token: TokenSource;
  readonly #baseUrl: string;
  /** Headers shared by every request (everything except auth and per-call values). */
  readonly #headers = new Headers();

  constructor(options: ClientOptions<string>, defaults: ClientDefaults) {
    this.#o = options;
    const token = options.token ?? readEnv("INTERCOM_API_KEY");
    if (!token) throw new IntercomError("Missing Intercom token: pass `token` or set INTERCOM_API_KEY");
    if (typeof token === "string") setHeader(new Headers(), "Authorization", token); // fail fast on CR/LF
    this.#token = token;
    const region = options.region ?? defaults.defaultRegion;
    const base = options.baseUrl ?? defaults.servers[region];
    if (!base) {
      throw new IntercomError(`Unknown region "${region}" (expected ${Object.keys(defaults.servers).join(", ")})`);
    }
    this.#baseUrl = base.replace(/\/+$/, "");
    const h = this.#headers;
    h.set("Accept", "application/json");
    setHeader(h, "Intercom-Version", options.version ?? defaults.version);
    // Browsers forbid or ignore User-Agent, and a substitute header would force a CORS preflight: skip it
    // there (`document` probed via globalThis so the runtime type-checks without the DOM lib).
    if (!("document" in globalThis)) h.set("User-Agent", defaults.userAgent);
    setHeaders(h, options.headers);
  }

  request<T>(op: OperationSpec, params: object | undefined, options?: RequestOptions): ApiPromise<T> {
    return new ApiPromise(this.#send<T>(op, (params ?? {}) as Record<string, unknown>, options ?? {}));
  }

  async #bearer(): Promise<string> {
    const t = typeof this.#token === "function" ? await this.#token() : this.#token;
    if (typeof t !== "string" || !t) throw new IntercomError("Token function returned no token");
    return `Bearer ${t}`;
  }

  async #send<T>(op: OperationSpec, params: Record<string, unknown>, options: RequestOptions): Promise<WithResponse<T>> {
    const o = this.#o;
    // Everything is validated before the first byte is sent.
    const query = buildQuery(op.query, params);
    const url = `${this.#baseUrl}${buildPath(op.path, op.pathParams, params)}${query ? `?${query}` : ""}`;
    const headers = new Headers(this.#headers);
    const { body = null, type } = buildBody(op, params);
    if (type) headers.set("Content-Type", type);
    for (const [key, name] of Object.entries(op.headers ?? {})) {
      const v = params[key];
      if (v !== undefined && v !== null) setHeader(headers, name, String(v));
    }
    setHeaders(headers, options.headers);

    const maxRetries = options.maxRetries ?? o.maxRetries ?? 2;
    const timeoutMs = options.timeoutMs ?? o.timeoutMs ?? 60_000;
    const retryAll = options.retryNonIdempotent ?? o.retryNonIdempotent ?? false;
    for (let n = 0; ; n++) {
      const h = new Headers(headers);
      // Resolved per attempt so rotating tokens are picked up on retries too.
      if (!h.has("Authorization")) setHeader(h, "Authorization", await this.#bearer());
      const info = { method: op.method, url, headers: redact(h), attempt: n };
      o.onRequest?.(info);
      const started = Date.now();
      let result: AttemptResult | undefined;
      let error: unknown;
      try {
        const init = { method: op.method, headers: h, body };
        result = await attempt(o.fetch ?? fetch, url, init, timeoutMs, options.signal, op.response === "binary");
      } catch (e) {
        if (!(e instanceof IntercomConnectionError)) throw e; // the caller's abort: never retried
        error = e;
      }
      if (result) {
        const { response } = result;
        o.onResponse?.({ ...info, status: response.status, durationMs: Date.now() - started });
        if (response.ok) return { data: readData(op, result) as T, response };
        error = apiError(result);
      }
      const status = result?.response.status ?? 0;
      if (n >= maxRetries || !shouldRetry(status, op.method, retryAll)) throw error;
      await (o.sleep ?? sleep)(retryDelay(n, result?.response.headers, status), options.signal);
    }
  }
}
