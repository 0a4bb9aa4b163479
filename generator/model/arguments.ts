import type { Argument, NamedType, Operation, Property, TypeNode } from "./types.js";

/**
 * The one argument object of a call: parameters as fields, then the body's fields (merged) or the body under its
 * key; whether a call may leave it out; whether its type must be stripped of `null`.
 */
export function argumentOf(op: Omit<Operation, "argument">, types: ReadonlyMap<string, NamedType>): Argument {
  const type = argumentType(op);
  return {
    type,
    optional: !hasRequired(type, types, new Set()),
    nonNull: type.kind !== "object" && mayBeNull(type, types, new Set()),
  };
}

function argumentType(op: Omit<Operation, "argument">): TypeNode {
  const fields: Property[] = op.params.map((p) => ({
    name: p.name,
    type: p.type,
    required: p.required,
    readOnly: false,
    docs: p.docs,
  }));
  const body = op.body;
  if (body && !body.merged)
    fields.push({ name: body.bodyKey!, type: body.type, required: body.required, readOnly: false, docs: body.docs });
  const own: TypeNode = { kind: "object", properties: fields, additional: false };
  if (!body?.merged) return own;
  // The argument object is never null, even when the body's schema is nullable.
  if (body.type.kind === "object") {
    const { nullable: _nullable, ...object } = body.type;
    return { ...object, properties: [...fields, ...object.properties] };
  }
  return fields.length ? { kind: "intersection", parts: [own, body.type] } : body.type;
}

/** True when `null` is one of the values of the type (through named types). */
function mayBeNull(node: TypeNode, types: ReadonlyMap<string, NamedType>, seen: Set<string>): boolean {
  if (node.nullable) return true;
  switch (node.kind) {
    case "primitive":
      return node.name === "null";
    case "literal":
      return node.values.includes(null);
    case "ref": {
      const target = follow(node.name, types, seen);
      return target ? mayBeNull(target, types, seen) : false;
    }
    case "union":
      return node.variants.some((v) => mayBeNull(v, types, seen));
    case "intersection":
      return node.parts.every((p) => mayBeNull(p, types, seen));
    default:
      return false;
  }
}

/** True when a value of the type must have at least one field (a required parameter or body field). */
function hasRequired(node: TypeNode, types: ReadonlyMap<string, NamedType>, seen: Set<string>): boolean {
  switch (node.kind) {
    case "object":
      return node.properties.some((p) => p.required && !p.readOnly);
    case "ref": {
      const target = follow(node.name, types, seen);
      return target ? hasRequired(target, types, seen) : false;
    }
    case "intersection":
      return node.parts.some((p) => hasRequired(p, types, seen));
    case "union":
      return node.variants.every((v) => hasRequired(v, types, seen));
    default:
      return node.kind !== "unknown";
  }
}

/** The type a name stands for, once per walk (recursive types end the walk instead of looping). */
function follow(name: string, types: ReadonlyMap<string, NamedType>, seen: Set<string>): TypeNode | undefined {
  if (seen.has(name)) return undefined;
  seen.add(name);
  return types.get(name)?.type;
}
