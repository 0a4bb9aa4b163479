import { pointerOf, Reporter } from "../diagnostics.js";
import { isObject, isPresent } from "../load/json.js";
import type { LoadedSpec } from "../load/load-document.js";
import { HTTP_METHODS, type MediaTypeObject, type SchemaObject } from "../load/openapi.js";
import { deref } from "../model/refs.js";
import { type SchemaContext, toType } from "../model/schema.js";
import type { ApiModel, TypeNode } from "../model/types.js";
import type { Side } from "../emit/schema-table.js";

/** One example of the description, with the type it claims to be. */
export interface Example {
  /** JSON pointer of the example value. */
  pointer: string;
  /** Where its schema sits, for people: `company.size`, `GET /companies/{company_id} 200`. */
  where: string;
  value: unknown;
  type: TypeNode;
  /** Responses and schemas are checked as the API sends them; request bodies and parameters as we send them. */
  side: Side;
}

/**
 * Every `example` and `examples` entry of the description: on schemas (components and inline, down through
 * properties, items and combinators), on parameters and on request and response media types. Types come from the
 * same converter as the model's, so an example is checked against exactly the type the package declares.
 */
export function collectExamples(spec: LoadedSpec, model: ApiModel): Example[] {
  const ctx: SchemaContext = {
    document: spec.document,
    reporter: new Reporter(spec.file), // the model stage already reported every defect
    brokenRefs: spec.brokenRefs,
    typeNames: new Map(model.types.map((t) => [t.schemaKey, t.name])),
  };
  const found: Example[] = [];
  const add = (pointer: string, where: string, value: unknown, schema: SchemaObject | undefined, side: Side) => {
    if (value !== undefined && isPresent(schema))
      found.push({ pointer, where, value, type: toType(schema, ctx, pointer), side });
  };

  /** A schema and the schemas inside it; `$ref`s are not followed (their targets are visited where they live). */
  const schemaExamples = (schema: SchemaObject | undefined, pointer: string, where: string, side: Side): void => {
    if (!isPresent(schema) || typeof schema.$ref === "string") return;
    add(`${pointer}/example`, where, schema.example, schema, side);
    for (const [name, prop] of Object.entries(schema.properties ?? {}))
      schemaExamples(prop, `${pointer}${pointerOf("properties", name)}`, `${where}.${name}`, side);
    if (isObject(schema.items)) schemaExamples(schema.items as SchemaObject, `${pointer}/items`, `${where}[]`, side);
    if (isObject(schema.additionalProperties))
      schemaExamples(
        schema.additionalProperties as SchemaObject,
        `${pointer}/additionalProperties`,
        `${where}.*`,
        side,
      );
    for (const key of ["allOf", "oneOf", "anyOf"] as const)
      (schema[key] ?? []).forEach((part, i) => schemaExamples(part, `${pointer}/${key}/${i}`, where, side));
  };

  const mediaExamples = (
    content: Record<string, MediaTypeObject> | undefined,
    pointer: string,
    where: string,
    side: Side,
  ) => {
    for (const [type, raw] of Object.entries(content ?? {})) {
      const media = deref(raw, ctx);
      if (!isPresent(media)) continue;
      const at = `${pointer}${pointerOf("content", type)}`;
      const m = media as MediaTypeObject & { example?: unknown; examples?: Record<string, unknown> };
      add(`${at}/example`, where, m.example, m.schema, side);
      for (const [name, entry] of Object.entries(m.examples ?? {})) {
        const value = deref(entry as { value?: unknown }, ctx)?.value;
        add(`${at}${pointerOf("examples", name, "value")}`, where, value, m.schema, side);
      }
      schemaExamples(m.schema, `${at}/schema`, where, side);
    }
  };

  for (const [key, schema] of Object.entries(spec.document.components?.schemas ?? {}))
    schemaExamples(schema, pointerOf("components", "schemas", key), key, "output");
  for (const [path, item] of Object.entries(spec.document.paths ?? {})) {
    if (!isPresent(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isPresent(op)) continue;
      const at = pointerOf("paths", path, method);
      const route = `${method.toUpperCase()} ${path}`;
      for (const [i, raw] of (op.parameters ?? []).entries()) {
        const param = deref(raw, ctx) as { name?: string; example?: unknown; schema?: SchemaObject } | undefined;
        if (!isPresent(param)) continue;
        add(`${at}/parameters/${i}/example`, `${route} ${param.name ?? ""}`, param.example, param.schema, "input");
        schemaExamples(param.schema, `${at}/parameters/${i}/schema`, `${route} ${param.name ?? ""}`, "input");
      }
      const body = deref(op.requestBody, ctx);
      if (isPresent(body)) mediaExamples(body.content, `${at}/requestBody`, `${route} request`, "input");
      for (const [status, raw] of Object.entries(op.responses ?? {})) {
        const response = deref(raw, ctx);
        if (isPresent(response))
          mediaExamples(response.content, `${at}${pointerOf("responses", status)}`, `${route} ${status}`, "output");
      }
    }
  }
  return found;
}
