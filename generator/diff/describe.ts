import type { TypeNode } from "../model/types.js";

type Literal = string | number | boolean | null;

// Short type descriptions for messages.

export function describe(node: TypeNode): string {
  const base = describeBase(node);
  return node.nullable ? `${base} | null` : base;
}

function describeBase(node: TypeNode): string {
  switch (node.kind) {
    case "unknown":
      return "unknown";
    case "primitive":
      return node.name;
    case "binary":
      return "binary";
    case "literal":
      return describeLiterals(node.values);
    case "ref":
      return node.name;
    case "tuple":
      return `[${[...node.items.map(describe), ...(node.rest === false ? [] : [`...${describe(node.rest)}[]`])].join(", ")}]`;
    case "array": {
      const items = describe(node.items);
      return /^[\w.]+$/.test(items) ? `${items}[]` : `Array<${items}>`;
    }
    case "object": {
      const names = node.properties.map((p) => p.name);
      if (names.length === 0) return node.additional === false ? "{}" : `{ [key]: ${describe(node.additional)} }`;
      return `{ ${names.slice(0, 3).join(", ")}${names.length > 3 ? ", …" : ""} }`;
    }
    case "union":
      return node.variants.map(describe).join(" | ");
    case "intersection":
      return node.parts.map((p) => (p.kind === "union" || p.nullable ? `(${describe(p)})` : describe(p))).join(" & ");
  }
}

export function describeAll(variants: TypeNode[], nullable = false): string {
  const text = variants.map(describe).join(" | ");
  return nullable ? (text ? `${text} | null` : "null") : text;
}

export function describeLiterals(values: Literal[]): string {
  const shown = values.slice(0, 5).map((v) => JSON.stringify(v));
  return shown.join(" | ") + (values.length > 5 ? " | …" : "");
}
