import type { TypeNode } from "../model/types.js";
import { isIdentifier } from "../model/naming-rules.js";
import { inlineDoc } from "./docs.js";

/**
 * How a type is printed. Request-side types ("input") leave readOnly properties out and use the `<Name>Input`
 * variants of named types that have them.
 */
export interface PrintMode {
  side: "output" | "input";
  inputNames: ReadonlyMap<string, string>;
}

/** TypeNode → TypeScript type expression (prettier formats it afterwards). */
export function printType(node: TypeNode, mode: PrintMode): string {
  const base = printBase(node, mode);
  return node.nullable ? `${wrapForUnion(base, node)} | null` : base;
}

function printBase(node: TypeNode, mode: PrintMode): string {
  switch (node.kind) {
    case "unknown":
      return "unknown";
    case "primitive":
      return node.name === "integer" ? "number" : node.name;
    case "binary":
      return node.stream ? "Blob | Uint8Array | ArrayBuffer | ReadableStream" : "Blob | Uint8Array";
    case "literal":
      return node.values.map((v) => (v === null ? "null" : JSON.stringify(v))).join(" | ");
    case "ref":
      return mode.side === "input" ? (mode.inputNames.get(node.name) ?? node.name) : node.name;
    case "tuple": {
      const items = node.items.map((item) => printType(item, mode));
      if (node.rest !== false) items.push(`...${printBase({ kind: "array", items: node.rest }, mode)}`);
      return `[${items.join(", ")}]`;
    }
    case "array": {
      const items = printType(node.items, mode);
      return /^[\w.]+$/.test(items) ? `${items}[]` : `Array<${items}>`;
    }
    case "object":
      return printObject(node, mode);
    case "union":
      return node.variants.map((v) => wrapForUnion(printType(v, mode), v)).join(" | ");
    case "intersection": {
      // An object part left without members (e.g. only read-only fields, on the input side) adds nothing to an
      // intersection; printed as `Record<string, never>` it would forbid the other parts' fields.
      const parts = node.parts.map((p) => wrapForIntersection(printType(p, mode), p));
      const kept = parts.filter((text) => text !== EMPTY_OBJECT);
      return kept.length > 0 ? kept.join(" & ") : EMPTY_OBJECT;
    }
  }
}

const EMPTY_OBJECT = "Record<string, never>";

/** Members of an object type, shared by inline object literals and interfaces. */
export function printObject(node: Extract<TypeNode, { kind: "object" }>, mode: PrintMode): string {
  const members = propertiesFor(node, mode).map(
    (p) => `${inlineDoc(p.docs)}${propertyName(p.name)}${p.required ? "" : "?"}: ${printType(p.type, mode)};`,
  );
  if (node.additional !== false) members.push(`[key: string]: ${indexSignatureType(node, mode)};`);
  return members.length === 0 ? EMPTY_OBJECT : `{\n${members.join("\n")}\n}`;
}

/** The properties a side shows: request-side types leave read-only ones out. */
export function propertiesFor(node: Extract<TypeNode, { kind: "object" }>, mode: PrintMode) {
  return mode.side === "input" ? node.properties.filter((p) => !p.readOnly) : node.properties;
}

/**
 * With named properties beside an index signature, every property must fit the signature: TypeScript requires it,
 * so the signature widens to `unknown` unless all properties already match.
 */
export function indexSignatureType(node: Extract<TypeNode, { kind: "object" }>, mode: PrintMode): string {
  if (node.additional === false) return "never";
  const additional = printType(node.additional, mode);
  const fits = node.properties.every((p) => printType(p.type, mode) === additional && p.required);
  return node.properties.length === 0 || fits ? additional : "unknown";
}

export function propertyName(name: string): string {
  return isIdentifier(name) ? name : JSON.stringify(name);
}

function wrapForUnion(text: string, node: TypeNode): string {
  return node.kind === "intersection" ? `(${text})` : text;
}

function wrapForIntersection(text: string, node: TypeNode): string {
  return node.kind === "union" || node.nullable ? `(${text})` : text;
}
