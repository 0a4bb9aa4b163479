import { isObject, isPresent, resolvePointer } from "../load/json.js";
import type { OpenApiDocument, SchemaObject } from "../load/openapi.js";

/** What following a `$ref` needs: the document, and the references the load stage found pointing to nothing. */
export interface RefContext {
  document: OpenApiDocument;
  brokenRefs: ReadonlySet<string>;
}

/** Follows a `$ref` of a parameter, body or response (schemas are followed by the schema stage). */
export function deref<T>(value: T | undefined, ctx: RefContext): T | undefined {
  let current: unknown = value;
  for (let hops = 0; isObject(current) && typeof current["$ref"] === "string" && hops < 20; hops++) {
    if (ctx.brokenRefs.has(current["$ref"])) return undefined;
    current = resolvePointer(ctx.document, current["$ref"]);
  }
  return current as T | undefined;
}

/** The schema a `$ref` leads to (or the schema itself); undefined when there is none. */
export function resolved(schema: SchemaObject | undefined, ctx: RefContext): SchemaObject | undefined {
  const s = deref<SchemaObject>(schema, ctx);
  return isPresent(s) ? s : undefined;
}

/** The schema at a dotted property path, following `$ref`s and `allOf`. */
export function schemaAt(schema: SchemaObject | undefined, path: string, ctx: RefContext): SchemaObject | undefined {
  let current = resolved(schema, ctx);
  for (const key of path.split(".")) {
    const prop =
      current?.properties?.[key] ?? current?.allOf?.map((s) => resolved(s, ctx)?.properties?.[key]).find(Boolean);
    current = resolved(prop, ctx);
    if (!current) return undefined;
  }
  return current;
}

/** The properties of an object schema, with those of its `allOf`/`anyOf`/`oneOf` parts (DigitalOcean composes lists). */
export function propertiesOf(
  schema: SchemaObject | undefined,
  ctx: RefContext,
  depth = 0,
): Record<string, SchemaObject> {
  const s = resolved(schema, ctx);
  if (!s || depth > 8) return {};
  const parts = [...(s.allOf ?? []), ...(s.anyOf ?? []), ...(s.oneOf ?? [])];
  return Object.assign({}, ...parts.map((p) => propertiesOf(p, ctx, depth + 1)), s.properties ?? {});
}
