// The model's types compiled into the runtime's data-only schemas (templates/runtime/validate.ts): what the emitted
// validators check responses with, and what the examples' drift is measured with. No ts-morph here: the drift check
// runs after every generation, in a thread that need not load TypeScript.
import type { ApiModel, NamedType, TypeNode } from "../model/types.js";
import { innerTypes } from "../model/walk.js";
import type { PrimitiveCode, ResponseSchemas, Schema, SchemaTable } from "../../templates/runtime/validate.js";

/** Which side a table checks: responses (every property) or requests (read-only properties are not required). */
export type Side = "output" | "input";

const PRIMITIVES = { string: "s", number: "n", integer: "i", boolean: "b", null: "0" } as const satisfies Record<
  Extract<TypeNode, { kind: "primitive" }>["name"],
  PrimitiveCode
>;
const ANYTHING: PrimitiveCode = "*";

/** TypeNode → the runtime's data-only Schema: the same model that prints the types, compiled for `validate`. */
export function compileSchema(node: TypeNode, side: Side = "output"): Schema {
  const base = compileBase(node, side);
  return node.nullable && base !== ANYTHING ? { z: base } : base;
}

function compileBase(node: TypeNode, side: Side): Schema {
  switch (node.kind) {
    case "unknown":
    case "binary":
      return ANYTHING;
    case "primitive":
      return PRIMITIVES[node.name];
    case "literal":
      return { e: node.values };
    case "ref":
      return node.name;
    case "array":
      return { a: compileSchema(node.items, side) };
    case "tuple":
      return {
        t: node.items.map((item) => compileSchema(item, side)),
        ...(node.rest === false ? { y: false as const } : { y: compileSchema(node.rest, side) }),
      };
    case "union":
      return { u: node.variants.map((v) => compileSchema(v, side)) };
    case "intersection":
      return { i: node.parts.map((p) => compileSchema(p, side)) };
    case "object": {
      const required = node.properties.filter((p) => p.required && !(side === "input" && p.readOnly));
      const extra = node.additional === false ? ANYTHING : compileSchema(node.additional, side);
      return {
        o: Object.fromEntries(node.properties.map((p) => [p.name, compileSchema(p.type, side)])),
        ...(required.length ? { r: required.map((p) => p.name) } : {}),
        ...(extra !== ANYTHING ? { x: extra } : {}),
      };
    }
  }
}

/** Every named type (or only those `roots` reach), compiled. */
export function compileTable(types: readonly NamedType[], side: Side = "output", roots?: TypeNode[]): SchemaTable {
  const byName = new Map(types.map((t) => [t.name, t]));
  const names = roots ? reachable(roots, byName) : new Set(byName.keys());
  return Object.fromEntries(types.filter((t) => names.has(t.name)).map((t) => [t.name, compileSchema(t.type, side)]));
}

function reachable(roots: TypeNode[], byName: ReadonlyMap<string, NamedType>): Set<string> {
  const names = new Set<string>();
  const visit = (node: TypeNode): void => {
    if (node.kind === "ref") {
      const named = byName.get(node.name);
      if (named && !names.has(node.name)) (names.add(node.name), visit(named.type));
    } else innerTypes(node).forEach(visit);
  };
  roots.forEach(visit);
  return names;
}

/** The schemas of every JSON response, keyed as the runtime looks them up (`METHOD /path`). */
export function responseSchemas(model: ApiModel): ResponseSchemas {
  const ops = model.resources.flatMap((r) => r.operations).filter((op) => op.response.kind === "json");
  return {
    types: compileTable(
      model.types,
      "output",
      ops.map((op) => op.response.type),
    ),
    operations: Object.fromEntries(
      ops.map((op) => [
        `${op.httpMethod} ${op.path}`,
        [`${op.resource}.${op.method}`, compileSchema(op.response.type)],
      ]),
    ),
  };
}
