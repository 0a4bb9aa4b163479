import type { TypeNode } from "./types.js";

/** Whether a literal value is one of the primitive's values (`3` is an `integer`, `1.5` only a `number`). */
export function isValueOf(value: unknown, primitive: (TypeNode & { kind: "primitive" })["name"]): boolean {
  return primitive === "integer" ? Number.isInteger(value) : typeof value === primitive;
}

/**
 * The types directly inside a type: array items, property and index-signature types, union and intersection
 * members. `withoutReadOnly` leaves out read-only properties, as request-side types do.
 */
export function innerTypes(node: TypeNode, withoutReadOnly = false): TypeNode[] {
  switch (node.kind) {
    case "array":
      return [node.items];
    case "tuple":
      return node.rest === false ? node.items : [...node.items, node.rest];
    case "object":
      return [
        ...node.properties.filter((p) => !(withoutReadOnly && p.readOnly)).map((p) => p.type),
        ...(node.additional === false ? [] : [node.additional]),
      ];
    case "union":
      return node.variants;
    case "intersection":
      return node.parts;
    default:
      return [];
  }
}
