import { pointerOf } from "../diagnostics.js";
import { isPresent } from "../load/json.js";
import type { OperationObject, ResponseObject, SchemaObject } from "../load/openapi.js";
import { JSON_TYPE } from "./media-types.js";
import { deref, type RefContext } from "./refs.js";
import { type SchemaContext, toType, union } from "./schema.js";
import type { ResponseModel, TypeNode } from "./types.js";

/** The success response: the 2xx responses (or `default` when there is none), as one type and one reading rule. */
export function buildResponse(operation: OperationObject, ctx: SchemaContext, pointer: string): ResponseModel {
  const entries = Object.entries(operation.responses ?? {});
  const success = entries.filter(([code]) => /^2(\d\d|XX)$/i.test(code));
  const chosen = success.length > 0 ? success : entries.filter(([code]) => code === "default");
  const types: TypeNode[] = [];
  let kind: ResponseModel["kind"] = "none";
  let description: string | undefined;
  let mediaTypeOf: string | undefined;
  let jsonMediaType: string | undefined;
  for (const [code, raw] of chosen) {
    const response = deref<ResponseObject>(raw, ctx);
    if (!isPresent(response)) continue;
    description ??= response.description;
    const content = Object.entries(response.content ?? {});
    if (code === "204" || content.length === 0) {
      types.push({ kind: "primitive", name: "null" });
      continue;
    }
    const json = content.find(([type]) => JSON_TYPE.test(type));
    const [mediaType, media] = json ?? content[0]!;
    const at = `${pointer}/responses${pointerOf(code, "content", mediaType)}/schema`;
    if (json) {
      kind = "json";
      // Only another JSON type (`application/ld+json`) is asked for by name: servers that check Accept refuse the
      // client's default `application/json` for it.
      if (!/^application\/json\b|^\*\/\*$/.test(mediaType) && !content.some(([t]) => /^application\/json\b/.test(t)))
        jsonMediaType ??= mediaType;
      types.push(toType(media.schema, ctx, at));
    } else if (mediaType.startsWith("text/")) {
      if (kind === "none") kind = "text";
      mediaTypeOf ??= mediaType;
      types.push({ kind: "primitive", name: "string" });
    } else {
      if (kind === "none") kind = "binary";
      mediaTypeOf ??= mediaType;
      types.push({ kind: "binary" });
    }
  }
  const nonEmpty = types.filter((t) => !(t.kind === "primitive" && t.name === "null"));
  const docs = {
    ...(description ? { description } : {}),
    ...(kind === "json"
      ? jsonMediaType
        ? { mediaType: jsonMediaType }
        : {}
      : mediaTypeOf
        ? { mediaType: mediaTypeOf }
        : {}),
  };
  if (nonEmpty.length === 0) return { kind: "none", type: { kind: "unknown" }, mayBeEmpty: true, ...docs };
  // An empty success response (204) beside a JSON one reads as `undefined`.
  return { kind, type: union(nonEmpty), mayBeEmpty: nonEmpty.length < types.length, ...docs };
}

/** The JSON schema of the first 2xx response (where pagination finds the items and the next cursor). */
export function successSchema(operation: OperationObject, ctx: RefContext): SchemaObject | undefined {
  const code = Object.keys(operation.responses ?? {}).find((c) => /^2\d\d$/.test(c));
  const response = code ? deref(operation.responses![code], ctx) : undefined;
  return Object.entries(response?.content ?? {}).find(([t]) => t.includes("json"))?.[1].schema;
}
