import { pointerOf } from "../diagnostics.js";
import { isPresent } from "../load/json.js";
import type { NameRegistry } from "./name-registry.js";
import { pascalCase } from "./naming-rules.js";
import { docsOf, type SchemaContext, toType } from "./schema.js";
import type { NamedType, TypeNode } from "./types.js";
import { innerTypes } from "./walk.js";

/** Each component schema's type name, claimed in document order (`company` → `Company`). */
export function claimTypeNames(ctx: Pick<SchemaContext, "document">, names: NameRegistry): Map<string, string> {
  const schemas = ctx.document.components?.schemas ?? {};
  return new Map(
    Object.keys(schemas).map((key) => [key, names.claim(pascalCase(key), pointerOf("components", "schemas", key))]),
  );
}

/** One named type per component schema, with the request-side variant's name where it needs one. */
export function buildNamedTypes(ctx: SchemaContext, names: NameRegistry): NamedType[] {
  const types: NamedType[] = Object.entries(ctx.document.components?.schemas ?? {}).map(([key, schema]) => ({
    name: ctx.typeNames.get(key)!,
    schemaKey: key,
    type: toType(schema, ctx, pointerOf("components", "schemas", key)),
    docs: { ...(isPresent(schema) && schema.title ? { title: schema.title } : {}), ...docsOf(schema, ctx) },
  }));
  assignInputNames(types, names);
  return types;
}

/**
 * A type whose properties (or the types it uses) are readOnly gets a request-side variant without them,
 * named `<Name>Input`.
 */
function assignInputNames(types: NamedType[], names: NameRegistry): void {
  const byName = new Map(types.map((t) => [t.name, t]));
  const needs = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const t of types) {
      if (!needs.has(t.name) && mentionsReadOnly(t.type, (ref) => needs.has(ref))) {
        needs.add(t.name);
        changed = true;
      }
    }
  }
  for (const name of needs) byName.get(name)!.inputName = names.claim(`${name}Input`);
}

function mentionsReadOnly(node: TypeNode, refNeeds: (name: string) => boolean): boolean {
  if (node.kind === "ref") return refNeeds(node.name);
  if (node.kind === "object" && node.properties.some((p) => p.readOnly)) return true;
  return innerTypes(node).some((inner) => mentionsReadOnly(inner, refNeeds));
}
