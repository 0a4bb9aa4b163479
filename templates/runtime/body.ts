import { SdkError } from "./errors.js";
import type { OperationSpec } from "./operation.js";
import { buildQuery } from "./query.js";

/** Params keys that go elsewhere (path, query, headers) and so are not part of the body. */
function bodyFields(op: OperationSpec, params: Record<string, unknown>): Record<string, unknown> {
  const used = new Set<string>([
    ...(op.pathParams ?? []),
    ...(op.query?.params ?? []).map((q) => (typeof q === "string" ? q : q.name)),
    ...Object.keys(op.headers ?? {}),
  ]);
  // fromEntries defines own properties, so a "__proto__" key stays data instead of swapping the prototype.
  return Object.fromEntries(Object.entries(params).filter(([k]) => !used.has(k)));
}

/**
 * The request body of an operation, and its Content-Type (none for multipart: fetch adds it with the boundary).
 * The operation names its serializer in its spec, so a bundler keeps only the serializers of operations in use.
 */
export type BodySerializer = (op: OperationSpec, params: Record<string, unknown>) => RequestBody;

/** A request body the platform's fetch can send. */
export type RawBody = string | FormData | Blob | Uint8Array<ArrayBuffer> | ArrayBuffer | ReadableStream;

type RequestBody = { body?: RawBody; type?: string };

/** With `bodyKey` its value (undefined: no body is sent); otherwise the leftover params (or `{}`). */
function bodyValue(op: OperationSpec, params: Record<string, unknown>): unknown {
  return op.bodyKey === undefined ? bodyFields(op, params) : params[op.bodyKey];
}

export function jsonBody(op: OperationSpec, params: Record<string, unknown>): RequestBody {
  const v = bodyValue(op, params);
  return v === undefined ? {} : { body: JSON.stringify(v), type: "application/json" };
}

export function multipartBody(op: OperationSpec, params: Record<string, unknown>): RequestBody {
  const v = bodyValue(op, params);
  return v === undefined ? {} : { body: toFormData(v) };
}

export function formUrlEncodedBody(op: OperationSpec, params: Record<string, unknown>): RequestBody {
  const v = bodyValue(op, params) as Record<string, unknown> | undefined;
  return v === undefined ? {} : { body: buildQuery(Object.keys(v), v), type: "application/x-www-form-urlencoded" };
}

function toFormData(v: unknown): FormData {
  const fd = new FormData();
  const add = (k: string, x: unknown): void => {
    if (x === undefined || x === null) return;
    if (Array.isArray(x)) for (const y of x) add(k, y);
    else if (x instanceof Blob) fd.append(k, x, (x as { name?: string }).name ?? k);
    else if (x instanceof Uint8Array) fd.append(k, new Blob([x as Uint8Array<ArrayBuffer>]), k);
    else fd.append(k, typeof x === "object" ? JSON.stringify(x) : String(x));
  };
  for (const [k, x] of Object.entries(v as object)) add(k, x);
  return fd;
}

export const isStream = (v: unknown): v is ReadableStream =>
  typeof ReadableStream !== "undefined" && v instanceof ReadableStream;

/** A text body: sent as a string, with the declared type. */
export function textBody(op: OperationSpec, params: Record<string, unknown>): RequestBody {
  const v = bodyValue(op, params);
  return v === undefined ? {} : { body: typeof v === "string" ? v : String(v), type: op.contentType ?? "text/plain" };
}

/** A binary body (Blob, bytes or a stream): sent as given, with the declared type. */
export function binaryBody(op: OperationSpec, params: Record<string, unknown>): RequestBody {
  const v = bodyValue(op, params);
  if (v === undefined) return {};
  if (!(v instanceof Blob || v instanceof Uint8Array || v instanceof ArrayBuffer || isStream(v)))
    throw new SdkError("A binary request body must be a Blob, Uint8Array, ArrayBuffer or ReadableStream");
  return { body: v as RawBody, type: op.contentType ?? "application/octet-stream" };
}
