// Copied from templates/runtime/body.ts. Do not edit here: edit the template and regenerate.
import { SdkRequestError } from "./errors.js";
import type { OperationSpec, QueryParamSpec } from "./operation.js";
import { buildQuery, enc, isObject, text } from "./query.js";

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

/**
 * With `bodyKey` its value (undefined: no body is sent); otherwise the leftover params, or `{}` — except for GET,
 * HEAD and DELETE, which send no body when the caller gives no field (an empty declared body, as Stripe's GETs).
 */
function bodyValue(op: OperationSpec, params: Record<string, unknown>): unknown {
  const fields = op.bodyKey === undefined && bodyFields(op, params);
  const v = fields
    ? Object.keys(fields).length || !/^(GET|HEAD|DELETE)$/.test(op.method)
      ? fields
      : undefined
    : params[op.bodyKey!];
  // fetch refuses these; refused here, it is a request error instead of a connection error retried.
  if (v !== undefined && (op.method === "GET" || op.method === "HEAD"))
    throw new SdkRequestError(`A ${op.method} request cannot have a body`);
  return v;
}

const JSON_TYPE = /json/i;

export function jsonBody(op: OperationSpec, params: Record<string, unknown>): RequestBody {
  const v = bodyValue(op, params);
  return v === undefined ? {} : { body: JSON.stringify(v), type: "application/json" };
}

export function multipartBody(op: OperationSpec, params: Record<string, unknown>): RequestBody {
  const v = bodyValue(op, params);
  return v === undefined ? {} : { body: toFormData(v, op) };
}

/**
 * Each field per its declared encoding: deepObject as `a[b]=c` (arrays `a[]=x`, arrays of objects `a[0][b]=c`, as
 * Stripe and Rails/PHP-style parsers read them), a JSON content type as JSON text, otherwise as a form query
 * parameter of that style (by default form/explode, where an object's keys stand alone, per OpenAPI).
 */
export function formUrlEncodedBody(op: OperationSpec, params: Record<string, unknown>): RequestBody {
  const v = bodyValue(op, params) as Record<string, unknown> | undefined;
  if (v === undefined) return {};
  const out: string[] = [];
  for (const [k, x] of Object.entries(v)) {
    const e = op.encoding?.[k];
    if (e?.style === "deepObject") deepField(out, enc(k), x);
    else if (e?.contentType && JSON_TYPE.test(e.contentType)) {
      if (x !== undefined) out.push(`${enc(k)}=${enc(JSON.stringify(x))}`);
    } else out.push(buildQuery([{ name: k, ...e } as QueryParamSpec], v));
  }
  return { body: out.filter(Boolean).join("&"), type: "application/x-www-form-urlencoded" };
}

function deepField(out: string[], key: string, v: unknown): void {
  if (Array.isArray(v)) v.forEach((x, i) => deepField(out, `${key}[${isObject(x) ? i : ""}]`, x));
  else if (isObject(v)) for (const [k, x] of Object.entries(v)) deepField(out, `${key}[${enc(k)}]`, x);
  else if (v !== undefined && v !== null) out.push(`${key}=${enc(text(v))}`);
}

function toFormData(v: unknown, op: OperationSpec): FormData {
  const fd = new FormData();
  const add = (k: string, x: unknown): void => {
    const type = op.encoding?.[k]?.contentType;
    if (x === undefined || x === null) return;
    if (Array.isArray(x) && !type) for (const y of x) add(k, y);
    else if (x instanceof Blob) fd.append(k, x, (x as { name?: string }).name ?? k);
    else if (x instanceof Uint8Array) fd.append(k, new Blob([x as Uint8Array<ArrayBuffer>], type ? { type } : {}), k);
    else if (type) fd.append(k, new Blob([typeof x === "string" ? x : JSON.stringify(x)], { type }));
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
    throw new SdkRequestError("A binary request body must be a Blob, Uint8Array, ArrayBuffer or ReadableStream");
  return { body: v as RawBody, type: op.contentType ?? "application/octet-stream" };
}
