import { isObject, isPresent, resolvePointer } from "../load/json.js";
import type {
  MediaTypeObject,
  OperationObject,
  ParameterObject,
  PathItemObject,
  SchemaObject,
} from "../load/openapi.js";
import { JSON_TYPE } from "./media-types.js";
import { deref, type RefContext, resolved } from "./refs.js";
import type { NamedType, Operation, SampleValue, TypeNode } from "./types.js";

/**
 * A sample call's argument, from the description's own example values: each parameter's `example` (or first
 * `examples` entry, or its schema's), and the request body's (media type, then schema, then composed from its
 * properties' examples). The value is then fitted to the argument's type: what the type does not have (a field it
 * does not declare, a read-only one, a value of the wrong type) is left out, and what the type requires but the
 * description gives no value for is filled with a placeholder (`"…"`, `1`, the first enum value), so the sample
 * compiles. Undefined when the argument may be left out and the description has nothing to put in it.
 */
export function sampleOf(
  op: Omit<Operation, "sample" | "throws">,
  types: ReadonlyMap<string, NamedType>,
  ctx: RefContext,
): SampleValue | undefined {
  const described = describedArgument(op, ctx);
  const sample = fit(op.argument.type, described, { types, depth: 0 }) ?? placeholder(op.argument.type, types, 0);
  return op.argument.optional && sample.kind === "object" && sample.fields.length === 0 ? undefined : sample;
}

/** Path parameters, then query and headers, then the body: the argument object as the description exemplifies it. */
function describedArgument(op: Omit<Operation, "sample" | "throws">, ctx: RefContext): Record<string, unknown> {
  const segments = op.pointer.split("/").slice(1);
  const itemPointer = `/${segments.slice(0, -1).join("/")}`;
  const item = resolvePointer(ctx.document, itemPointer) as PathItemObject | undefined;
  const raw = resolvePointer(ctx.document, op.pointer) as OperationObject | undefined;
  const value: Record<string, unknown> = {};
  for (const p of [...(item?.parameters ?? []), ...(raw?.parameters ?? [])]) {
    const param = deref<ParameterObject & { example?: unknown; examples?: Record<string, unknown> }>(p, ctx);
    if (!isPresent(param)) continue;
    const example = param.example ?? firstExample(param.examples, ctx) ?? schemaExample(param.schema, ctx, 0);
    if (example !== undefined) value[param.name] = example;
  }
  const body = bodyExample(raw, ctx);
  if (body === undefined || !op.body) return value;
  if (!op.body.merged) return { ...value, [op.body.bodyKey!]: body };
  return isObject(body) ? { ...body, ...value } : value;
}

function bodyExample(raw: OperationObject | undefined, ctx: RefContext): unknown {
  const body = deref(raw?.requestBody, ctx);
  if (!isPresent(body)) return undefined;
  const content = Object.entries(body.content ?? {});
  const media = deref((content.find(([type]) => JSON_TYPE.test(type)) ?? content[0])?.[1], ctx) as
    (MediaTypeObject & { example?: unknown; examples?: Record<string, unknown> }) | undefined;
  if (!isPresent(media)) return undefined;
  return media.example ?? firstExample(media.examples, ctx) ?? schemaExample(media.schema, ctx, 0);
}

/** The value of the first entry of an `examples` map (each an Example Object, perhaps a `$ref`). */
function firstExample(examples: Record<string, unknown> | undefined, ctx: RefContext): unknown {
  const first = Object.values(examples ?? {})[0];
  return deref(first as { value?: unknown } | undefined, ctx)?.value;
}

/** A schema's `example`, else one composed from its properties', items' or first alternative's examples. */
function schemaExample(raw: SchemaObject | undefined, ctx: RefContext, depth: number): unknown {
  const schema = resolved(raw, ctx);
  if (!schema || depth > 6) return undefined;
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.properties || schema.allOf) {
    const composed: Record<string, unknown> = {};
    for (const part of schema.allOf ?? []) {
      const value = schemaExample(part, ctx, depth + 1);
      if (isObject(value)) Object.assign(composed, value);
    }
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      const value = schemaExample(prop, ctx, depth + 1);
      if (value !== undefined) composed[name] = value;
    }
    return Object.keys(composed).length > 0 ? composed : undefined;
  }
  if (isObject(schema.items)) {
    const item = schemaExample(schema.items as SchemaObject, ctx, depth + 1);
    return item === undefined ? undefined : [item];
  }
  for (const alternative of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) {
    const value = schemaExample(alternative, ctx, depth + 1);
    if (value !== undefined) return value;
  }
  return undefined;
}

interface Fitting {
  types: ReadonlyMap<string, NamedType>;
  depth: number;
}

/** Lists in a sample stay short: their first items show the shape. */
const MAX_ITEMS = 2;

/** The value as the type accepts it, or undefined when it cannot be one of the type's values. */
function fit(type: TypeNode, value: unknown, f: Fitting): SampleValue | undefined {
  if (value === undefined || f.depth > 12) return undefined;
  const next = { ...f, depth: f.depth + 1 };
  if (value === null) return type.nullable || type.kind === "unknown" ? { kind: "json", value: null } : nullIn(type, f);
  switch (type.kind) {
    case "unknown":
      return { kind: "json", value };
    case "primitive": {
      const ok = type.name === "integer" ? Number.isInteger(value) : type.name !== "null" && typeof value === type.name;
      return ok ? { kind: "json", value } : undefined;
    }
    case "literal":
      return type.values.includes(value as string) ? { kind: "json", value } : undefined;
    case "ref": {
      const named = f.types.get(type.name);
      return named ? fit(named.type, value, next) : undefined;
    }
    case "array": {
      if (!Array.isArray(value)) return undefined;
      const items = value.slice(0, MAX_ITEMS).map((v) => fit(type.items, v, next));
      return items.every((i): i is SampleValue => i !== undefined) ? { kind: "array", items } : undefined;
    }
    case "tuple": {
      if (!Array.isArray(value) || value.length < type.items.length) return undefined;
      const items = type.items.map((t, i) => fit(t, value[i], next));
      return items.every((i): i is SampleValue => i !== undefined) ? { kind: "array", items } : undefined;
    }
    case "object": {
      if (!isObject(value)) return undefined;
      const fields: { name: string; value: SampleValue }[] = [];
      for (const prop of type.properties) {
        if (prop.readOnly) continue;
        const fitted = fit(prop.type, value[prop.name], next);
        if (fitted) fields.push({ name: prop.name, value: fitted });
        else if (prop.required) fields.push({ name: prop.name, value: placeholder(prop.type, f.types, f.depth + 1) });
      }
      if (type.additional) {
        const declared = new Set(type.properties.map((p) => p.name));
        for (const [name, v] of Object.entries(value)) {
          const fitted = declared.has(name) ? undefined : fit(type.additional, v, next);
          if (fitted) fields.push({ name, value: fitted });
        }
      }
      return { kind: "object", fields };
    }
    case "union": {
      // The alternative that keeps the most of the example (a variant that fits only by placeholders keeps less).
      const fitted = type.variants.map((v) => fit(v, value, next)).filter((v): v is SampleValue => v !== undefined);
      return fitted.sort((a, b) => kept(b) - kept(a))[0];
    }
    case "intersection": {
      const parts = type.parts.map((p) => fit(p, value, next));
      if (parts.some((p) => p === undefined || p.kind !== "object")) return undefined;
      const fields = new Map<string, SampleValue>();
      for (const part of parts as Extract<SampleValue, { kind: "object" }>[])
        for (const field of part.fields) if (!fields.has(field.name)) fields.set(field.name, field.value);
      return { kind: "object", fields: [...fields].map(([name, value]) => ({ name, value })) };
    }
    default:
      return undefined;
  }
}

/** `null` where the type allows it only inside a union or a named type. */
function nullIn(type: TypeNode, f: Fitting): SampleValue | undefined {
  if (type.kind === "literal" && type.values.includes(null)) return { kind: "json", value: null };
  if (type.kind === "primitive" && type.name === "null") return { kind: "json", value: null };
  if (type.kind === "ref") {
    const named = f.types.get(type.name);
    return named && f.depth < 12 ? fit(named.type, null, { ...f, depth: f.depth + 1 }) : undefined;
  }
  if (type.kind === "union") return type.variants.map((v) => nullIn(v, f)).find(Boolean);
  return undefined;
}

/** How much of a fitted value came from the example (fields and items count). */
function kept(value: SampleValue): number {
  if (value.kind === "object") return value.fields.reduce((n, field) => n + 1 + kept(field.value), 0);
  if (value.kind === "array") return value.items.reduce((n, item) => n + 1 + kept(item), 0);
  return value.kind === "json" && !value.placeholder ? 1 : 0;
}

/** A value of the type when the description has none: required fields only, the first alternative of a union. */
export function placeholder(type: TypeNode, types: ReadonlyMap<string, NamedType>, depth: number): SampleValue {
  if (depth > 8) return { kind: "object", fields: [] };
  switch (type.kind) {
    case "primitive":
      return {
        kind: "json",
        value: { string: "…", number: 1, integer: 1, boolean: true, null: null }[type.name],
        placeholder: true,
      };
    case "literal":
      return { kind: "json", value: type.values[0] ?? null, placeholder: true };
    case "binary":
      return { kind: "bytes" };
    case "array":
      return { kind: "array", items: [] };
    case "tuple":
      return { kind: "array", items: type.items.map((t) => placeholder(t, types, depth + 1)) };
    case "union":
      return placeholder(type.variants[0]!, types, depth + 1);
    case "ref": {
      const named = types.get(type.name);
      return named ? placeholder(named.type, types, depth + 1) : { kind: "object", fields: [] };
    }
    case "intersection": {
      const fields = type.parts.flatMap((p) => {
        const part = placeholder(p, types, depth + 1);
        return part.kind === "object" ? part.fields : [];
      });
      return { kind: "object", fields: fields.filter((f, i) => fields.findIndex((o) => o.name === f.name) === i) };
    }
    case "object":
      return {
        kind: "object",
        fields: type.properties
          .filter((p) => p.required && !p.readOnly)
          .map((p) => ({ name: p.name, value: placeholder(p.type, types, depth + 1) })),
      };
    default:
      return { kind: "object", fields: [] };
  }
}
