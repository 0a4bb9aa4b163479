// Copied from templates/runtime/body.ts. Do not edit here: edit the template and regenerate.
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

/** Turns the body value into what fetch sends, and its Content-Type. */
export type BodySerializer = (value: unknown) => { body: string | FormData; type?: string };

export function jsonBody(value: unknown): { body: string; type: string } {
  return { body: JSON.stringify(value), type: "application/json" };
}

/** multipart/form-data; no Content-Type: fetch adds it with the boundary. */
export function multipartBody(value: unknown): { body: FormData } {
  return { body: toFormData(value) };
}

export function formUrlEncodedBody(value: unknown): { body: string; type: string } {
  const v = value as Record<string, unknown>;
  return { body: buildQuery(Object.keys(v), v), type: "application/x-www-form-urlencoded" };
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

/**
 * The request body and its Content-Type, by the operation's serializer.
 * With `bodyKey` an undefined value sends no body; otherwise leftover params (or `{}`) are sent.
 */
export function buildBody(
  op: OperationSpec,
  params: Record<string, unknown>,
): { body?: string | FormData; type?: string } {
  if (!op.body) return {};
  const v = op.bodyKey === undefined ? bodyFields(op, params) : params[op.bodyKey];
  return v === undefined ? {} : op.body(v);
}
