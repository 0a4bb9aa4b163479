// Copied from templates/runtime/errors.ts. Do not edit here: edit the template and regenerate.
import type { ValidationInfo, ValidationIssue } from "./validate.js";

/** One entry of an error body's `errors` array (`{"type":"error.list","errors":[…]}`). */
export interface ApiErrorItem {
  code: string;
  message?: string;
  field?: string;
}

/** Parsed `X-RateLimit-*` headers; undefined when a header is absent. */
export interface RateLimitInfo {
  limit: number | undefined;
  remaining: number | undefined;
  /** Unix time (seconds) at which the window resets. */
  reset: number | undefined;
}

// The prefix of the base classes' names: the generated client sets the profile's (`Acme` → `AcmeApiError`), so logs
// say what users import. Read when an error is made, so classes a bundle does not use stay out of it.
let prefix = "Sdk";
const named = (suffix: string) => prefix + suffix;

/** Names the base error classes as the package exports them; called once by the generated client module. */
export function nameErrors(exported: string): void {
  prefix = exported;
}

/** Base class of every error this SDK throws (the caller's own abort reason excepted). */
export class SdkError extends Error {
  override name = named("Error");
}

/**
 * The client could not build or send the request (a missing credential, an invalid path parameter, a body its
 * method cannot carry, an invalid header): nothing was sent, and it is never retried.
 */
export class SdkRequestError extends SdkError {
  override name = named("RequestError");
}

/** The request never got an HTTP response (DNS, refused, reset…). `cause` holds the fetch error. */
export class SdkConnectionError extends SdkError {
  override name = named("ConnectionError");
}

/** An attempt exceeded `timeoutMs`. A connection error so retry/catch logic can treat both alike. */
export class SdkTimeoutError extends SdkConnectionError {
  override name = named("TimeoutError");
}

/** A 2xx response whose body was not the JSON the operation promises; never returned as data. */
export class SdkParseError extends SdkError {
  override name = named("ParseError");
  constructor(
    readonly status: number,
    readonly rawBody: string,
    options?: ErrorOptions,
  ) {
    super(`${status}: response body is not valid JSON`, options);
  }
}

const num = (v: string | null): number | undefined =>
  v === null || v.trim() === "" || !Number.isFinite(+v) ? undefined : +v;

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

// Keep only well-formed items; a malformed body must not break error construction.
function parseErrors(body: unknown): ApiErrorItem[] {
  const list = (body as { errors?: unknown } | null)?.errors;
  return Array.isArray(list)
    ? list
        .filter((e): e is Record<string, unknown> => typeof e === "object" && e !== null)
        .map(({ code, message, field }) => ({
          code: str(code) ?? "unknown",
          ...(typeof message === "string" && { message }),
          ...(typeof field === "string" && { field }),
        }))
    : [];
}

/** A non-2xx response. Subclasses by status; use `SdkApiError.from` to get the right one. */
export class SdkApiError extends SdkError {
  override name = named("ApiError");
  readonly requestId: string | undefined;
  readonly errors: ApiErrorItem[];
  readonly rateLimit: RateLimitInfo;

  constructor(
    readonly status: number,
    readonly headers: Headers,
    /** Parsed JSON, or the raw text when the body was not JSON (undefined when empty). */
    readonly body: unknown,
    statusText?: string,
  ) {
    const errors = parseErrors(body);
    const requestId =
      str((body as { request_id?: unknown } | null)?.request_id) ?? headers.get("x-request-id") ?? undefined;
    const detail = errors[0]?.message ?? str((body as { message?: unknown } | null)?.message) ?? errors[0]?.code;
    // The title is the response's own reason phrase ("Not Found"), not a table shipped in every bundle; HTTP/2 has
    // none, and the status stands alone.
    super(
      `${status}${statusText ? ` ${statusText}` : ""}${detail ? `: ${detail}` : ""}${requestId ? ` (request_id ${requestId})` : ""}`,
    );
    this.errors = errors;
    this.requestId = requestId;
    this.rateLimit = {
      limit: num(headers.get("x-ratelimit-limit")),
      remaining: num(headers.get("x-ratelimit-remaining")),
      reset: num(headers.get("x-ratelimit-reset")),
    };
  }

  /** Builds the subclass matching `status` (plain SdkApiError for unmapped statuses). */
  static from(status: number, headers: Headers, body: unknown, statusText?: string): SdkApiError {
    const Ctor = status >= 500 ? InternalServerError : (BY_STATUS[status] ?? SdkApiError);
    return new Ctor(status, headers, body, statusText);
  }
}

export class BadRequestError extends SdkApiError {
  override name = "BadRequestError";
}
export class UnauthorizedError extends SdkApiError {
  override name = "UnauthorizedError";
}
export class ForbiddenError extends SdkApiError {
  override name = "ForbiddenError";
}
export class NotFoundError extends SdkApiError {
  override name = "NotFoundError";
}
export class ConflictError extends SdkApiError {
  override name = "ConflictError";
}
export class UnprocessableEntityError extends SdkApiError {
  override name = "UnprocessableEntityError";
}
export class RateLimitError extends SdkApiError {
  override name = "RateLimitError";
}
/** Any 5xx. */
export class InternalServerError extends SdkApiError {
  override name = "InternalServerError";
}

/** The class `SdkApiError.from` builds for each mapped status (any 5xx is an `InternalServerError`). */
export const BY_STATUS: Readonly<Record<number, typeof SdkApiError>> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/**
 * A 2xx body that does not match the operation's schema, with `validate: "throw"`. `issues` name each property
 * (`website`, `data[3].id`); `body` is the response as received.
 */
export class SdkValidationError extends SdkError {
  override name = named("ValidationError");
  readonly operation: string;
  readonly requestId: string | undefined;

  constructor(
    readonly issues: ValidationIssue[],
    info: ValidationInfo,
    readonly response: Response,
    readonly body: unknown,
  ) {
    const first = issues[0];
    super(
      `${info.operation}: the response does not match its schema: ${first ? `${first.path || "body"}: ${first.message}` : ""}` +
        `${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ""}${info.requestId ? ` (request_id ${info.requestId})` : ""}`,
    );
    this.operation = info.operation;
    this.requestId = info.requestId;
  }
}
