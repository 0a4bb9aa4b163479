// Copied from templates/runtime/body.ts. Do not edit here: edit the template and regenerate.
import { IntercomError } from "./errors.js";
import type { OperationSpec } from "./operation.js";
import { buildQuery } from "./query.js";

/** Params keys that go elsewhere (path, query, headers) and so are not part of the body. */
function bodyFields(op: OperationSpec, params: Record<string, unknown>): Record<string, unknown> {
  const used = new Set<string>([
    ...(op.pathParams ?? []),
    ...(op.query ?? []).map((q) => (typeof q === "string" ? q : q.name)),
    ...Object.keys(op.headers ?? {}),
  ]);
  // fromEntries defines own properties, so a "__proto__" key stays data instead of swapping the prototype.
  return Object.fromEntries(Object.entries(params).filter(([k]) => !used.has(k)));
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

/** A request body the platform's fetch can send. */
export type RawBody = string | FormData | Blob | Uint8Array<ArrayBuffer> | ArrayBuffer | ReadableStream;

export const isStream = (v: unknown): v is ReadableStream =>
  typeof ReadableStream !== "undefined" && v instanceof ReadableStream;

/** A text body (sent as a string) or binary one (Blob, bytes or a stream, sent as given), with its declared type. */
function rawBody(op: OperationSpec, v: unknown): { body: RawBody; type: string } {
  if (op.body === "text") return { body: typeof v === "string" ? v : String(v), type: op.contentType ?? "text/plain" };
  const binary = v instanceof Blob || v instanceof Uint8Array || v instanceof ArrayBuffer || isStream(v);
  if (!binary)
    throw new IntercomError("A binary request body must be a Blob, Uint8Array, ArrayBuffer or ReadableStream");
  return { body: v as RawBody, type: op.contentType ?? "application/octet-stream" };
}

/**
 * The request body and its Content-Type (undefined for multipart: fetch adds the boundary itself).
 * With `bodyKey` an undefined value sends no body; otherwise leftover params (or `{}`) are sent.
 */
export function buildBody(op: OperationSpec, params: Record<string, unknown>): { body?: RawBody; type?: string } {
  if (!op.body) return {};
  const v = op.bodyKey === undefined ? bodyFields(op, params) : params[op.bodyKey];
  if (v === undefined) return {};
  if (op.body === "multipart") return { body: toFormData(v) };
  if (op.body === "text" || op.body === "binary") return rawBody(op, v);
  if (op.body === "form-urlencoded") {
    const keys = Object.keys(v as object);
    return { body: buildQuery(keys, v as Record<string, unknown>), type: "application/x-www-form-urlencoded" };
  }
  return { body: JSON.stringify(v), type: "application/json" };
}
