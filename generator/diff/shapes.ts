import type { NamedType, Property, TypeNode } from "../model/types.js";
import { isValueOf } from "../model/walk.js";

/** The shapes the type walker compares: a type as nullability plus alternatives, an object's fields, union matching. */

export type Literal = string | number | boolean | null;
type LiteralNode = Extract<TypeNode, { kind: "literal" }>;

export interface Fields {
  properties: Map<string, Property>;
  additional: TypeNode | false;
}

/** The type without its nulls, as a list of alternatives (all literal alternatives together form one enum). */
export function normalize(node: TypeNode): { nullable: boolean; variants: TypeNode[] } {
  let nullable = false;
  const variants: TypeNode[] = [];
  const add = (n: TypeNode): void => {
    if (n.nullable) nullable = true;
    if (n.kind === "primitive" && n.name === "null") nullable = true;
    else if (n.kind === "union") n.variants.forEach(add);
    else if (n.kind === "literal") {
      if (n.values.includes(null)) nullable = true;
      const values = n.values.filter((v) => v !== null);
      if (values.length > 0) variants.push({ kind: "literal", values });
    } else variants.push(stripNull(n));
  };
  add(node);
  const literals = variants.filter((v): v is LiteralNode => v.kind === "literal");
  if (literals.length > 1) {
    const merged: TypeNode = { kind: "literal", values: literals.flatMap((l) => l.values) };
    return { nullable, variants: [...variants.filter((v) => v.kind !== "literal"), merged] };
  }
  return { nullable, variants };
}

function stripNull(node: TypeNode): TypeNode {
  if (!node.nullable) return node;
  const { nullable: _n, ...rest } = node;
  return rest as TypeNode;
}

/** The properties of an object-like type (object, intersection of objects, reference to one), or undefined. */
export function fieldsOf(
  node: TypeNode,
  types: ReadonlyMap<string, NamedType>,
  seen: ReadonlySet<string> = new Set(),
): Fields | undefined {
  switch (node.kind) {
    case "object":
      return { properties: new Map(node.properties.map((p) => [p.name, p])), additional: node.additional };
    case "ref": {
      if (seen.has(node.name)) return undefined;
      const target = types.get(node.name);
      return target && !target.type.nullable ? fieldsOf(target.type, types, new Set([...seen, node.name])) : undefined;
    }
    case "intersection": {
      const parts = node.parts.map((p) => (p.nullable ? undefined : fieldsOf(p, types, seen)));
      if (parts.some((p) => p === undefined)) return undefined;
      const properties = new Map<string, Property>();
      let additional: TypeNode | false = false;
      for (const part of parts as Fields[]) {
        for (const [name, p] of part.properties) {
          const prior = properties.get(name);
          // A discriminator tag (a literal) is more precise than the branch's own property.
          const keep = prior && !(p.type.kind === "literal" && prior.type.kind !== "literal") ? prior : p;
          properties.set(name, { ...keep, required: keep.required || (prior?.required ?? false) || p.required });
        }
        if (part.additional !== false && additional === false) additional = part.additional;
      }
      return { properties, additional };
    }
    default:
      return undefined;
  }
}

/**
 * Pairs the alternatives of two unions by content, never by position, so reordering them changes nothing:
 * a reference by its name, a primitive by its name, the literals as one enum; objects, arrays and tuples first
 * with an identical one, then with the most alike of the same kind (shared field names; array items of the same
 * name), and the last one of a kind left on each side with each other (a reference only by its name).
 */
export function matchVariants(
  before: TypeNode[],
  after: TypeNode[],
): { pairs: [TypeNode, TypeNode][]; lost: TypeNode[]; gained: TypeNode[] } {
  const pairs: [TypeNode, TypeNode][] = [];
  const left = [...after];
  const take = (a: TypeNode, pick: (b: TypeNode) => number): boolean => {
    let best = -1;
    let bestScore = 0;
    left.forEach((b, i) => {
      const score = pick(b);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best < 0) return false;
    pairs.push([a, left.splice(best, 1)[0]!]);
    return true;
  };
  let rest = before.filter((a) => !take(a, (b) => (identity(a) === identity(b) ? 1 : 0)));
  rest = rest.filter((a) => !take(a, (b) => likeness(a, b)));
  const lost = rest.filter((a) => {
    if (a.kind === "ref" || a.kind === "primitive") return true; // matched by name only
    const sameGroup = (n: TypeNode) => group(n) === group(a);
    const alone = rest.filter(sameGroup).length === 1 && left.filter(sameGroup).length === 1;
    return !(alone && take(a, (b) => (sameGroup(b) ? 1 : 0)));
  });
  return { pairs, lost, gained: left };
}

/** What an alternative is matched as: a reference or primitive by name, all literals as one, the rest by content. */
function identity(node: TypeNode): string {
  if (node.kind === "ref") return `ref:${node.name}`;
  if (node.kind === "primitive") return `primitive:${node.name}`;
  if (node.kind === "literal") return "literal";
  return JSON.stringify(node, (key, value: unknown) => (key === "docs" ? undefined : value));
}

/** Objects and intersections count as one kind (both have fields). */
function group(node: TypeNode): string {
  return node.kind === "intersection" ? "object" : node.kind;
}

/** How alike two unmatched alternatives of one kind are, from 0 (not at all) to 1. */
function likeness(a: TypeNode, b: TypeNode): number {
  if (group(a) !== group(b) || a.kind === "ref" || a.kind === "primitive" || a.kind === "literal") return 0;
  if (a.kind === "array" && b.kind === "array")
    return identity(a.items) === identity(b.items) ? 1 : likeness(a.items, b.items);
  const names = (n: TypeNode) =>
    new Set(
      n.kind === "object" ? n.properties.map((p) => p.name) : n.kind === "intersection" ? n.parts.map(identity) : [],
    );
  const [x, y] = [names(a), names(b)];
  const shared = [...x].filter((name) => y.has(name)).length;
  return shared === 0 ? 0 : shared / new Set([...x, ...y]).size;
}

type Types = ReadonlyMap<string, NamedType>;

/**
 * Whether every value of `inner` is a value of `outer` (an alternative that left a union but whose values the
 * other side still takes, e.g. `string[]` within `Array<string | number>`, or `"a"` within `string`).
 */
export function covers(outer: TypeNode, inner: TypeNode, types: { outer: Types; inner: Types }): boolean {
  if (inner.kind === "literal") {
    if (outer.kind === "literal") return inner.values.every((v) => outer.values.includes(v));
    return inner.values.every((v) => v === null || (outer.kind === "primitive" && isValueOf(v, outer.name)));
  }
  if (identity(outer) === identity(inner)) return true;
  if (outer.kind !== "array" || inner.kind !== "array") return false;
  const outerItems = alternatives(outer.items, types.outer);
  return alternatives(inner.items, types.inner).every((i) => outerItems.some((o) => covers(o, i, types)));
}

/** A type's alternatives, `null` included, with references to unions replaced by their alternatives. */
function alternatives(node: TypeNode, types: Types, seen: ReadonlySet<string> = new Set()): TypeNode[] {
  const { nullable, variants } = normalize(node);
  const expanded = variants.flatMap((v): TypeNode[] => {
    if (v.kind !== "ref" || seen.has(v.name)) return [v];
    const target = types.get(v.name)?.type;
    return target?.kind === "union" ? alternatives(target, types, new Set([...seen, v.name])) : [v];
  });
  return nullable ? [...expanded, { kind: "primitive", name: "null" }] : expanded;
}
