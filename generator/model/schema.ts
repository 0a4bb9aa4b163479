import { pointerOf, type Reporter, splitPointer } from "../diagnostics.js";
import { isPresent, resolvePointer } from "../load/json.js";
import type { SchemaObject } from "../load/openapi.js";
import type { RefContext } from "./refs.js";
import type { Docs, Property, TypeNode } from "./types.js";

/** What converting a schema needs to know about the rest of the document. */
export interface SchemaContext extends RefContext {
  /** Where problems go; a lenient reporter turns what cannot be expressed into a warning and a fallback type. */
  reporter: Reporter;
  /** Component schema key → decided type name. */
  typeNames: ReadonlyMap<string, string>;
  /** The non-component `$ref`s being inlined, outermost first: meeting one again is a recursion. */
  resolving?: readonly string[];
}

/** How a lenient run ends a warning about what it typed loosely instead of stopping. */
export const FALLBACK_TYPE = "emitted with a fallback type";

const SCHEMA_PREFIX = "#/components/schemas/";
const UNIX_FORMATS = new Set(["date-time", "timestamp", "unix-time", "unixtime"]);

/** Converts one schema into a type node; `pointer` locates it for diagnostics. */
export function toType(schema: SchemaObject | undefined, ctx: SchemaContext, pointer: string): TypeNode {
  if (!isPresent(schema)) return { kind: "unknown" };
  const node = convert(schema, ctx, pointer);
  return schema.nullable === true && !isNullType(node) ? { ...node, nullable: true } : node;
}

function convert(schema: SchemaObject, ctx: SchemaContext, pointer: string): TypeNode {
  if (typeof schema.$ref === "string") return withSiblings(refType(schema.$ref, ctx, pointer), schema, ctx, pointer);
  const combinator = (["allOf", "oneOf", "anyOf"] as const).find((key) => schema[key]);
  if (combinator) return combine(schema, combinator, ctx, pointer);
  if (Array.isArray(schema.enum)) return enumType(schema.enum);
  if (schema.const !== undefined) return enumType([schema.const]);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) {
    return union(types.map((t) => convert({ ...schema, type: t }, ctx, pointer)));
  }
  switch (types[0]) {
    case "string":
      return schema.format === "binary" ? { kind: "binary" } : { kind: "primitive", name: "string" };
    case "integer":
    case "number":
      return { kind: "primitive", name: types[0] };
    case "boolean":
      return { kind: "primitive", name: "boolean" };
    case "null":
      return { kind: "primitive", name: "null" };
    case "array":
      return arrayType(schema, ctx, pointer);
    case "object":
      return objectType(schema, ctx, pointer);
    default:
      // No `type`: an object when it has object keywords, otherwise anything.
      if (schema.properties || schema.additionalProperties !== undefined) return objectType(schema, ctx, pointer);
      if (schema.items !== undefined || schema.prefixItems) return arrayType(schema, ctx, pointer);
      return { kind: "unknown" };
  }
}

function refType(ref: string, ctx: SchemaContext, pointer: string): TypeNode {
  if (ctx.brokenRefs.has(ref)) return { kind: "unknown" };
  if (ref.startsWith(SCHEMA_PREFIX)) {
    const key = splitPointer(ref).at(-1)!;
    const name = ctx.typeNames.get(key);
    if (name) return { kind: "ref", name };
  }
  // A reference to a schema somewhere else in the document (or nested in a component): inline it.
  if (ctx.resolving?.includes(ref)) {
    ctx.reporter.warn(
      "recursive-inline-ref",
      `${pointer}/$ref`,
      `\`${ref}\` refers to itself and is not a component schema; typed \`unknown\` there`,
      "move the schema under components/schemas",
    );
    return { kind: "unknown" };
  }
  const target = resolvePointer(ctx.document, ref) as SchemaObject | undefined;
  return toType(target, { ...ctx, resolving: [...(ctx.resolving ?? []), ref] }, ref.slice(1));
}

/** `$ref` with sibling keys: `nullable`/docs are handled by the caller; schema keywords beside it add constraints. */
function withSiblings(ref: TypeNode, schema: SchemaObject, ctx: SchemaContext, pointer: string): TypeNode {
  const {
    $ref: _ref,
    nullable: _n,
    description: _d,
    title: _t,
    example: _e,
    deprecated: _dep,
    readOnly: _r,
    writeOnly: _w,
    default: _def,
    ...rest
  } = schema;
  const constraining = rest.properties || rest.allOf || rest.oneOf || rest.anyOf || rest.enum;
  if (!constraining) return ref;
  return intersection([ref, convert(rest as SchemaObject, ctx, pointer)]);
}

/** `allOf` → an intersection of its parts; `oneOf`/`anyOf` → a union. */
function combine(
  schema: SchemaObject,
  key: "allOf" | "oneOf" | "anyOf",
  ctx: SchemaContext,
  pointer: string,
): TypeNode {
  const parts = schema[key]!;
  let nodes = parts.map((part, i) =>
    requiredOnly(part) && schema.properties
      ? requiring(part.required!, schema, ctx, `${pointer}/${key}/${i}`)
      : toType(part, ctx, `${pointer}/${key}/${i}`),
  );
  const isUnion = key !== "allOf";
  if (isUnion && schema.discriminator) nodes = narrowByDiscriminator(nodes, parts, schema.discriminator);
  const combined = isUnion ? union(nodes) : intersection(nodes);
  // Keywords beside allOf/oneOf/anyOf (properties, type: object) apply to every branch.
  const { allOf: _a, oneOf: _o, anyOf: _y, discriminator: _dd, nullable: _n, ...rest } = schema;
  if (!rest.properties && rest.additionalProperties === undefined) return combined;
  return intersection([objectType(rest as SchemaObject, ctx, pointer), combined]);
}

/** A branch that only says which fields must be present (`anyOf: [{ required: [email] }, …]`). */
function requiredOnly(part: SchemaObject): boolean {
  return (
    isPresent(part) &&
    Array.isArray(part.required) &&
    Object.keys(part).every((k) => k === "required" || k === "title" || k === "description")
  );
}

/** Such a branch as the object it asks for: the named fields of the parent, required. */
function requiring(names: string[], parent: SchemaObject, ctx: SchemaContext, pointer: string): TypeNode {
  const properties: Property[] = names
    .filter((name) => parent.properties?.[name] !== undefined)
    .map((name) => ({
      name,
      type: toType(parent.properties![name], ctx, `${pointer}/required`),
      required: true,
      readOnly: false,
      docs: {},
    }));
  return { kind: "object", properties, additional: false };
}

/** With a discriminator, each branch gets its tag value as a literal, so TypeScript can narrow on it. */
function narrowByDiscriminator(
  nodes: TypeNode[],
  parts: SchemaObject[],
  discriminator: { propertyName: string; mapping?: Record<string, string> },
): TypeNode[] {
  // Several tag values may map to one branch (`content_snippet` and `internal_article` → the same item schema).
  const valuesOf = new Map<string, string[]>();
  for (const [value, ref] of Object.entries(discriminator.mapping ?? {})) {
    const key = ref.startsWith("#") ? ref : `${SCHEMA_PREFIX}${ref}`;
    valuesOf.set(key, [...(valuesOf.get(key) ?? []), value]);
  }
  return nodes.map((node, i) => {
    const ref = parts[i]?.$ref;
    if (!ref) return node;
    const values = valuesOf.get(ref) ?? (discriminator.mapping ? undefined : [splitPointer(ref).at(-1)!]);
    if (values === undefined) return node;
    const tag: Property = {
      name: discriminator.propertyName,
      type: { kind: "literal", values },
      required: true,
      readOnly: false,
      docs: {},
    };
    return intersection([node, { kind: "object", properties: [tag], additional: false }]);
  });
}

function enumType(values: unknown[]): TypeNode {
  const literals = values.filter(
    (v): v is string | number | boolean | null => v === null || ["string", "number", "boolean"].includes(typeof v),
  );
  return literals.length > 0 ? { kind: "literal", values: [...new Set(literals)] } : { kind: "unknown" };
}

/** `items` → `T[]`; 3.1 `prefixItems` → a tuple, closed by `items: false`; `items: false` alone → `[]`. */
function arrayType(schema: SchemaObject, ctx: SchemaContext, pointer: string): TypeNode {
  const { items, prefixItems } = schema;
  const rest: TypeNode | false =
    items === false
      ? false
      : Array.isArray(items)
        ? union(items.map((s, i) => toType(s, ctx, `${pointer}/items/${i}`)))
        : toType(items === true ? undefined : items, ctx, `${pointer}/items`);
  if (!Array.isArray(prefixItems))
    return rest === false ? { kind: "tuple", items: [], rest } : { kind: "array", items: rest };
  const positions = prefixItems.map((s, i) => toType(s, ctx, `${pointer}/prefixItems/${i}`));
  return { kind: "tuple", items: positions, rest };
}

function objectType(schema: SchemaObject, ctx: SchemaContext, pointer: string): TypeNode {
  const required = new Set(schema.required ?? []);
  const properties: Property[] = Object.entries(schema.properties ?? {}).map(([name, prop]) => ({
    name,
    type: toType(prop, ctx, `${pointer}${pointerOf("properties", name)}`),
    required: required.has(name),
    readOnly: isPresent(prop) && prop.readOnly === true,
    docs: docsOf(prop, ctx),
  }));
  for (const name of required) {
    if (!schema.properties || !Object.hasOwn(schema.properties, name)) {
      ctx.reporter.warn(
        "required-not-a-property",
        `${pointer}/required`,
        `\`${name}\` is required but not among the properties; ignored`,
        "add the property or remove it from `required`",
      );
    }
  }
  const ap = schema.additionalProperties;
  const apSchema = typeof ap === "object" && ap !== null ? ap : undefined;
  const additional: TypeNode | false =
    ap === true || (apSchema && Object.keys(apSchema).length === 0)
      ? { kind: "unknown" }
      : apSchema
        ? toType(apSchema, ctx, `${pointer}/additionalProperties`)
        : false;
  if (properties.length === 0 && additional === false && schema.additionalProperties === undefined) {
    // `type: object` with nothing else: any object.
    return { kind: "object", properties: [], additional: { kind: "unknown" } };
  }
  return { kind: "object", properties, additional };
}

/** The documentation of a schema used as a property or parameter. */
export function docsOf(schema: SchemaObject | undefined, ctx: SchemaContext): Docs {
  if (!isPresent(schema)) return {};
  const target =
    schema.$ref && !ctx.brokenRefs.has(schema.$ref)
      ? (resolvePointer(ctx.document, schema.$ref) as SchemaObject | undefined)
      : undefined;
  const type = schema.type ?? target?.type;
  const format = schema.format ?? target?.format;
  const docs: Docs = {};
  if (typeof schema.description === "string" && schema.description.trim()) docs.description = schema.description;
  if (schema.deprecated === true) docs.deprecated = true;
  if (schema.default !== undefined) docs.default = schema.default;
  if (schema.readOnly === true) docs.readOnly = true;
  if ((type === "integer" || type === "number") && format && UNIX_FORMATS.has(format)) {
    docs.formatNote = "Unix timestamp in seconds.";
  }
  return docs;
}

/** Types that already accept null. */
function isNullType(node: TypeNode): boolean {
  return (
    (node.kind === "primitive" && node.name === "null") ||
    node.kind === "unknown" ||
    (node.kind === "literal" && node.values.includes(null))
  );
}

/** A union of the nodes, flattened, without repeats (`200` and `201` with one schema, `[integer, number]`). */
export function union(nodes: TypeNode[]): TypeNode {
  let flat = nodes.flatMap((n) => (n.kind === "union" && !n.nullable ? n.variants : [n]));
  if (flat.some((n) => n.kind === "unknown")) return { kind: "unknown" };
  // `number` already takes every integer.
  if (flat.some((n) => isPrimitive(n, "number"))) flat = flat.filter((n) => !isPrimitive(n, "integer"));
  const seen = new Set<string>();
  const distinct = flat.filter((n) => {
    const key = JSON.stringify(n);
    return !seen.has(key) && Boolean(seen.add(key));
  });
  return distinct.length === 1 ? distinct[0]! : { kind: "union", variants: distinct };
}

const isPrimitive = (node: TypeNode, name: string): boolean =>
  node.kind === "primitive" && node.name === name && !node.nullable;

export function intersection(nodes: TypeNode[]): TypeNode {
  const parts = nodes.filter((n) => n.kind !== "unknown");
  if (parts.length === 0) return { kind: "unknown" };
  return parts.length === 1 ? parts[0]! : { kind: "intersection", parts };
}
