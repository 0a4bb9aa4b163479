import { pointerOf } from "../diagnostics.js";
import { isPresent } from "../load/json.js";
import type { MediaTypeObject, RequestBodyObject, SchemaObject } from "../load/openapi.js";
import type { FieldEncoding } from "../../templates/runtime/operation.js";
import { JSON_TYPE, TEXT_TYPE } from "./media-types.js";
import { deref, type RefContext } from "./refs.js";
import { type SchemaContext, toType } from "./schema.js";
import type { RequestBody, TypeNode } from "./types.js";

export interface RequestBodySource {
  body: RequestBodyObject | undefined;
  /** The operation's parameter names: a body with none of them as fields is spread beside the parameters. */
  paramNames: ReadonlySet<string>;
  /** JSON pointer of the request body. */
  pointer: string;
}

/** The request body, its media type chosen (JSON, then the forms, then text or bytes). */
export function buildRequestBody(
  { body: raw, paramNames, pointer }: RequestBodySource,
  ctx: SchemaContext,
): RequestBody | undefined {
  if (!raw) return undefined;
  const body = deref<RequestBodyObject>(raw, ctx);
  if (!isPresent(body)) return undefined;
  const content = Object.entries(body.content ?? {});
  const pick =
    content.find(([type]) => JSON_TYPE.test(type)) ??
    content.find(([type]) => type === "multipart/form-data") ??
    content.find(([type]) => type === "application/x-www-form-urlencoded");
  let mediaType: RequestBody["mediaType"] = "json";
  let type: TypeNode = { kind: "unknown" };
  let contentType: string | undefined;
  if (pick) {
    mediaType =
      pick[0] === "multipart/form-data"
        ? "multipart"
        : pick[0] === "application/x-www-form-urlencoded"
          ? "form-urlencoded"
          : "json";
    type = toType(pick[1].schema, ctx, `${pointer}/content${pointerOf(pick[0])}/schema`);
  } else if (content.length > 0) {
    // Not JSON nor a form: text (and XML) is sent as a string, anything else as bytes, each with its declared type.
    contentType = (content.find(([t]) => TEXT_TYPE.test(t)) ?? content[0]!)[0];
    mediaType = TEXT_TYPE.test(contentType) ? "text" : "binary";
    type = mediaType === "text" ? { kind: "primitive", name: "string" } : { kind: "binary", stream: true };
  }
  const fields = pick ? objectFieldNames(pick[1].schema, ctx) : undefined;
  const merged = fields !== undefined && ![...fields].some((f) => paramNames.has(f));
  return {
    mediaType,
    ...(contentType ? { contentType } : {}),
    type,
    required: body.required === true,
    merged,
    ...(merged ? {} : { bodyKey: paramNames.has("body") ? "requestBody" : "body" }),
    ...encodingOf(pick?.[1].encoding),
    docs: body.description ? { description: body.description } : {},
  };
}

const STYLES = ["form", "spaceDelimited", "pipeDelimited", "deepObject"] as const;

/** The declared `encoding` of a form or multipart body, kept where it says something the runtime uses. */
function encodingOf(encoding: MediaTypeObject["encoding"]): Pick<RequestBody, "encoding"> {
  const out: Record<string, FieldEncoding> = {};
  for (const [field, e] of Object.entries(encoding ?? {})) {
    if (!isPresent(e) || typeof e !== "object") continue;
    const style = STYLES.find((s) => s === e.style);
    const one: FieldEncoding = {
      ...(style && style !== "form" ? { style } : {}),
      ...(typeof e.explode === "boolean" && e.explode !== ((style ?? "form") === "form") ? { explode: e.explode } : {}),
      ...(typeof e.contentType === "string" ? { contentType: e.contentType } : {}),
    };
    if (Object.keys(one).length) out[field] = one;
  }
  return Object.keys(out).length ? { encoding: out } : {};
}

/** The schema of the body's first media type (where pagination looks for a cursor field). */
export function requestBodySchema(raw: RequestBodyObject | undefined, ctx: RefContext): SchemaObject | undefined {
  const body = deref(raw, ctx);
  return Object.values(body?.content ?? {})[0]?.schema;
}

/** Field names of an object-like body (through refs, allOf, unions), or undefined when it is not object-like. */
function objectFieldNames(
  schema: SchemaObject | undefined,
  ctx: RefContext,
  seen = new Set<string>(),
): Set<string> | undefined {
  const s = deref<SchemaObject>(schema, ctx);
  if (!isPresent(s) || (schema?.$ref && seen.has(schema.$ref))) return undefined;
  if (schema?.$ref) seen.add(schema.$ref);
  // A branch that only says which fields are required (`anyOf: [{ required: [id] }, …]`) adds no field of its own.
  if (Object.keys(s).every((k) => k === "required" || k === "description" || k === "title")) return new Set();
  const branches = s.allOf ?? s.oneOf ?? s.anyOf;
  const names = new Set(Object.keys(s.properties ?? {}));
  if (branches) {
    for (const branch of branches) {
      const inner = objectFieldNames(branch, ctx, seen);
      if (!inner) return undefined;
      inner.forEach((n) => names.add(n));
    }
    return names;
  }
  const isObjectLike =
    s.type === "object" ||
    (Array.isArray(s.type) && s.type.includes("object") && s.type.every((t) => t === "object" || t === "null")) ||
    (s.type === undefined && (s.properties !== undefined || s.additionalProperties !== undefined));
  return isObjectLike ? names : undefined;
}
