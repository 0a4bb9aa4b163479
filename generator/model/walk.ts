import type { TypeNode } from "./types.js";

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
